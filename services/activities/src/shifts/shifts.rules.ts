import { randomInt } from 'node:crypto';
import { ActivitiesErrors } from '../activities.errors.js';
import { addDays, daysBetween, wallClockOf, weekdayOf, zonedToInstant, type WallClock } from './zoned-time.js';

/** Most shifts one recurrence may create (a year of daily shifts). */
export const MAX_OCCURRENCES = 366;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export class RecurrenceError extends Error {
  constructor(
    readonly code: 'SHIFT.RECURRENCE_INVALID' | 'SHIFT.RECURRENCE_UNBOUNDED' | 'SHIFT.RECURRENCE_TOO_LONG',
    message: string,
  ) {
    super(message);
  }
}

export interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count?: number;
  /** Inclusive bound: an instant, or a local date (the whole day counts). */
  until?: { instant: Date } | { localDate: WallClock } | { localDateTime: WallClock };
  /** 0 = Monday … 6 = Sunday. */
  byDay?: number[];
}

const invalid = (message: string) => new RecurrenceError('SHIFT.RECURRENCE_INVALID', message);

/** Parses the supported subset of RFC 5545 RRULE: FREQ=DAILY|WEEKLY, INTERVAL, COUNT, UNTIL, BYDAY, WKST=MO. */
export function parseRecurrence(text: string): RecurrenceRule {
  const body = text.trim().replace(/^RRULE:/i, '');
  const fields = new Map<string, string>();
  for (const part of body.split(';').filter(Boolean)) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length > 0) throw invalid(`无法解析 ${part} / cannot parse ${part}`);
    const name = key.toUpperCase();
    if (fields.has(name)) throw invalid(`${name} 重复 / ${name} given twice`);
    fields.set(name, value.toUpperCase());
  }
  const freq = fields.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY')
    throw invalid('FREQ 仅支持 DAILY 或 WEEKLY / FREQ must be DAILY or WEEKLY');
  const rule: RecurrenceRule = { freq, interval: 1 };
  for (const [name, value] of fields) {
    switch (name) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        if (!/^\d{1,3}$/.test(value) || Number(value) < 1)
          throw invalid('INTERVAL 须为正整数 / INTERVAL must be a positive integer');
        rule.interval = Number(value);
        break;
      case 'COUNT':
        if (!/^\d{1,4}$/.test(value) || Number(value) < 1)
          throw invalid('COUNT 须为正整数 / COUNT must be a positive integer');
        rule.count = Number(value);
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        break;
      case 'BYDAY': {
        const days = value.split(',').map((d) => WEEKDAYS.indexOf(d));
        if (days.some((d) => d < 0))
          throw invalid('BYDAY 只能是 MO,TU,WE,TH,FR,SA,SU / BYDAY takes MO..SU without ordinals');
        rule.byDay = [...new Set(days)].sort((a, b) => a - b);
        break;
      }
      case 'WKST':
        if (value !== 'MO') throw invalid('仅支持 WKST=MO / only WKST=MO is supported');
        break;
      default:
        throw invalid(`不支持 ${name} / ${name} is not supported`);
    }
  }
  if (rule.count !== undefined && rule.until)
    throw invalid('COUNT 与 UNTIL 只能二选一 / COUNT and UNTIL exclude each other');
  if (rule.count === undefined && !rule.until) {
    throw new RecurrenceError(
      'SHIFT.RECURRENCE_UNBOUNDED',
      '重复规则须有 COUNT 或 UNTIL / a recurrence needs COUNT or UNTIL',
    );
  }
  return rule;
}

function parseUntil(value: string): RecurrenceRule['until'] {
  const m = value.match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/);
  if (!m) throw invalid('UNTIL 格式应为 YYYYMMDD 或 YYYYMMDDTHHMMSSZ / UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ');
  const [, y, mo, d, h, mi, s, z] = m;
  const w: WallClock = { year: +y, month: +mo, day: +d, hour: +(h ?? 0), minute: +(mi ?? 0), second: +(s ?? 0) };
  if (h === undefined) return { localDate: w };
  if (z) return { instant: new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)) };
  return { localDateTime: w };
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The shifts a recurring series creates: the first shift's wall-clock start and end times are
 * repeated on each date the rule yields, in the station's time zone, so a 09:00 shift stays at
 * 09:00 across a daylight-saving change. Without a rule, the one shift.
 */
