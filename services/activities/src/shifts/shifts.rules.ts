import { randomInt } from 'node:crypto';
import { ActivitiesErrors } from '../activities.errors.js';
import rrule from 'rrule';
import { addDays, daysBetween, wallClockOf, zonedToInstant, type WallClock } from '#linli/platform';

const { RRule } = rrule;

/** Most shifts one recurrence may create (a year of daily shifts). */
export const MAX_OCCURRENCES = 366;
/** How far ahead a series may reach. */
const HORIZON_YEARS = 20;

export class RecurrenceError extends Error {
  constructor(
    readonly code: 'SHIFT.RECURRENCE_INVALID' | 'SHIFT.RECURRENCE_UNBOUNDED' | 'SHIFT.RECURRENCE_TOO_LONG',
    message: string,
  ) {
    super(message);
  }
}

/** What a rule repeats by; the time of day always comes from the first shift. */
const FREQUENCIES = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY };
type Frequency = keyof typeof FREQUENCIES;
/** RFC 5545 parts a shift series may use; BYHOUR, BYMINUTE and BYSECOND would contradict the shift's own times. */
const PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'BYYEARDAY',
  'BYWEEKNO',
  'WKST',
]);

export interface RecurrenceRule {
  freq: Frequency;
  /** The rule's own parts, as RFC 5545 writes them (upper case). */
  parts: Map<string, string>;
  count?: number;
  /** Inclusive bound: an instant, or a local date (the whole day counts). */
  until?: { instant: Date } | { localDate: WallClock } | { localDateTime: WallClock };
}

const invalid = (message: string) => new RecurrenceError('SHIFT.RECURRENCE_INVALID', message);

/**
 * Checks an RFC 5545 RRULE for a shift series: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL,
 * COUNT or UNTIL (one is required), BYDAY (with ordinals such as 1SA or -1FR in monthly and
 * yearly rules), BYMONTHDAY, BYMONTH, BYSETPOS, BYYEARDAY, BYWEEKNO and WKST. `rrule` expands it.
 */
export function parseRecurrence(text: string): RecurrenceRule {
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of body.split(';').filter(Boolean)) {
    const [key, value, ...rest] = part.split('=');
    if (!key || !value || rest.length > 0) throw invalid(`无法解析 ${part} / cannot parse ${part}`);
    const name = key.toUpperCase();
    if (parts.has(name)) throw invalid(`${name} 重复 / ${name} given twice`);
    if (!PARTS.has(name)) throw invalid(`不支持 ${name} / ${name} is not supported`);
    parts.set(name, value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!freq || !Object.hasOwn(FREQUENCIES, freq)) {
    throw invalid('FREQ 须为 DAILY、WEEKLY、MONTHLY 或 YEARLY / FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && (!/^\d{1,3}$/.test(interval) || Number(interval) < 1))
    throw invalid('INTERVAL 须为正整数 / INTERVAL must be a positive integer');
  const rule: RecurrenceRule = { freq: freq as Frequency, parts };
  const count = parts.get('COUNT');
  if (count !== undefined) {
    if (!/^\d{1,4}$/.test(count) || Number(count) < 1)
      throw invalid('COUNT 须为正整数 / COUNT must be a positive integer');
    rule.count = Number(count);
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) rule.until = parseUntil(until);
  if (rule.count !== undefined && rule.until)
    throw invalid('COUNT 与 UNTIL 只能二选一 / COUNT and UNTIL exclude each other');
  if (rule.count === undefined && !rule.until) {
    throw new RecurrenceError(
      'SHIFT.RECURRENCE_UNBOUNDED',
      '重复规则须有 COUNT 或 UNTIL / a recurrence needs COUNT or UNTIL',
    );
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const ordinals = freq === 'MONTHLY' || freq === 'YEARLY';
    for (const day of byDay.split(',')) {
      const m = day.match(/^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/);
      if (!m || (m[1] !== undefined && (!ordinals || Number(m[1]) === 0 || Math.abs(Number(m[1])) > 53))) {
        throw invalid(
          'BYDAY 取 MO..SU；按月或按年时可加序号，如 1SA、-1FR / BYDAY takes MO..SU, with ordinals such as 1SA or -1FR in monthly and yearly rules',
        );
      }
    }
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

/** A wall-clock time as the "floating" UTC date `rrule` computes with (no zone, no DST). */
const floating = (w: WallClock) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
const wallOf = (d: Date): WallClock => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
  second: d.getUTCSeconds(),
});
const dateKey = (w: WallClock) => `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;

/**
 * The shifts a recurring series creates: the first shift's wall-clock start and end times are
 * repeated on each date the rule yields, in the station's time zone, so a 09:00 shift stays at
 * 09:00 across a daylight-saving change. `exceptDates` (local YYYY-MM-DD, e.g. the Spring
 * Festival) are left out, as RFC 5545's EXDATE does: COUNT counts the dates before they are
 * removed. Without a rule, the one shift.
 */
export function expandRecurrence(input: {
  startsAt: Date;
  endsAt: Date;
  recurrence?: string | null;
  exceptDates?: string[];
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
  const skip = new Set(input.exceptDates ?? []);

  let options;
  try {
    const {
      until: _until,
      count: _count,
      ...parsed
    } = RRule.parseString(
      [...rule.parts]
        .filter(([name]) => name !== 'UNTIL')
        .map(([name, value]) => `${name}=${value}`)
        .join(';'),
    );
    options = parsed;
  } catch (error) {
    throw invalid(`无法解析重复规则 / cannot parse the rule: ${(error as Error).message}`);
  }
  // A horizon, so a rule whose filters never match (30 February) ends instead of searching to year 9999.
  const horizon = floating({ ...start, year: start.year + HORIZON_YEARS });
  const series = new RRule({
    ...options,
    freq: FREQUENCIES[rule.freq],
    dtstart: floating(start),
    count: rule.count,
    until: horizon,
  });

  const out: Occurrence[] = [];
  let generated = 0;
  let tooLong = false;
  // The rule yields floating wall-clock dates; each becomes an instant in the station's zone.
  series.all((date) => {
    const s = zonedToInstant(
      { ...wallOf(date), hour: start.hour, minute: start.minute, second: start.second },
      timeZone,
    );
    if (untilMs !== undefined && s.getTime() > untilMs) return false;
    generated += 1;
    const day = wallOf(date);
    if (!skip.has(dateKey(day))) {
      const endDate = addDays(day, endDayOffset);
      out.push({
        startsAt: s,
        endsAt: zonedToInstant({ ...endDate, hour: end.hour, minute: end.minute, second: end.second }, timeZone),
      });
    }
    if (out.length > max || generated > max * 4) {
      tooLong = true;
      return false;
    }
    return true;
  });
  if (tooLong) {
    throw new RecurrenceError(
      'SHIFT.RECURRENCE_TOO_LONG',
      `一次最多创建 ${max} 个班次 / at most ${max} shifts per series`,
    );
  }
  if (out.length === 0) throw invalid('重复规则没有产生任何班次 / the rule yields no shifts');
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
