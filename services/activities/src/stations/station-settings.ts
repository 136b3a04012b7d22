import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export interface StationSettings {
  timezone: string;
  checkinOpensMinutes: number;
  checkinClosesMinutes: number;
}

/**
 * Per-station settings of this service (`station_settings`): the time zone recurrences expand
 * in and the self check-in window. Stations without a row use the defaults (Asia/Shanghai, 30
 * minutes either side). The organisations service owns a station's time zone and publishes it
 * in `evt.organisations.station.*`, which `StationEventsConsumer` copies into the row.
 *
 * A station's row is remembered for a minute; the defaults of a station not heard of yet are
 * not remembered, so its zone applies as soon as its event has arrived.
 */
@Injectable()
export class StationSettingsService {
  private cache = new Map<string, { value: StationSettings; at: number }>();

  constructor(private readonly ds: DataSource) {}

  async get(tenantId: string): Promise<StationSettings> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < 60_000) return hit.value;
    const [row] = await this.ds.query(
      `SELECT timezone, checkin_opens_minutes AS "checkinOpensMinutes", checkin_closes_minutes AS "checkinClosesMinutes"
         FROM station_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    if (!row) return { timezone: DEFAULT_TIMEZONE, checkinOpensMinutes: 30, checkinClosesMinutes: 30 };
    const value: StationSettings = row;
    this.cache.set(tenantId, { value, at: Date.now() });
    return value;
  }
}
