import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StationEventPayload } from '#linli/contracts';
import { isValidTimeZone, type EventEnvelope } from '#linli/platform';

export interface StationSettingsRow {
  timezone: string;
  checkinOpensMinutes: number;
  checkinClosesMinutes: number;
}

/** All SQL on `station_settings`. */
@Injectable()
export class StationsRepository {
  async find(manager: EntityManager, tenantId: string): Promise<StationSettingsRow | undefined> {
    const [row] = await manager.query(
      `SELECT timezone, checkin_opens_minutes AS "checkinOpensMinutes", checkin_closes_minutes AS "checkinClosesMinutes"
         FROM station_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    return row;
  }

  /**
   * Applies a station event: its time zone only, so the check-in window and any other setting
   * of this service stay as they are, and a station first heard of gets the column defaults. An
   * event without a usable zone, or whose payload names another tenant than its envelope,
   * changes nothing.
   */
  async applyStationEvent(manager: EntityManager, event: EventEnvelope<StationEventPayload>): Promise<void> {
    const p = event.payload;
    const tenantId = event.tenantId;
    if (!tenantId || !p || typeof p.timezone !== 'string' || !isValidTimeZone(p.timezone)) return;
    if (p.tenantId && p.tenantId !== tenantId) return;
    await manager.query(
      `INSERT INTO station_settings (tenant_id, timezone, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (tenant_id) DO UPDATE SET timezone = EXCLUDED.timezone, updated_at = now()
         WHERE station_settings.timezone IS DISTINCT FROM EXCLUDED.timezone`,
      [tenantId, p.timezone],
    );
  }
}
