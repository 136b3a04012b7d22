/** Age rules in whole years, counted on calendar dates of the station's time zone. Pure functions. */

export const STATION_TIME_ZONE = 'Asia/Shanghai';
export const ADULT_AGE = 18;

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Completed years between a birth date and `on` (both `YYYY-MM-DD`); someone born on 29 February ages on 1 March. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isMinorOn(birthDate: string, on: string): boolean {
  return ageOn(birthDate, on) < ADULT_AGE;
}

/** Birth dates (inclusive) of people whose age on `on` lies in [minAge, maxAge]. */
export function birthDateRange(on: string, minAge: number, maxAge?: number): { from?: string; to: string } {
  const [y, m, d] = on.split('-').map(Number);
  const shift = (years: number) => {
    // `on` minus `years` years, clamped to the month's end (29 Feb → 28 Feb).
    const yy = y - years;
    const last = new Date(Date.UTC(yy, m, 0)).getUTCDate();
    return `${yy}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  };
  const to = shift(minAge);
  if (maxAge === undefined) return { to };
  // Older than maxAge from the day after turning maxAge + 1.
  const limit = shift(maxAge + 1);
  const next = new Date(`${limit}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: next.toISOString().slice(0, 10), to };
}

export const AGE_BAND_RANGES: Record<string, [number, number | undefined]> = {
  under18: [0, 17],
  '18-35': [18, 35],
  '36-59': [36, 59],
  '60+': [60, undefined],
};
