import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import type { Answer } from './answer.js';
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
  list(request: RequestOf<typeof api.notificationList>, caller: CallerContext): Answer<typeof api.notificationList> {
    return this.notifications.list(caller, request);
  }

  @Handle(api.notificationRead)
  read({ id }: RequestOf<typeof api.notificationRead>, caller: CallerContext): Answer<typeof api.notificationRead> {
    return this.notifications.markRead(caller, id);
  }

  @Handle(api.messageSend)
  message(
    { id: shiftId, text }: RequestOf<typeof api.messageSend>,
    caller: CallerContext,
  ): Answer<typeof api.messageSend> {
    return this.messages.send(caller, shiftId, text);
  }
}
