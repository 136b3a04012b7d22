import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarLinkDto } from '#linli/contracts';
import { SERVICE_CONFIG, type CallerContext, type ServiceConfig } from '#linli/platform';
import { assertActsFor } from '../access/access.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { SignupsRepository } from '../signups/signups.repository.js';
import { SignupsService } from '../signups/signups.service.js';
import { StationSettingsService } from '../stations/stations.service.js';
import { CalendarRepository } from './calendar.repository.js';
import { CANCELLED_KEPT_DAYS, feedRevision } from './calendar.rules.js';
import { renderCalendar } from './ical.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Private iCal feeds. The token is an HMAC of the volunteer under the service secret, so the
 * link is stable and unguessable; only its SHA-256 is stored, and the public feed finds the
 * volunteer by that hash alone.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly signups: SignupsService,
    private readonly signupRows: SignupsRepository,
    private readonly repo: CalendarRepository,
    private readonly settings: StationSettingsService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async link(caller: CallerContext, volunteerId: string): Promise<CalendarLinkDto> {
    const volunteer = await this.signups.volunteer(this.ds.manager, caller, volunteerId);
    assertActsFor(caller, volunteer);
    const token = createHmac('sha256', this.config.AUTH_SECRET)
      .update(`linli:ical:${caller.tenantId}:${volunteerId}`)
      .digest('base64url');
    await this.repo.upsert(this.ds.manager, caller.tenantId, volunteerId, hash(token));
    return { url: `/api/v1/calendar/${token}.ics` };
  }

  /**
   * The feed's text: the volunteer's confirmed shifts from 90 days back on, in the station's time
   * zone, and the places cancelled in the last 30 days marked as cancelled.
   */
  async feed(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw ActivitiesErrors.calendarNotFound();
    const feed = await this.repo.byHash(this.ds.manager, hash(token));
    if (!feed) throw ActivitiesErrors.calendarNotFound();
    const [rows, { timezone }] = await Promise.all([
      this.signupRows.feedShifts(this.ds.manager, feed.tenantId, feed.volunteerId, CANCELLED_KEPT_DAYS),
      this.settings.get(feed.tenantId),
    ]);
    return renderCalendar(
      `${feed.name} 的志愿服务班次 / Linli shifts`,
      rows.map((r) => {
        const { changedAt, sequence } = feedRevision(r);
        return {
          uid: `${r.shiftId}-${feed.volunteerId}@linli`,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          summary: r.role ? `${r.title}（${r.role}）` : r.title,
          location: r.location,
          updatedAt: changedAt,
          sequence,
          cancelled: r.status === 'cancelled',
        };
      }),
      timezone,
    );
  }
}
