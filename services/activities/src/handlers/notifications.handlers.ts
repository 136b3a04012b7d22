import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ShiftMessagesService } from '../notifications/shift-messages.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class NotificationsHandlers {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly messages: ShiftMessagesService,
  ) {}

  @Handle(api.notificationList)
  list(request: RequestOf<typeof api.notificationList>, caller: CallerContext) {
    return this.notifications.list(caller, request);
  }

  @Handle(api.notificationRead)
  read({ id }: RequestOf<typeof api.notificationRead>, caller: CallerContext) {
    return this.notifications.markRead(caller, id);
  }

  @Handle(api.messageSend)
  message({ id: shiftId, text }: RequestOf<typeof api.messageSend>, caller: CallerContext) {
    return this.messages.send(caller, shiftId, text);
  }
}
