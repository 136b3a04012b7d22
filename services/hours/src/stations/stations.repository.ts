import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_SETTINGS, type StationSettings } from './stations.rules.js';

/** All SQL of `station_settings`: the hours settings of each station and the time zone copied from its events. */
@Injectable()
export class StationsRepository {
  /** A station's hours settings, or the defaults when it has none. */
  async settings(manager: EntityManager | DataSource, tenantId: string): Promise<StationSettings> {
    const [row] = await manager.query(
      `SELECT timezone, min_attendance_share::float8 AS "minAttendanceShare", star_thresholds_hours AS "starThresholdsHours",
              certificate_prefix AS "certificatePrefix", issuer_name AS "issuerName", person_in_charge AS "personInCharge",
              handler_name AS "handlerName", contact
         FROM station_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    return row ? { ...DEFAULT_SETTINGS, ...row } : DEFAULT_SETTINGS;
  }

  /**
   * Writes a station head's settings. The zone normally arrives from the organisations service's
   * station events; it is written only when `writeTimezone` (the head asked to change it).
   */
  async save(
    manager: EntityManager | DataSource,
    tenantId: string,
    settings: StationSettings,
    writeTimezone: boolean,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO station_settings (tenant_id, timezone, min_attendance_share, star_thresholds_hours, certificate_prefix,
         issuer_name, person_in_charge, handler_name, contact, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (tenant_id) DO UPDATE SET timezone = CASE WHEN $10 THEN $2 ELSE station_settings.timezone END,
         min_attendance_share = $3, star_thresholds_hours = $4, certificate_prefix = $5, issuer_name = $6,
         person_in_charge = $7, handler_name = $8, contact = $9, updated_at = now()`,
      [
        tenantId,
        settings.timezone,
        settings.minAttendanceShare,
        settings.starThresholdsHours,
        settings.certificatePrefix,
        settings.issuerName,
        settings.personInCharge,
        settings.handlerName,
        settings.contact,
        writeTimezone,
      ],
    );
  }

  /**
   * Copies a station's time zone from its event. Only `timezone` is written: a station first
   * heard of gets the column defaults for everything else.
   */
  async saveTimezone(manager: EntityManager, tenantId: string, timezone: string): Promise<void> {
    await manager.query(
      `INSERT INTO station_settings (tenant_id, timezone, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (tenant_id) DO UPDATE SET timezone = EXCLUDED.timezone, updated_at = now()
         WHERE station_settings.timezone IS DISTINCT FROM EXCLUDED.timezone`,
      [tenantId, timezone],
    );
  }
}
