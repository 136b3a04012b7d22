import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarLinkDto } from '#linli/contracts';
import { SERVICE_CONFIG, type CallerContext, type ServiceConfig } from '#linli/platform';
import { assertActsFor } from '../access/access.js';
import { CalendarErrors } from '../activities.exception.js';
import { SignupsService } from '../signups/signups.service.js';
import { renderCalendar } from './ical.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

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
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async link(caller: CallerContext, volunteerId: string): Promise<CalendarLinkDto> {
    const volunteer = await this.signups.volunteer(this.ds.manager, caller, volunteerId);
    assertActsFor(caller, volunteer);
    const token = createHmac('sha256', this.config.AUTH_SECRET)
      .update(`linli:ical:${caller.tenantId}:${volunteerId}`)
      .digest('base64url');
    await this.ds.query(
      `INSERT INTO calendar_feeds (tenant_id, volunteer_id, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, volunteer_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
      [caller.tenantId, volunteerId, hash(token)],
    );
    return { url: `/api/v1/calendar/${token}.ics` };
  }

  /** The feed's text: the volunteer's confirmed shifts from 90 days back on. */
  async feed(token: string): Promise<string> {
    const [feed] = await this.ds.query(
      `SELECT f.tenant_id AS "tenantId", f.volunteer_id AS "volunteerId", v.name FROM calendar_feeds f
         JOIN volunteers v ON v.id = f.volunteer_id WHERE f.token_hash = $1`,
      [hash(token)],
    );
    if (!feed) throw CalendarErrors.notFound();
    const rows = await this.ds.query(
      `SELECT su.shift_id AS "shiftId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", a.title, s.role, a.location, s.updated_at AS "updatedAt"
         FROM signups su JOIN shifts s ON s.id = su.shift_id JOIN activities a ON a.id = s.activity_id
        WHERE su.tenant_id = $1 AND su.volunteer_id = $2 AND su.status = 'confirmed' AND s.ends_at > now() - interval '90 days'
        ORDER BY s.starts_at LIMIT 1000`,
      [feed.tenantId, feed.volunteerId],
    );
    return renderCalendar(
      `${feed.name} 的志愿服务班次 / Linli shifts`,
      rows.map((r: Record<string, unknown>) => ({
        uid: `${r.shiftId}-${feed.volunteerId}@linli`,
        startsAt: r.startsAt as Date,
        endsAt: r.endsAt as Date,
        summary: r.role ? `${r.title}（${r.role}）` : (r.title as string),
        location: r.location as string,
        updatedAt: r.updatedAt as Date,
      })),
    );
  }
}
