import type { CoverageCounts, GrowthReport } from '#linli/contracts';
import { sumUnder } from '../coverage/coverage.rules.js';
import { bureauPeriod, bureauReport, growthRows } from './bureau.rules.js';

const growth = (series: GrowthReport['series'], labels: Record<string, string> = {}): GrowthReport => ({
  from: '2021-11-01',
  to: '2021-11-30',
  interval: 'month',
  by: 'type',
  labels,
  series,
});

describe('bureau report rules', () => {
  it('reports last month by default, a named month or year, and refuses a future or doubled period', () => {
    expect(bureauPeriod({}, '2026-01-15')).toEqual({
      kind: 'month',
      label: '2025年12月',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(bureauPeriod({ month: '2021-02' }, '2026-12-04')).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
    // This month so far.
    expect(bureauPeriod({ month: '2026-12' }, '2026-12-04')).toMatchObject({ from: '2026-12-01', to: '2026-12-04' });
    expect(bureauPeriod({ year: '2021' }, '2026-12-04')).toEqual({
      kind: 'year',
      label: '2021年',
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(typeof bureauPeriod({ month: '2027-01' }, '2026-12-04')).toBe('string');
    expect(typeof bureauPeriod({ year: '2027' }, '2026-12-04')).toBe('string');
    expect(typeof bureauPeriod({ month: '2021-01', year: '2021' }, '2026-12-04')).toBe('string');
  });

  it('takes the count at the period’s end and sums joined and dissolved over it', () => {
    const rows = growthRows(
      growth(
        [
          { period: '2021-10', key: 'a', count: 3, new: 1, dissolved: 0 },
          { period: '2021-11', key: 'a', count: 4, new: 2, dissolved: 1 },
          { period: '2021-10', key: 'b', count: 0, new: 0, dissolved: 0 },
          { period: '2021-11', key: 'b', count: 0, new: 0, dissolved: 0 },
        ],
        { a: '志愿服务队' },
      ),
    );
    expect(rows).toEqual([{ key: 'a', label: '志愿服务队', count: 4, new: 3, dissolved: 1 }]);
  });

  it('adds up each service’s figures in all and per community, and hours by domain', () => {
    const sources: CoverageCounts[] = [
      { items: [{ tierPath: '/s/c1/v1/', counts: { recruited: 3, recruitedMinors: 1, volunteers: 10 } }] },
      {
        items: [
          { tierPath: '/s/c1/v1/', counts: { approvedMinutes: 90, 'minutes:elderly_care': 60, 'minutes:none': 30 } },
          { tierPath: '/s/c2/', counts: { approvedMinutes: 30, 'minutes:elderly_care': 30, certificates: 2 } },
        ],
      },
    ];
    expect(sumUnder(sources, '/s/c2/')).toEqual({ approvedMinutes: 30, 'minutes:elderly_care': 30, certificates: 2 });
    const empty = growth([]);
    const report = bureauReport({
      station: '九龙街道社工站',
      period: { kind: 'month', label: '2021年11月', from: '2021-11-01', to: '2021-11-30' },
      growth: { type: empty, tier: empty, status: empty },
      sources,
      communities: [
        { id: 'c1', name: '九龙社区', path: '/s/c1/' },
        { id: 'c2', name: '涌泉社区', path: '/s/c2/' },
      ],
      now: new Date('2021-12-01T00:00:00Z'),
    });
    expect(report.volunteers).toEqual({ total: 10, recruited: 3, recruitedAdults: 2, recruitedMinors: 1 });
    expect(report.hours).toMatchObject({ approvedMinutes: 120, approvedHours: 2 });
    expect(report.hours.byDomain.find((d) => d.key === 'elderly_care')).toMatchObject({ minutes: 90, hours: 1.5 });
    expect(report.hours.byDomain.reduce((n, d) => n + d.minutes, 0)).toBe(120);
    expect(report.certificatesIssued).toBe(2);
    expect(report.byCommunity).toEqual([
      expect.objectContaining({ name: '九龙社区', recruited: 3, recruitedMinors: 1, approvedHours: 1.5 }),
      expect.objectContaining({ name: '涌泉社区', recruited: 0, approvedHours: 0.5 }),
    ]);
  });
});
