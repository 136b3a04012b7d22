/** Wall-clock fields in some time zone (month 1–12). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Recent answers of `wallClockOf` per time zone and instant: formatting is the costly part of
 * the sign-up rules, asked the same shift times again and again (a batch of sign-ups, a list
 * of shifts). Bounded; emptied when full.
 */
const recentWallClocks = new Map<string, WallClock>();

/** What a clock on the wall in `timeZone` shows at `instant`. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const key = `${timeZone} ${instant.getTime()}`;
  const recent = recentWallClocks.get(key);
  if (recent) return { ...recent };
  const found = formatWallClock(instant, timeZone);
  if (recentWallClocks.size >= 2000) recentWallClocks.clear();
  recentWallClocks.set(key, found);
  return { ...found };
}

function formatWallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

function asUtcMillis(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Shanghai: +8 h). */
function offsetAt(instantMs: number, timeZone: string): number {
  return asUtcMillis(wallClockOf(new Date(instantMs), timeZone)) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `w`. A time skipped by a DST jump
 * (02:30 on a spring-forward night) resolves to the instant after the jump; a repeated
 * time (autumn) resolves to its first occurrence.
 */
export function zonedToInstant(w: WallClock, timeZone: string): Date {
  const guess = asUtcMillis(w);
  const before = guess - offsetAt(guess - 86_400_000, timeZone);
  const after = guess - offsetAt(guess + 86_400_000, timeZone);
  const valid = [before, after].filter((c) => asUtcMillis(wallClockOf(new Date(c), timeZone)) === guess);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // In the gap of a spring-forward jump: the offset before the jump moves the time past it.
  return new Date(before);
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Adds calendar days to the date part of a wall clock, keeping its time of day. */
export function addDays(w: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole calendar days from a's date to b's date. */
export function daysBetween(a: WallClock, b: WallClock): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday, of the wall clock's date. */
export function weekdayOf(w: WallClock): number {
  return (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
}
