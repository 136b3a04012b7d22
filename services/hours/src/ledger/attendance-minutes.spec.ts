import { attendanceCredit, extensionAllowed, shareRule, toHours } from './attendance-minutes.js';

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
