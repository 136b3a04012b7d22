import type {
  CoverageCounts,
  CoverageFigures,
  CoverageQuery,
  CoverageRange,
  CoverageReport,
  VillageCoverageDto,
} from '#linli/contracts';
import { zonedToInstant } from '#linli/platform';
import { CoverageErrors, MAX_COVERAGE_DAYS } from '../organisations.errors.js';

/** A closed period of calendar days, `YYYY-MM-DD` both. */
export interface DayPeriod {
  from: string;
  to: string;
}

/** A village with the community it sits in, as the registry holds it. */
export interface VillageRow {
  id: string;
  name: string;
  code: string | null;
  path: string;
  communityId: string;
  communityName: string;
}

/** What a village lacks when the figure is 0, in the order the console lists them. */
const MISSING: Array<[string, keyof CoverageFigures]> = [
  ['organisations', 'organisations'],
  ['volunteers', 'volunteers'],
  ['teams', 'teams'],
  ['activities', 'activities'],
  ['hours', 'approvedMinutes'],
];

const DAY_MS = 86_400_000;

const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether `YYYY-MM-DD` names a day of the calendar (not 2021-02-30). */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isoDay(utcDay(date)) === date;
}

/** The first and last day of a `YYYY-MM` month. */
export function monthPeriod(month: string): DayPeriod {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: isoDay(Date.UTC(y, m, 0)) };
}

/** Days in a closed period, both ends counted. */
export function daysIn(period: DayPeriod): number {
  return Math.round((utcDay(period.to) - utcDay(period.from)) / DAY_MS) + 1;
}

/**
 * The period a coverage query asks for: a month, or from and to (default 1 January of this
 * year to today in the station's zone). Refuses a month with a range, an impossible date, a
 * reversed range and one longer than MAX_COVERAGE_DAYS.
 */
export function coveragePeriod(query: Pick<CoverageQuery, 'month' | 'from' | 'to'>, today: string): DayPeriod {
  if (query.month) {
    if (query.from || query.to) throw CoverageErrors.monthWithRange(query.month);
    return monthPeriod(query.month);
  }
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (!isRealDate(from) || !isRealDate(to) || from > to) throw CoverageErrors.rangeInvalid(from, to);
  const days = daysIn({ from, to });
  if (days > MAX_COVERAGE_DAYS) throw CoverageErrors.rangeTooLong(days);
  return { from, to };
}

/** The period as other services are asked for it: its days, and the instants they start and end at in `timeZone`. */
export function rangeIn(timeZone: string, period: DayPeriod): CoverageRange {
  const start = (date: string) =>
    zonedToInstant(
      { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8)), hour: 0, minute: 0, second: 0 },
      timeZone,
    ).toISOString();
  return {
    from: period.from,
    to: period.to,
    since: start(period.from),
    until: start(isoDay(utcDay(period.to) + DAY_MS)),
  };
}

/** Sums each figure over the items whose path is under `prefix` (every item when it is '/'). */
export function sumUnder(sources: CoverageCounts[], prefix = '/'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const source of sources)
    for (const item of source.items) {
      if (!item.tierPath.startsWith(prefix)) continue;
      for (const [key, value] of Object.entries(item.counts)) out[key] = (out[key] ?? 0) + (Number(value) || 0);
    }
  return out;
}

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

function figures(counts: Record<string, number>): CoverageFigures {
  const n = (key: string) => counts[key] ?? 0;
  return {
    organisations: n('activeOrganisations') + n('dormantOrganisations'),
    activeOrganisations: n('activeOrganisations'),
    dormantOrganisations: n('dormantOrganisations'),
    volunteers: n('volunteers'),
    teams: n('teams'),
    activities: n('activities'),
    shifts: n('shifts'),
    approvedMinutes: n('approvedMinutes'),
    approvedHours: hours(n('approvedMinutes')),
    servingVolunteers: n('servingVolunteers'),
    peopleServed: n('peopleServed'),
  };
}

/**
 * Every village with what each service counted under its path. A village is reached when it
 * held an activity or had hours approved in the period; `missing` names what it has none of.
 * The totals add up the villages listed.
 */
export function coverageReport(period: DayPeriod, villages: VillageRow[], sources: CoverageCounts[]): CoverageReport {
  const rows: VillageCoverageDto[] = villages.map((v) => {
    const f = figures(sumUnder(sources, v.path));
    return {
      tierNodeId: v.id,
      name: v.name,
      code: v.code,
      communityId: v.communityId,
      communityName: v.communityName,
      ...f,
      reached: f.activities > 0 || f.approvedMinutes > 0,
      missing: MISSING.filter(([, key]) => f[key] === 0).map(([name]) => name),
    };
  });
  const totals = figures({});
  for (const row of rows)
    for (const key of Object.keys(totals) as Array<keyof CoverageFigures>) totals[key] += row[key];
  totals.approvedHours = hours(totals.approvedMinutes);
  return { from: period.from, to: period.to, villages: rows, totals, unreached: rows.filter((r) => !r.reached).length };
}
