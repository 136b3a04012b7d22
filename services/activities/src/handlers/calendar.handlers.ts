import { Controller } from '@nestjs/common';
import { ActivitiesApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { CalendarService } from '../calendar/calendar.service.js';

const api = ActivitiesApi.operations;

@Controller()
export class CalendarHandlers {
  constructor(private readonly calendar: CalendarService) {}

  @Handle(api.calendarLink)
  link({ id }: RequestOf<typeof api.calendarLink>, caller: CallerContext) {
    return this.calendar.link(caller, id);
  }

  /** Public: the token is the credential, so no caller is read. */
  @Handle(api.calendarFeed)
  feed({ token }: RequestOf<typeof api.calendarFeed>) {
    return this.calendar.feed(token).then((text) => ({ text }));
  }
}
