import type { CoverageCounts } from '#linli/contracts';
import { coverageCsv } from './coverage-files.js';
import { coveragePeriod, coverageReport, daysIn, isRealDate, monthPeriod, rangeIn, sumUnder } from './coverage.rules.js';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'none';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

describe('village coverage rules', () => {
  it('reads a month, a range or the year so far, and refuses what is not a period', () => {
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(coveragePeriod({ month: '2021-11' }, '2026-12-04')).toEqual({ from: '2021-11-01', to: '2021-11-30' });
    expect(coveragePeriod({}, '2026-12-04')).toEqual({ from: '2026-01-01', to: '2026-12-04' });
    expect(coveragePeriod({ from: '2021-11-01' }, '2026-12-04')).toEqual({ from: '2021-11-01', to: '2026-12-04' });
    expect(code(() => coveragePeriod({ month: '2021-11', to: '2021-11-30' }, '2026-12-04'))).toBe(
      'COVERAGE.RANGE_INVALID',
    );
    expect(code(() => coveragePeriod({ from: '2021-12-01', to: '2021-11-01' }, '2026-12-04'))).toBe(
      'COVERAGE.RANGE_INVALID',
    );
    expect(code(() => coveragePeriod({ from: '2021-02-30', to: '2021-03-01' }, '2026-12-04'))).toBe(
      'COVERAGE.RANGE_INVALID',
    );
    expect(code(() => coveragePeriod({ from: '2000-01-01', to: '2020-01-01' }, '2026-12-04'))).toBe(
      'COVERAGE.RANGE_TOO_LONG',
    );
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(daysIn({ from: '2021-11-01', to: '2021-11-30' })).toBe(30);
  });

  it('asks the other services for the days as instants in the station’s zone', () => {
    expect(rangeIn('Asia/Shanghai', { from: '2021-11-01', to: '2021-11-30' })).toEqual({
      from: '2021-11-01',
      to: '2021-11-30',
      since: '2021-10-31T16:00:00.000Z',
      until: '2021-11-30T16:00:00.000Z',
    });
    // Across a DST change the period's end moves with the zone's offset.
    expect(rangeIn('Europe/Berlin', { from: '2021-03-01', to: '2021-03-31' })).toMatchObject({
      since: '2021-02-28T23:00:00.000Z',
      until: '2021-03-31T22:00:00.000Z',
    });
  });

  it('adds up what the services counted under each village, and names what a village lacks', () => {
    const villages = [
      { id: 'v1', name: '北村', code: 'V1', path: '/s/c1/v1/', communityId: 'c1', communityName: '九龙社区' },
      { id: 'v2', name: '南村', code: 'V2', path: '/s/c1/v2/', communityId: 'c1', communityName: '九龙社区' },
      { id: 'v3', name: '=西村', code: null, path: '/s/c2/v3/', communityId: 'c2', communityName: '涌泉社区' },
    ];
    const sources: CoverageCounts[] = [
      { items: [{ tierPath: '/s/c1/v1/', counts: { activeOrganisations: 2, dormantOrganisations: 1 } }] },
      { items: [{ tierPath: '/s/c1/v1/', counts: { volunteers: 5, teams: 1 } }] },
      {
        items: [
          { tierPath: '/s/c1/v1/', counts: { approvedMinutes: 90, servingVolunteers: 2, peopleServed: 6 } },
          { tierPath: '/s/c1/v2/', counts: { activities: 1, shifts: 3 } },
          // Station-level work belongs to no village.
          { tierPath: '/s/', counts: { approvedMinutes: 600 } },
        ],
      },
    ];
    expect(sumUnder(sources, '/s/c1/').approvedMinutes).toBe(90);
    expect(sumUnder(sources).approvedMinutes).toBe(690);
    const report = coverageReport({ from: '2021-11-01', to: '2021-11-30' }, villages, sources);
    expect(report.villages[0]).toMatchObject({
      tierNodeId: 'v1',
      organisations: 3,
      activeOrganisations: 2,
      dormantOrganisations: 1,
      approvedHours: 1.5,
      peopleServed: 6,
      reached: true,
      missing: ['activities'],
    });
    expect(report.villages[1]).toMatchObject({ reached: true, missing: ['organisations', 'volunteers', 'teams', 'hours'] });
    expect(report.villages[2]).toMatchObject({ reached: false, missing: ['organisations', 'volunteers', 'teams', 'activities', 'hours'] });
    expect(report.unreached).toBe(1);
    expect(report.totals).toMatchObject({ organisations: 3, approvedMinutes: 90, approvedHours: 1.5, activities: 1, shifts: 3 });

    const lines = coverageCsv(report).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^社区 Community,村（居）Village,/);
    // A name a spreadsheet would run as a formula is neutralised.
    expect(lines[3]).toMatch(/^涌泉社区,'=西村,,/);
  });
});
