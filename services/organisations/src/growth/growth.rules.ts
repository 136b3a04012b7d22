import { GrowthErrors, MAX_GROWTH_PERIODS } from '../organisations.errors.js';

export type Interval = 'month' | 'quarter' | 'year';

export interface Period {
  label: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const STEP: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** Aligns a month to the start of its period (quarter or year). */
function align(year: number, month: number, interval: Interval): [number, number] {
  if (interval === 'quarter') return [year, month - ((month - 1) % 3)];
  if (interval === 'year') return [year, 1];
  return [year, month];
}

function label(year: number, month: number, interval: Interval): string {
  if (interval === 'quarter') return `${year}-Q${(month - 1) / 3 + 1}`;
  if (interval === 'year') return String(year);
  return `${year}-${pad(month)}`;
}

/**
 * Calendar periods covering `from`..`to` (`YYYY-MM` or `YYYY-MM-DD`, both inclusive, aligned
 * to whole months, quarters or years). Dates are calendar dates in the station's time zone.
 */
export function periodsBetween(from: string, to: string, interval: Interval): Period[] {
  let [y, m] = align(Number(from.slice(0, 4)), Number(from.slice(5, 7)), interval);
  const [endY, endM] = align(Number(to.slice(0, 4)), Number(to.slice(5, 7)), interval);
  if (y * 12 + m > endY * 12 + endM) throw GrowthErrors.rangeInvalid(from, to);
  const count = Math.floor((endY * 12 + endM - (y * 12 + m)) / STEP[interval]) + 1;
  if (count > MAX_GROWTH_PERIODS) throw GrowthErrors.rangeTooLong(count);
  const periods: Period[] = [];
  for (let i = 0; i < count; i++) {
    const lastMonthIndex = m + STEP[interval] - 1;
    const ly = y + Math.floor((lastMonthIndex - 1) / 12);
    const lm = ((lastMonthIndex - 1) % 12) + 1;
    periods.push({ label: label(y, m, interval), start: iso(y, m, 1), end: iso(ly, lm, lastDay(ly, lm)) });
    m += STEP[interval];
    while (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return periods;
}

/** The default window: the twelve months ending with `today`'s month. */
export function defaultRange(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const start = y * 12 + (m - 1) - 11;
  return { from: `${Math.floor(start / 12)}-${pad((start % 12) + 1)}`, to: today.slice(0, 7) };
}
