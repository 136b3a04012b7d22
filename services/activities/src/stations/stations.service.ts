import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StationsRepository, type StationSettingsRow } from './stations.repository.js';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export type StationSettings = StationSettingsRow;

/**
 * Per-station settings of this service (`station_settings`): the time zone recurrences expand
 * in and the self check-in window. Stations without a row use the defaults (Asia/Shanghai, 30
 * minutes either side). The organisations service owns a station's time zone and publishes it
 * in `evt.organisations.station.*`, which `consumers/station-events.consumer.ts` copies into the row.
 *
 * A station's row is remembered for a minute; the defaults of a station not heard of yet are
 * not remembered, so its zone applies as soon as its event has arrived.
 */
@Injectable()
export class StationSettingsService {
  private cache = new Map<string, { value: StationSettings; at: number }>();

  constructor(
    private readonly ds: DataSource,
    private readonly repo: StationsRepository,
  ) {}

  async get(tenantId: string): Promise<StationSettings> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < 60_000) return hit.value;
    const row = await this.repo.find(this.ds.manager, tenantId);
    if (!row) return { timezone: DEFAULT_TIMEZONE, checkinOpensMinutes: 30, checkinClosesMinutes: 30 };
    this.cache.set(tenantId, { value: row, at: Date.now() });
    return row;
  }
}
