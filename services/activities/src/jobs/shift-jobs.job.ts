import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, SERVICE_LOGGER, withAdvisoryLock } from '#linli/platform';
import type { ActivitiesConfig } from '../activities.config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SignupsRepository } from '../signups/signups.repository.js';
import { iso } from '../sql.js';

export const REMINDERS = [
  { kind: '24h' as const, notification: 'reminder_24h' as const, aheadMs: 24 * 3600_000, label: '明天 / tomorrow' },
  {
    kind: '2h' as const,
    notification: 'reminder_2h' as const,
    aheadMs: 2 * 3600_000,
    label: '两小时后 / in two hours',
  },
];

export interface ShiftJobsOutcome {
  reminders: Record<'24h' | '2h', number>;
  noShows: number;
}

/**
 * Every minute, one replica (advisory lock): reminds confirmed volunteers 24 h and 2 h before
 * their shift, each reminder once (a row in reminders_sent with a unique key, written in the same
 * transaction as the notification), and marks confirmed volunteers who never checked in as
 * no-shows once the shift has ended.
 */
@Injectable()
export class ShiftJobs {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly signups: SignupsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ActivitiesConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: LoggerService,
  ) {}

  @Cron('0 * * * * *', { name: 'activities-shift-jobs' })
  async tick(): Promise<void> {
    if (this.config.ACTIVITIES_JOBS === 'false') return;
    await this.run().catch((error) => this.logger.error(error as Error, 'ShiftJobs'));
  }

  /** One pass at `now`; null when another replica holds the lock. */
  async run(now: Date = new Date()): Promise<ShiftJobsOutcome | null> {
    const outcome = await withAdvisoryLock(this.ds, 'activities.shift-jobs', async () => {
      const reminders = { '24h': 0, '2h': 0 };
      for (const [index, r] of REMINDERS.entries()) {
        // A shift inside the 2 h window gets the 2 h reminder only; the 24 h one is for shifts further out.
        const nearer = REMINDERS[index + 1]?.aheadMs ?? 0;
        reminders[r.kind] = await this.ds.transaction(async (manager) => {
          const due = await this.signups.claimReminders(manager, now, r.aheadMs, nearer, r.kind);
          await this.notifications.send(
            manager,
            due.map((d) => ({
              tenantId: d.tenantId,
              volunteerId: d.volunteerId,
              shiftId: d.shiftId,
              kind: r.notification,
              title: `班次提醒：${r.label} / Shift reminder`,
              body: `${d.title}，${d.location}，${iso(d.startsAt)}`,
            })),
          );
          return due.length;
        });
      }
      const noShows = await this.signups.markNoShows(this.ds.manager, now);
      if (reminders['24h'] + reminders['2h'] + noShows > 0) {
        this.logger.log(`reminders 24h=${reminders['24h']} 2h=${reminders['2h']}, no-shows ${noShows}`, 'ShiftJobs');
      }
      return { reminders, noShows };
    });
    return outcome.ran ? outcome.result : null;
  }
}
