import type { HoursSettingsDto } from '#linli/contracts';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../ledger/ledger.rules.js';

/** What the hours service keeps per station: the day's time zone, the share rule, star thresholds, the issuer. */
export interface StationSettings {
  timezone: string;
  minAttendanceShare: number | null;
  starThresholdsHours: number[];
  certificatePrefix: string;
  issuerName: string | null;
  personInCharge: string | null;
  handlerName: string | null;
  contact: string | null;
}

export const DEFAULT_SETTINGS: StationSettings = {
  timezone: 'Asia/Shanghai',
  minAttendanceShare: null,
  starThresholdsHours: DEFAULT_STAR_THRESHOLDS_HOURS,
  certificatePrefix: 'ZY',
  issuerName: null,
  personInCharge: null,
  handlerName: null,
  contact: null,
};

// Building an Intl.DateTimeFormat costs far more than formatting with one (it loads the zone's
// rules), and every check-out asks for a date: one formatter per zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The date (`YYYY-MM-DD`) an instant falls on in a zone: the station's zone decides what "a day" is. */
export function todayIn(timezone: string, at = new Date()): string {
  let format = dayFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timezone, format);
  }
  return format.format(at);
}

/** Whether a value names a time zone this runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    todayIn(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The settings after a station head's change: given fields replace, absent ones stay; an
 * unknown time zone is ignored; star thresholds are kept sorted without repeats.
 */
export function mergeSettings(current: StationSettings, change: HoursSettingsDto): StationSettings {
  const given = Object.fromEntries(
    Object.entries(change).filter(([key, v]) => v !== undefined && (key !== 'timezone' || isTimeZone(v))),
  );
  const next = { ...current, ...given } as StationSettings;
  return { ...next, starThresholdsHours: [...new Set(next.starThresholdsHours)].sort((a, b) => a - b) };
}
