// Dates and numbers as the station reads them: local calendar dates, Chinese number grouping.
const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local date, YYYY-MM-DD. */
export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** This month, YYYY-MM. */
export const thisMonth = (): string => todayIso().slice(0, 7);
/** Adds months to YYYY-MM. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export const formatNumber = (n: unknown): string => (typeof n === 'number' ? n.toLocaleString('zh-CN') : '—');
export const orDash = <T>(value: T | null | undefined | ''): T | '—' =>
  value === null || value === undefined || value === '' ? '—' : value;
