import { checkInWindow, qrPayload, sameCode } from './attendance.rules.js';

describe('attendance rules', () => {
  it('opens self check-in before the start and closes it after the end', () => {
    const w = checkInWindow(
      { startsAt: new Date('2021-12-06T09:00:00Z'), endsAt: new Date('2021-12-06T12:00:00Z') },
      { checkinOpensMinutes: 30, checkinClosesMinutes: 15 },
    );
    expect(w.opensAt.toISOString()).toBe('2021-12-06T08:30:00.000Z');
    expect(w.closesAt.toISOString()).toBe('2021-12-06T12:15:00.000Z');
  });

  it('compares codes exactly and encodes the QR payload', () => {
    expect(sameCode('482913', '482913')).toBe(true);
    expect(sameCode('482913', '482914')).toBe(false);
    expect(sameCode('48291', '482913')).toBe(false);
    expect(qrPayload('s1', '482913')).toBe('linli:checkin:s1:482913');
  });
});
