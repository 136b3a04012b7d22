import { DomainException } from '#linli/platform';
import { defaultRange, periodsBetween } from './growth.rules.js';

describe('growth periods', () => {
  it('lists months with their first and last day, across a year end and a leap February', () => {
    const periods = periodsBetween('2019-11', '2020-03', 'month');
    expect(periods.map((p) => p.label)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02', '2020-03']);
    expect(periods[3]).toEqual({ label: '2020-02', start: '2020-02-01', end: '2020-02-29' });
    expect(periods[1].end).toBe('2019-12-31');
  });

  it('aligns quarters and years', () => {
    expect(periodsBetween('2021-05', '2021-11', 'quarter')).toEqual([
      { label: '2021-Q2', start: '2021-04-01', end: '2021-06-30' },
      { label: '2021-Q3', start: '2021-07-01', end: '2021-09-30' },
      { label: '2021-Q4', start: '2021-10-01', end: '2021-12-31' },
    ]);
    expect(periodsBetween('2020-06-15', '2021-02-01', 'year').map((p) => p.label)).toEqual(['2020', '2021']);
  });

  it('refuses an inverted or oversized range', () => {
    expect(() => periodsBetween('2021-11', '2021-06', 'month')).toThrow(DomainException);
    expect(() => periodsBetween('1990-01', '2021-01', 'month')).toThrow(/240/);
  });

  it('defaults to the last twelve months', () => {
    expect(defaultRange('2021-11-30')).toEqual({ from: '2020-12', to: '2021-11' });
    expect(defaultRange('2021-01-05')).toEqual({ from: '2020-02', to: '2021-01' });
  });
});
