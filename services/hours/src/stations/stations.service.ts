import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HoursSettingsDto, HoursSettingsView } from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { requireScope } from '../access/access.js';
import { StationsRepository } from './stations.repository.js';
import { isTimeZone, mergeSettings } from './stations.rules.js';

/** The station's hours settings: the share rule, star thresholds and certificate issuer. */
@Injectable()
export class StationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationsRepository,
  ) {}

  async get(caller: CallerContext): Promise<HoursSettingsView> {
    requireScope(caller, 'read');
    return this.stations.settings(this.ds, caller.tenantId);
  }

  async update(caller: CallerContext, change: HoursSettingsDto): Promise<HoursSettingsView> {
    // Settings belong to the whole station: the station head's grant is at the root.
    requireScope(caller, 'settings');
    const current = await this.stations.settings(this.ds, caller.tenantId);
    const next = mergeSettings(current, change);
    await this.stations.save(
      this.ds,
      caller.tenantId,
      next,
      change.timezone !== undefined && isTimeZone(change.timezone),
    );
    return this.stations.settings(this.ds, caller.tenantId);
  }
}
