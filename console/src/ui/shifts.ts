// What the shift, roster and hours screens share: times, durations and fill of a shift.
const dayFormat = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', weekday: 'short' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** 12月6日周一 09:00–12:00 */
export function shiftWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  return `${dayFormat.format(start)} ${timeFormat.format(start)}–${sameDay ? '' : `${dayFormat.format(end)} `}${timeFormat.format(end)}`;
}

export const timeOf = (iso: string | null | undefined): string => (iso ? timeFormat.format(new Date(iso)) : '—');

/** Minutes as hours with at most one decimal: 150 → "2.5". */
export function hoursOf(minutes: unknown): string {
  const n = Math.round(((Number(minutes) || 0) / 60) * 10) / 10;
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}

/** The start of today in local time, as an instant the API takes. */
export function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

/** The figures of a shift that its fill line shows. */
export interface ShiftFill {
  confirmedCount: number;
  capacity: number;
  waitlistCount?: number;
}

/** "已报 2/5 · 候补 1" */
export function fillText(shift: ShiftFill): string {
  const wait = shift.waitlistCount ? ` · 候补 ${shift.waitlistCount}` : '';
  return `已报 ${shift.confirmedCount}/${shift.capacity}${wait}`;
}
