import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

/** One shift of a volunteer's feed, as it stands now. */
export interface CalendarEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description?: string;
  /** When the event last changed (DTSTAMP, LAST-MODIFIED). */
  updatedAt?: Date;
  /** RFC 5545 SEQUENCE: grows with every revision, so clients replace what they hold. */
  sequence?: number;
  /** A cancelled place stays in the feed as STATUS:CANCELLED so subscribed calendars drop it. */
  cancelled?: boolean;
}

/** How long before a confirmed shift the calendar's own reminder goes off (the in-app one is 2 h before too). */
export const ALARM_MINUTES_BEFORE = 120;

/**
 * A VCALENDAR of the events (RFC 5545, CRLF line ends, folded at 75 octets): each event in the
 * station's local time with its TZID and the zone's VTIMEZONE, so calendars show the shift at
 * the station's hour whatever zone the phone is in; a display alarm before every confirmed
 * shift; cancelled ones marked CANCELLED, without an alarm.
 */
export function renderCalendar(name: string, events: CalendarEvent[], timeZone: string, now = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: 'Linli', product: 'Activities', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'gregorian',
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP and LAST-MODIFIED in it,
    // where RFC 5545 wants UTC. The generator still adds the VTIMEZONE of every event's TZID.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [{ key: 'X-WR-TIMEZONE', value: timeZone }],
  });
  const zoned = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: zoned(e.startsAt),
      end: zoned(e.endsAt),
      timezone: timeZone,
      stamp: e.updatedAt ?? now,
      lastModified: e.updatedAt ?? null,
      sequence: e.sequence ?? 0,
      summary: e.summary,
      location: e.location,
      description: e.description ?? null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: e.cancelled
        ? []
        : [{ type: ICalAlarmType.display, trigger: ALARM_MINUTES_BEFORE * 60, description: e.summary }],
    });
  }
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
