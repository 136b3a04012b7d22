import { Inject, Injectable } from '@nestjs/common';
import type { LoggerService } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER, withAdvisoryLock } from '#linli/platform';
import { GrowthService } from '../growth/growth.service.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';

/**
 * Once a day, records each station's organisation counts per dimension as of that day.
 * One replica runs each tick (advisory lock); a re-run the same day overwrites that day.
 */
@Injectable()
export class GrowthSnapshotJob {
  constructor(
    private readonly ds: DataSource,
    private readonly growth: GrowthService,
    private readonly stations: StationsService,
    @Inject(SERVICE_LOGGER) private readonly logger: LoggerService,
  ) {}

  @Cron('0 5 * * * *', { name: 'growth-snapshot' })
  async tick(): Promise<void> {
    await this.run().catch((error) => this.logger.error(error as Error, 'GrowthSnapshotJob'));
  }

  /** Snapshots every station whose local day has no snapshot yet; returns how many it wrote. */
  async run(now: Date = new Date()): Promise<number | null> {
    const outcome = await withAdvisoryLock(this.ds, 'organisations.growth-snapshot', async () => {
      let written = 0;
      for (const station of await this.stations.all()) {
        const on = todayIn(station.timezone, now);
        if (await this.growth.hasSnapshot(station.tenantId, on)) continue;
        const rows = await this.growth.snapshot(station.tenantId, on);
        await this.growth.recordSnapshot(station.tenantId, on, rows);
        written += 1;
        this.logger.log(`growth snapshot for ${station.name} on ${on}: ${rows.length} rows`, 'GrowthSnapshotJob');
      }
      return written;
    });
    return outcome.ran ? outcome.result : null;
  }
}
