import {
  bulkOutcome,
  DEFAULT_STAR_THRESHOLDS_HOURS,
  attendanceCredit,
  extensionAllowed,
  nextStar,
  shareRule,
  starLevel,
  toHours,
} from './ledger.rules.js';

const shift = { shiftStartsAt: '2021-11-20T09:00:00+08:00', shiftEndsAt: '2021-11-20T11:00:00+08:00' };

describe('attendance minutes', () => {
  it('counts the actual minutes between check-in and check-out', () => {
    const c = attendanceCredit(
      { ...shift, checkedInAt: '2021-11-20T09:10:00+08:00', checkedOutAt: '2021-11-20T10:40:30+08:00' },
      null,
    );
    expect(c).toMatchObject({ actualMinutes: 90, shiftMinutes: 120, minutes: 90, counts: true });
    expect(c.attendedShare).toBeCloseTo(90.5 / 120, 4);
  });

  it('caps at the shift length, keeping the actual minutes for a leader to extend to', () => {
    const c = attendanceCredit(
      { ...shift, checkedInAt: '2021-11-20T08:30:00+08:00', checkedOutAt: '2021-11-20T11:45:00+08:00' },
      null,
    );
    expect(c).toMatchObject({ actualMinutes: 195, shiftMinutes: 120, minutes: 120, attendedShare: 1 });
    expect(extensionAllowed(120, 195, 150)).toBe(true);
    expect(extensionAllowed(120, 195, 200)).toBe(false);
    expect(extensionAllowed(120, 195, 100)).toBe(false);
    expect(extensionAllowed(60, null, 90)).toBe(false);
  });

  it('gives zero for a check-out before the check-in, never negative', () => {
    const c = attendanceCredit(
      { ...shift, checkedInAt: '2021-11-20T10:00:00+08:00', checkedOutAt: '2021-11-20T09:00:00+08:00' },
      null,
    );
    expect(c.minutes).toBe(0);
    expect(c.attendedShare).toBe(0);
  });

  it('measures the share as the part of the shift window attended, not time outside it', () => {
    // Two hours present, but only the last 30 minutes inside the shift.
    const c = attendanceCredit(
      { ...shift, checkedInAt: '2021-11-20T07:30:00+08:00', checkedOutAt: '2021-11-20T09:30:00+08:00' },
      0.6,
    );
    expect(c.attendedShare).toBe(0.25);
    expect(c.counts).toBe(false);
    expect(c.minutes).toBe(120);
  });

  it('applies the station minimum share, counting exactly at the minimum', () => {
    expect(shareRule(0.6, 0.6)).toEqual({ counts: true, notCountedReason: null });
    expect(shareRule(0.75, null).counts).toBe(true);
    const below = shareRule(0.5, 0.6);
    expect(below.counts).toBe(false);
    expect(below.notCountedReason).toContain('50%');
    expect(below.notCountedReason).toContain('60%');
  });

  it('turns minutes into hours with two decimals', () => {
    expect(toHours(90)).toBe(1.5);
    expect(toHours(100)).toBe(1.67);
    expect(toHours(0)).toBe(0);
  });
});

describe('star levels', () => {
  it('follows the default thresholds of 100, 300, 600, 1000 and 1500 hours', () => {
    expect(DEFAULT_STAR_THRESHOLDS_HOURS).toEqual([100, 300, 600, 1000, 1500]);
    expect(starLevel(0)).toBe(0);
    expect(starLevel(100 * 60 - 1)).toBe(0);
    expect(starLevel(100 * 60)).toBe(1);
    expect(starLevel(299 * 60)).toBe(1);
    expect(starLevel(300 * 60)).toBe(2);
    expect(starLevel(600 * 60)).toBe(3);
    expect(starLevel(1000 * 60)).toBe(4);
    expect(starLevel(1500 * 60)).toBe(5);
    expect(starLevel(9000 * 60)).toBe(5);
  });

  it('tells how far the next star is, and nothing at the top', () => {
    expect(nextStar(0)).toEqual({ level: 1, minutesToGo: 6000 });
    expect(nextStar(150 * 60)).toEqual({ level: 2, minutesToGo: 150 * 60 });
    expect(nextStar(1500 * 60)).toBeNull();
  });

  it('takes a station’s own thresholds, in any order', () => {
    expect(starLevel(60 * 60, [200, 50, 100])).toBe(1);
    expect(nextStar(60 * 60, [200, 50, 100])).toEqual({ level: 2, minutesToGo: 40 * 60 });
  });
});

describe('bulk approval outcomes', () => {
  it('reports each refusal as what a reviewer can act on', () => {
    expect(bulkOutcome('HOURS.ENTRY_NOT_FOUND', 404)).toBe('not_found');
    expect(bulkOutcome('ACCESS.OUTSIDE_SCOPE', 403)).toBe('forbidden');
    expect(bulkOutcome('HOURS.ALREADY_DECIDED', 409)).toBe('already_decided');
    expect(bulkOutcome('HOURS.SUPERSEDED', 409)).toBe('not_pending');
  });
});
