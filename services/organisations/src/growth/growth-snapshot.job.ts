import { Inject, Injectable } from '@nestjs/common';
import type { LoggerService } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER, withAdvisoryLock } from '#linli/platform';
import { todayIn } from '../organisations/organisation-rules.js';
import { StationsService } from '../stations/stations.service.js';
import { GrowthService } from './growth.service.js';

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
        const [done] = await this.ds.query(
          'SELECT 1 FROM growth_snapshots WHERE tenant_id = $1 AND snapshot_on = $2 LIMIT 1',
          [station.tenantId, on],
        );
        if (done) continue;
        const rows = await this.growth.snapshot(station.tenantId, on);
        await this.ds.transaction(async (manager) => {
          for (const row of rows) {
            await manager.query(
              `INSERT INTO growth_snapshots (tenant_id, snapshot_on, dimension, key, count) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (tenant_id, snapshot_on, dimension, key) DO UPDATE SET count = EXCLUDED.count, recorded_at = now()`,
              [station.tenantId, on, row.dimension, row.key, row.count],
            );
          }
        });
        written += 1;
        this.logger.log(`growth snapshot for ${station.name} on ${on}: ${rows.length} rows`, 'GrowthSnapshotJob');
      }
      return written;
    });
    return outcome.ran ? outcome.result : null;
  }
}
