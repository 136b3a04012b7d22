import {
  SERVICE_DOMAIN_LABELS,
  SERVICE_DOMAINS,
  type BureauGrowthRow,
  type BureauPeriod,
  type BureauReport,
  type BureauRollupRow,
  type CoverageCounts,
  type GrowthReport,
} from '#linli/contracts';
import { monthPeriod, sumUnder } from '../coverage/coverage.rules.js';

/** The period a query asks for, or why it cannot be reported on (a future one, both month and year). */
export function bureauPeriod(query: { month?: string; year?: string }, today: string): BureauPeriod | string {
  if (query.month && query.year) return '月报与年报只能选一种 / Give a month or a year, not both';
  if (query.year) {
    if (query.year > today.slice(0, 4)) return '不能为将来的年份出具报表 / The year has not begun';
    const to = query.year === today.slice(0, 4) ? today : `${query.year}-12-31`;
    return { kind: 'year', label: `${query.year}年`, from: `${query.year}-01-01`, to };
  }
  let month = query.month;
  if (!month) {
    // Last month: the report the bureau asks for at the start of each month.
    const [y, m] = today.split('-').map(Number);
    month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  if (month > today.slice(0, 7)) return '不能为将来的月份出具报表 / The month has not begun';
  const period = monthPeriod(month);
  const to = period.to > today ? today : period.to;
  return { kind: 'month', label: `${month.slice(0, 4)}年${Number(month.slice(5))}月`, from: period.from, to };
}

/** Growth over the period for one dimension: the count at its end, joined and dissolved within it. */
export function growthRows(report: GrowthReport): BureauGrowthRow[] {
  const periods = [...new Set(report.series.map((p) => p.period))];
  const last = periods[periods.length - 1];
  const rows = new Map<string, BureauGrowthRow>();
  for (const point of report.series) {
    const row = rows.get(point.key) ?? {
      key: point.key,
      label: report.labels[point.key] ?? point.key,
      count: 0,
      new: 0,
      dissolved: 0,
    };
    if (point.period === last) row.count = point.count;
    row.new += point.new;
    row.dissolved += point.dissolved;
    rows.set(point.key, row);
  }
  return [...rows.values()].filter((r) => r.count > 0 || r.new > 0 || r.dissolved > 0);
}

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

export interface BureauInput {
  station: string;
  period: BureauPeriod;
  growth: { type: GrowthReport; tier: GrowthReport; status: GrowthReport };
  sources: CoverageCounts[];
  communities: Array<{ id: string; name: string; path: string }>;
  now: Date;
}

/** The bureau's figures from the registry's growth and the services' counts per tier path. */
export function bureauReport(input: BureauInput): BureauReport {
  const all = sumUnder(input.sources);
  const n = (key: string, counts = all) => counts[key] ?? 0;
  const byType = growthRows(input.growth.type);
  const domains = [...SERVICE_DOMAINS, 'none'] as const;
  return {
    station: input.station,
    period: input.period,
    generatedAt: input.now.toISOString(),
    organisations: {
      total: byType.reduce((s, r) => s + r.count, 0),
      new: byType.reduce((s, r) => s + r.new, 0),
      dissolved: byType.reduce((s, r) => s + r.dissolved, 0),
      byType,
      byTier: growthRows(input.growth.tier),
      // The registry's statuses at the period's end; dissolving is counted as `dissolved` above.
      byStatus: growthRows(input.growth.status).filter((r) => r.key !== 'dissolved'),
    },
    volunteers: {
      total: n('volunteers'),
      recruited: n('recruited'),
      recruitedAdults: n('recruited') - n('recruitedMinors'),
      recruitedMinors: n('recruitedMinors'),
    },
    hours: {
      approvedMinutes: n('approvedMinutes'),
      approvedHours: hours(n('approvedMinutes')),
      servingVolunteers: n('servingVolunteers'),
      peopleServed: n('peopleServed'),
      byDomain: domains.map((key) => ({
        key,
        label: key === 'none' ? '未归入项目领域' : SERVICE_DOMAIN_LABELS[key],
        minutes: n(`minutes:${key}`),
        hours: hours(n(`minutes:${key}`)),
      })),
    },
    activitiesHeld: n('activities'),
    shiftsHeld: n('shifts'),
    certificatesIssued: n('certificates'),
    byCommunity: input.communities.map((c) => {
      const counts = sumUnder(input.sources, c.path);
      return {
        communityId: c.id,
        name: c.name,
        recruited: n('recruited', counts),
        recruitedMinors: n('recruitedMinors', counts),
        volunteers: n('volunteers', counts),
        approvedHours: hours(n('approvedMinutes', counts)),
        activities: n('activities', counts),
      };
    }),
  };
}

/** A station's line in a bureau officer's roll-up, from its report. */
export function rollupRow(
  stationId: string,
  region: string,
  r: BureauReport,
  villages: number,
  villagesReached: number,
): BureauRollupRow {
  return {
    stationId,
    name: r.station,
    region,
    organisations: r.organisations.total,
    newOrganisations: r.organisations.new,
    volunteers: r.volunteers.total,
    recruited: r.volunteers.recruited,
    recruitedMinors: r.volunteers.recruitedMinors,
    approvedHours: r.hours.approvedHours,
    peopleServed: r.hours.peopleServed,
    activitiesHeld: r.activitiesHeld,
    certificatesIssued: r.certificatesIssued,
    villages,
    villagesReached,
  };
}

/** The roll-up's total line: every figure summed (hours to one decimal). */
export function sumRollup(rows: BureauRollupRow[]): BureauRollupRow {
  const total: BureauRollupRow = {
    stationId: '',
    name: '合计',
    region: '',
    organisations: 0,
    newOrganisations: 0,
    volunteers: 0,
    recruited: 0,
    recruitedMinors: 0,
    approvedHours: 0,
    peopleServed: 0,
    activitiesHeld: 0,
    certificatesIssued: 0,
    villages: 0,
    villagesReached: 0,
  };
  for (const row of rows)
    for (const key of Object.keys(total) as Array<keyof BureauRollupRow>)
      if (typeof total[key] === 'number') (total[key] as number) += row[key] as number;
  total.approvedHours = Math.round(total.approvedHours * 10) / 10;
  return total;
}
