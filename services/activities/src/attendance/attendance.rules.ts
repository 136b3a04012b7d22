import { timingSafeEqual } from 'node:crypto';

/** Wrong codes a volunteer may type for one sign-up before self check-in locks (a leader can still check them in). */
export const MAX_CODE_FAILURES = 5;

export function qrPayload(shiftId: string, code: string): string {
  return `linli:checkin:${shiftId}:${code}`;
}

/** The console page a volunteer's phone opens from the QR image: their shifts, with this code filled in. */
export function checkInUrl(baseUrl: string, shiftId: string, code: string): string {
  return `${baseUrl}/#/my?${new URLSearchParams({ checkin: shiftId, code })}`;
}

/** Compares codes in constant time. */
export function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Self check-in is open from `opensMinutes` before the start to `closesMinutes` after the end. */
export function checkInWindow(
  shift: { startsAt: Date; endsAt: Date },
  settings: { checkinOpensMinutes: number; checkinClosesMinutes: number },
): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(shift.startsAt.getTime() - settings.checkinOpensMinutes * 60_000),
    closesAt: new Date(shift.endsAt.getTime() + settings.checkinClosesMinutes * 60_000),
  };
}
