import { expandRecurrence, parseRecurrence, RecurrenceError } from './shifts.rules.js';
import { wallClockOf, zonedToInstant } from '#linli/platform';

const iso = (d: Date) => d.toISOString();
const local = (d: Date, tz: string) => {
  const w = wallClockOf(d, tz);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

describe('recurrence expansion', () => {
  const shanghai = (occurrences: { startsAt: Date }[]) =>
    occurrences.map((o) => o.startsAt.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }));

  it('repeats on the first Saturday of every month (每月第一个周六)', () => {
    const out = expandRecurrence({
      startsAt: new Date('2027-01-02T09:00:00+08:00'),
      endsAt: new Date('2027-01-02T11:30:00+08:00'),
      recurrence: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=4',
      timeZone: 'Asia/Shanghai',
    });
    expect(shanghai(out)).toEqual([
      '2027-01-02 09:00:00',
      '2027-02-06 09:00:00',
      '2027-03-06 09:00:00',
      '2027-04-03 09:00:00',
    ]);
    expect(out.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 150 * 60_000)).toBe(true);
  });

  it('skips the Spring Festival and other dates given, as EXDATE does (COUNT counts before)', () => {
    const out = expandRecurrence({
      startsAt: new Date('2027-01-02T09:00:00+08:00'),
      endsAt: new Date('2027-01-02T10:00:00+08:00'),
      recurrence: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=4',
      exceptDates: ['2027-02-06'],
      timeZone: 'Asia/Shanghai',
    });
    expect(shanghai(out)).toEqual(['2027-01-02 09:00:00', '2027-03-06 09:00:00', '2027-04-03 09:00:00']);
  });

  it('repeats yearly on a fixed date (every 5 March, 学雷锋纪念日) and on the last Friday of each month', () => {
    const yearly = expandRecurrence({
      startsAt: new Date('2027-03-05T08:30:00+08:00'),
      endsAt: new Date('2027-03-05T12:00:00+08:00'),
      recurrence: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5;COUNT=3',
      timeZone: 'Asia/Shanghai',
    });
    expect(shanghai(yearly)).toEqual(['2027-03-05 08:30:00', '2028-03-05 08:30:00', '2029-03-05 08:30:00']);
    const lastFriday = expandRecurrence({
      startsAt: new Date('2027-01-29T14:00:00+08:00'),
      endsAt: new Date('2027-01-29T16:00:00+08:00'),
      recurrence: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270430',
      timeZone: 'Asia/Shanghai',
    });
    expect(shanghai(lastFriday)).toEqual([
      '2027-01-29 14:00:00',
      '2027-02-26 14:00:00',
      '2027-03-26 14:00:00',
      '2027-04-30 14:00:00',
    ]);
  });

  it('creates one shift without a rule', () => {
    const startsAt = new Date('2021-12-06T09:00:00+08:00');
    const endsAt = new Date('2021-12-06T12:00:00+08:00');
    expect(expandRecurrence({ startsAt, endsAt, timeZone: 'Asia/Shanghai' })).toEqual([{ startsAt, endsAt }]);
  });

  it('repeats the weekly volunteer desk on Mondays in Shanghai, COUNT occurrences', () => {
    const out = expandRecurrence({
      startsAt: new Date('2021-12-06T09:00:00+08:00'),
      endsAt: new Date('2021-12-06T12:00:00+08:00'),
      recurrence: 'RRULE:FREQ=WEEKLY;COUNT=4',
      timeZone: 'Asia/Shanghai',
    });
    expect(out.map((o) => iso(o.startsAt))).toEqual([
      '2021-12-06T01:00:00.000Z',
      '2021-12-13T01:00:00.000Z',
      '2021-12-20T01:00:00.000Z',
      '2021-12-27T01:00:00.000Z',
    ]);
    expect(out.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 3 * 3600_000)).toBe(true);
  });

  it('takes BYDAY on several weekdays, skipping days before the first shift', () => {
    // 2021-12-08 is a Wednesday: the Monday of that week is skipped.
    const out = expandRecurrence({
      startsAt: new Date('2021-12-08T14:00:00+08:00'),
      endsAt: new Date('2021-12-08T16:00:00+08:00'),
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=5',
      timeZone: 'Asia/Shanghai',
    });
    expect(out.map((o) => local(o.startsAt, 'Asia/Shanghai'))).toEqual([
      '2021-12-08 14:00',
      '2021-12-10 14:00',
      '2021-12-13 14:00',
      '2021-12-15 14:00',
      '2021-12-17 14:00',
    ]);
  });

  it('honours INTERVAL and an inclusive UNTIL date in the station zone', () => {
    const out = expandRecurrence({
      startsAt: new Date('2021-12-01T08:30:00+08:00'),
      endsAt: new Date('2021-12-01T10:00:00+08:00'),
      recurrence: 'FREQ=DAILY;INTERVAL=3;UNTIL=20211210',
      timeZone: 'Asia/Shanghai',
    });
    expect(out.map((o) => local(o.startsAt, 'Asia/Shanghai'))).toEqual([
      '2021-12-01 08:30',
      '2021-12-04 08:30',
      '2021-12-07 08:30',
      '2021-12-10 08:30',
    ]);
  });

  it('stops at a UTC UNTIL instant', () => {
    const out = expandRecurrence({
      startsAt: new Date('2021-12-01T08:30:00+08:00'),
      endsAt: new Date('2021-12-01T10:00:00+08:00'),
      recurrence: 'FREQ=DAILY;UNTIL=20211203T003000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect(out).toHaveLength(3); // 1st, 2nd and 3rd at 00:30Z; the bound is inclusive
  });

  it('filters DAILY by BYDAY (weekdays only)', () => {
    const out = expandRecurrence({
      startsAt: new Date('2021-12-03T09:00:00+08:00'), // Friday
      endsAt: new Date('2021-12-03T10:00:00+08:00'),
      recurrence: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3',
      timeZone: 'Asia/Shanghai',
    });
    expect(out.map((o) => local(o.startsAt, 'Asia/Shanghai'))).toEqual([
      '2021-12-03 09:00',
      '2021-12-06 09:00',
      '2021-12-07 09:00',
    ]);
  });

  it('keeps 09:00 local across the spring DST change in Europe/Berlin (the UTC time moves)', () => {
    const tz = 'Europe/Berlin';
    const out = expandRecurrence({
      startsAt: zonedToInstant({ year: 2022, month: 3, day: 21, hour: 9, minute: 0, second: 0 }, tz),
      endsAt: zonedToInstant({ year: 2022, month: 3, day: 21, hour: 11, minute: 0, second: 0 }, tz),
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      timeZone: tz,
    });
    expect(out.map((o) => local(o.startsAt, tz))).toEqual(['2022-03-21 09:00', '2022-03-28 09:00', '2022-04-04 09:00']);
    expect(out.map((o) => iso(o.startsAt))).toEqual([
      '2022-03-21T08:00:00.000Z',
      '2022-03-28T07:00:00.000Z',
      '2022-04-04T07:00:00.000Z',
    ]);
    expect(out.map((o) => local(o.endsAt, tz))).toEqual(['2022-03-21 11:00', '2022-03-28 11:00', '2022-04-04 11:00']);
  });

  it('keeps 09:00 local across the autumn DST change too', () => {
    const tz = 'Europe/Berlin';
    const out = expandRecurrence({
      startsAt: new Date('2022-10-29T07:00:00Z'), // Saturday 09:00 CEST
      endsAt: new Date('2022-10-29T08:00:00Z'),
      recurrence: 'FREQ=DAILY;COUNT=2',
      timeZone: tz,
    });
    expect(out.map((o) => iso(o.startsAt))).toEqual(['2022-10-29T07:00:00.000Z', '2022-10-30T08:00:00.000Z']);
  });

  it('keeps an overnight shift ending the next day', () => {
    const out = expandRecurrence({
      startsAt: new Date('2021-12-06T22:00:00+08:00'),
      endsAt: new Date('2021-12-07T06:00:00+08:00'),
      recurrence: 'FREQ=DAILY;COUNT=2',
      timeZone: 'Asia/Shanghai',
    });
    expect(out.map((o) => local(o.endsAt, 'Asia/Shanghai'))).toEqual(['2021-12-07 06:00', '2021-12-08 06:00']);
  });

  it('refuses unbounded, oversized and unsupported rules with stable codes', () => {
    const base = {
      startsAt: new Date('2021-12-06T09:00:00+08:00'),
      endsAt: new Date('2021-12-06T10:00:00+08:00'),
      timeZone: 'Asia/Shanghai',
    };
    const code = (recurrence: string) => {
      try {
        expandRecurrence({ ...base, recurrence });
        return 'ok';
      } catch (error) {
        return (error as RecurrenceError).code;
      }
    };
    expect(code('FREQ=WEEKLY')).toBe('SHIFT.RECURRENCE_UNBOUNDED');
    expect(code('FREQ=DAILY;COUNT=367')).toBe('SHIFT.RECURRENCE_TOO_LONG');
    expect(code('FREQ=DAILY;UNTIL=20251231')).toBe('SHIFT.RECURRENCE_TOO_LONG');
    expect(code('FREQ=DAILY;COUNT=366')).toBe('ok');
    expect(code('FREQ=MONTHLY;COUNT=2')).toBe('ok');
    expect(code('FREQ=WEEKLY;BYDAY=1MO;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(code('FREQ=WEEKLY;COUNT=2;UNTIL=20211231')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(code('FREQ=HOURLY;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(code('FREQ=DAILY;BYHOUR=9;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(code('FREQ=MONTHLY;BYDAY=0SA;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(code('FREQ=MONTHLY;BYMONTHDAY=40;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    // Filters that never match end at the horizon instead of searching for ever.
    expect(code('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=2')).toBe('SHIFT.RECURRENCE_INVALID');
    expect(parseRecurrence('freq=weekly;interval=2;byday=mo,fr;count=4')).toMatchObject({ freq: 'WEEKLY', count: 4 });
  });
});