export function expandRecurrence(input: {
  startsAt: Date;
  endsAt: Date;
  recurrence?: string | null;
  timeZone: string;
  max?: number;
}): Occurrence[] {
  const { startsAt, endsAt, timeZone } = input;
  if (!input.recurrence) return [{ startsAt, endsAt }];
  const rule = parseRecurrence(input.recurrence);
  const max = input.max ?? MAX_OCCURRENCES;
  const start = wallClockOf(startsAt, timeZone);
  const end = wallClockOf(endsAt, timeZone);
  const endDayOffset = daysBetween(start, end);
  const untilMs = untilInstant(rule.until, timeZone);
  const days = rule.byDay ?? (rule.freq === 'WEEKLY' ? [weekdayOf(start)] : undefined);

  const out: Occurrence[] = [];
  const emit = (date: WallClock): 'go' | 'stop' => {
    const s = zonedToInstant({ ...date, hour: start.hour, minute: start.minute, second: start.second }, timeZone);
    if (untilMs !== undefined && s.getTime() > untilMs) return 'stop';
    const endDate = addDays(date, endDayOffset);
    const e = zonedToInstant({ ...endDate, hour: end.hour, minute: end.minute, second: end.second }, timeZone);
    out.push({ startsAt: s, endsAt: e });
    if (out.length > max) {
      throw new RecurrenceError(
        'SHIFT.RECURRENCE_TOO_LONG',
        `一次最多创建 ${max} 个班次 / at most ${max} shifts per series`,
      );
    }
    return rule.count !== undefined && out.length >= rule.count ? 'stop' : 'go';
  };

  // Enough periods for the cap whatever BYDAY filters out; the loop ends earlier on COUNT, UNTIL or the cap.
  const periods = (max + 1) * (rule.freq === 'DAILY' ? 7 : 1);
  if (rule.freq === 'DAILY') {
    for (let k = 0; k < periods; k++) {
      const date = addDays(start, k * rule.interval);
      if (days && !days.includes(weekdayOf(date))) continue;
      if (emit(date) === 'stop') break;
    }
  } else {
    const weekStart = addDays(start, -weekdayOf(start));
    outer: for (let k = 0; k < periods; k++) {
      for (const day of days!) {
        const date = addDays(weekStart, k * 7 * rule.interval + day);
        if (daysBetween(start, date) < 0) continue;
        if (emit(date) === 'stop') break outer;
      }
    }
  }
  return out;
}

function untilInstant(until: RecurrenceRule['until'], timeZone: string): number | undefined {
  if (!until) return undefined;
  if ('instant' in until) return until.instant.getTime();
  if ('localDateTime' in until) return zonedToInstant(until.localDateTime, timeZone).getTime();
  // A date alone includes that whole local day.
  return zonedToInstant({ ...addDays(until.localDate, 1), hour: 0, minute: 0, second: 0 }, timeZone).getTime() - 1;
}

/** A single shift lasts at most a day. */
export const MAX_SHIFT_MS = 86_400_000;

export function checkShiftLength(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_MS) throw ActivitiesErrors.shiftTooLong();
}

/** A fresh 6-digit check-in code. */
export function newCheckinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Where a shift of a series lands when the edited one moves from `oldStart` to `newStart`
 * (ending `newEnd`): the same number of days later and the same wall-clock times in the station
 * zone, so "09:00 → 10:00" holds across a DST change.
 */
export function movedTimes(
  shiftStart: Date,
  edit: { oldStart: Date; newStart: Date; newEnd: Date },
  timeZone: string,
): { startsAt: Date; endsAt: Date } {
  const oldW = wallClockOf(edit.oldStart, timeZone);
  const startW = wallClockOf(edit.newStart, timeZone);
  const endW = wallClockOf(edit.newEnd, timeZone);
  const day = addDays(wallClockOf(shiftStart, timeZone), daysBetween(oldW, startW));
  const endDays = daysBetween(startW, endW);
  return {
    startsAt: zonedToInstant({ ...day, hour: startW.hour, minute: startW.minute, second: startW.second }, timeZone),
    endsAt: zonedToInstant(
      { ...addDays(day, endDays), hour: endW.hour, minute: endW.minute, second: endW.second },
      timeZone,
    ),
  };
}
