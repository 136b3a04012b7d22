import { Injectable } from '@nestjs/common';
import type { HoursSettingsDto, HoursSettingsView } from '#linli/contracts';
import { type CallerContext } from '#linli/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { requireScope } from '../access/access.js';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../ledger/stars.js';

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

/** A station's hours settings, or the defaults when it has none. */
export async function loadSettings(manager: EntityManager | DataSource, tenantId: string): Promise<StationSettings> {
  const [row] = await manager.query(
    `SELECT timezone, min_attendance_share::float8 AS "minAttendanceShare", star_thresholds_hours AS "starThresholdsHours",
            certificate_prefix AS "certificatePrefix", issuer_name AS "issuerName", person_in_charge AS "personInCharge",
            handler_name AS "handlerName", contact
       FROM station_settings WHERE tenant_id = $1`,
    [tenantId],
  );
  return row ? { ...DEFAULT_SETTINGS, ...row } : DEFAULT_SETTINGS;
}

export function todayIn(timezone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

@Injectable()
export class StationSettingsService {
  constructor(private readonly ds: DataSource) {}

  async get(caller: CallerContext): Promise<HoursSettingsView> {
    requireScope(caller, 'read');
    return loadSettings(this.ds, caller.tenantId);
  }

  async update(caller: CallerContext, dto: HoursSettingsDto): Promise<HoursSettingsView> {
    // Settings belong to the whole station: the station head's grant is at the root.
    requireScope(caller, 'settings');
    if (dto.timezone) {
      try {
        todayIn(dto.timezone);
      } catch {
        dto.timezone = undefined;
      }
    }
    const current = await loadSettings(this.ds, caller.tenantId);
    const next: StationSettings = {
      ...current,
      ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)),
    } as StationSettings;
    await this.ds.query(
      `INSERT INTO station_settings (tenant_id, timezone, min_attendance_share, star_thresholds_hours, certificate_prefix,
         issuer_name, person_in_charge, handler_name, contact, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (tenant_id) DO UPDATE SET timezone = CASE WHEN $10 THEN $2 ELSE station_settings.timezone END,
         min_attendance_share = $3, star_thresholds_hours = $4, certificate_prefix = $5, issuer_name = $6,
         person_in_charge = $7, handler_name = $8, contact = $9, updated_at = now()`,
      [
        caller.tenantId,
        next.timezone,
        next.minAttendanceShare,
        [...new Set(next.starThresholdsHours)].sort((a, b) => a - b),
        next.certificatePrefix,
        next.issuerName,
        next.personInCharge,
        next.handlerName,
        next.contact,
        // The zone normally arrives from the organisations service's station events; keep it unless asked to change it.
        dto.timezone !== undefined,
      ],
    );
    return loadSettings(this.ds, caller.tenantId);
  }
}
