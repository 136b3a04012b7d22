/**
 * Service time from one attendance (docs/DOMAIN.md: actual service time, travel excluded): the minutes
 * between check-in and check-out, capped at the shift's length (a leader may extend the cap when
 * approving). A station may require a minimum share of the shift to be attended: the share is
 * the part of the shift window the volunteer was actually there for, and below the minimum the
 * entry is still recorded — with its minutes, for the record — but marked as not counting.
 */
export interface AttendanceTimes {
  checkedInAt: string | Date;
  checkedOutAt: string | Date;
  shiftStartsAt: string | Date;
  shiftEndsAt: string | Date;
}

export interface AttendanceCredit {
  /** Whole minutes between check-in and check-out. */
  actualMinutes: number;
  /** Length of the shift in whole minutes. */
  shiftMinutes: number;
  /** Minutes recorded on the entry: actual, capped at the shift length. */
  minutes: number;
  /** Share of the shift window attended, 0..1 (4 decimals). */
  attendedShare: number;
  counts: boolean;
  notCountedReason: string | null;
}

const MINUTE = 60_000;
const ms = (t: string | Date) => (t instanceof Date ? t.getTime() : Date.parse(t));

export function attendanceCredit(times: AttendanceTimes, minAttendanceShare: number | null): AttendanceCredit {
  const inAt = ms(times.checkedInAt);
  const outAt = ms(times.checkedOutAt);
  const start = ms(times.shiftStartsAt);
  const end = ms(times.shiftEndsAt);
  if ([inAt, outAt, start, end].some(Number.isNaN)) throw new RangeError('attendance times must be valid instants');
  const actualMinutes = Math.max(0, Math.floor((outAt - inAt) / MINUTE));
  const shiftMinutes = Math.max(0, Math.floor((end - start) / MINUTE));
  const minutes = Math.min(actualMinutes, shiftMinutes);
  const overlap = Math.max(0, Math.min(outAt, end) - Math.max(inAt, start));
  const attendedShare = end > start ? Math.round((overlap / (end - start)) * 10_000) / 10_000 : 0;
  const share = shareRule(attendedShare, minAttendanceShare);
  return { actualMinutes, shiftMinutes, minutes, attendedShare, ...share };
}

/** Whether an attendance of `attendedShare` of its shift counts under the station's minimum. */
export function shareRule(
  attendedShare: number,
  minAttendanceShare: number | null,
): { counts: boolean; notCountedReason: string | null } {
  if (minAttendanceShare === null || minAttendanceShare === undefined) return { counts: true, notCountedReason: null };
  if (attendedShare + 1e-9 >= minAttendanceShare) return { counts: true, notCountedReason: null };
  const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;
  return {
    counts: false,
    notCountedReason: `出勤 ${pct(attendedShare)}，低于本站要求的 ${pct(minAttendanceShare)} / attended ${pct(attendedShare)} of the shift, below the station minimum of ${pct(minAttendanceShare)}`,
  };
}

/** How far a leader may extend an attendance entry when approving: between the recorded and the actual minutes. */
export function extensionAllowed(recorded: number, actual: number | null, requested: number): boolean {
  if (actual === null) return requested === recorded;
  return requested >= recorded && requested <= actual;
}

/** Hours as a decimal with two places, for display; minutes stay the unit of record. */
export function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Star thresholds in hours by default (Youth League scheme); each station may set its own. */
export const DEFAULT_STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500];

function normalise(thresholdsHours: number[]): number[] {
  return [...new Set(thresholdsHours.filter((h) => Number.isFinite(h) && h > 0))].sort((a, b) => a - b);
}

/** The star level reached with `approvedMinutes` of cumulative approved service: 0 (none) to thresholds.length. */
export function starLevel(approvedMinutes: number, thresholdsHours: number[] = DEFAULT_STAR_THRESHOLDS_HOURS): number {
  return normalise(thresholdsHours).filter((h) => approvedMinutes >= h * 60).length;
}

/** The next star and the minutes still needed; null at the top level. */
export function nextStar(
  approvedMinutes: number,
  thresholdsHours: number[] = DEFAULT_STAR_THRESHOLDS_HOURS,
): { level: number; minutesToGo: number } | null {
  const sorted = normalise(thresholdsHours);
  const level = starLevel(approvedMinutes, sorted);
  if (level >= sorted.length) return null;
  return { level: level + 1, minutesToGo: sorted[level] * 60 - approvedMinutes };
}

/** How one id of a bulk approval is reported, from the refusal its approval met. */
export function bulkOutcome(
  code: string,
  status: number,
): 'not_found' | 'forbidden' | 'already_decided' | 'not_pending' {
  if (code === 'HOURS.ENTRY_NOT_FOUND') return 'not_found';
  if (status === 403) return 'forbidden';
  if (code === 'HOURS.ALREADY_DECIDED') return 'already_decided';
  return 'not_pending';
}
