import { DomainException } from '#linli/platform';
import { todayIn } from '../stations/stations.rules.js';
import { checkOrganisationDates, checkStatusChange, isRealDate } from './organisations.rules.js';

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainException).code;
  }
};

describe('organisation dates', () => {
  const today = '2021-11-30';

  it('accepts a founding date on or before the registry date, both not in the future', () => {
    expect(codeOf(() => checkOrganisationDates('2019-05-01', '2021-06-15', today))).toBeUndefined();
    expect(codeOf(() => checkOrganisationDates('2021-11-30', '2021-11-30', today))).toBeUndefined();
  });

  it('refuses future, impossible and inverted dates with their own codes', () => {
    expect(codeOf(() => checkOrganisationDates('2021-12-01', '2021-12-01', today))).toBe(
      'ORGANISATION.FOUNDED_IN_FUTURE',
    );
    expect(codeOf(() => checkOrganisationDates('2021-01-01', '2021-12-01', today))).toBe(
      'ORGANISATION.JOINED_IN_FUTURE',
    );
    expect(codeOf(() => checkOrganisationDates('2021-07-01', '2021-06-01', today))).toBe(
      'ORGANISATION.JOINED_BEFORE_FOUNDED',
    );
    expect(codeOf(() => checkOrganisationDates('2021-02-30', '2021-06-01', today))).toBe('ORGANISATION.DATE_INVALID');
  });

  it('knows real calendar days, leap years included', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2021-04-31')).toBe(false);
  });

  it('reads today in the station time zone, not UTC', () => {
    const lateUtc = new Date('2021-11-30T17:30:00Z'); // already 1 December in Shanghai
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2021-12-01');
    expect(todayIn('UTC', lateUtc)).toBe('2021-11-30');
  });
});

describe('status changes', () => {
  const today = '2021-11-30';
  const state = { status: 'active' as const, lastEffectiveOn: '2021-08-01' };

  it('accepts a real change between the last change and today', () => {
    expect(codeOf(() => checkStatusChange(state, 'registered', '2021-09-01', today))).toBeUndefined();
    expect(codeOf(() => checkStatusChange(state, 'dissolved', '2021-08-01', today))).toBeUndefined();
  });

  it('refuses a change to the current status', () => {
    expect(codeOf(() => checkStatusChange(state, 'active', '2021-09-01', today))).toBe('ORGANISATION.STATUS_UNCHANGED');
  });

  it('refuses out-of-order and future dates', () => {
    expect(codeOf(() => checkStatusChange(state, 'dormant', '2021-07-31', today))).toBe(
      'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY',
    );
    expect(codeOf(() => checkStatusChange(state, 'dormant', '2021-12-01', today))).toBe(
      'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE',
    );
  });

  it('never revives a dissolved organisation', () => {
    expect(
      codeOf(() =>
        checkStatusChange({ status: 'dissolved', lastEffectiveOn: '2021-08-01' }, 'active', '2021-09-01', today),
      ),
    ).toBe('ORGANISATION.DISSOLVED');
  });
});
