import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationListQuery, NotificationPage } from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { NotificationErrors } from '../activities.exception.js';
import { AccessErrors } from '../activities.exception.js';
import { iso, rowsOf } from '../sql.js';
import type { NotificationChannel, OutgoingNotification } from './notification-channel.js';

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  /** Sends on every configured channel, inside the caller's transaction. */
  async send(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void> {
    for (const channel of this.channels) await channel.deliver(manager, notifications);
  }

  /** The caller's own inbox, newest first. A user without a volunteer profile has an empty one. */
  async list(caller: CallerContext, query: NotificationListQuery): Promise<NotificationPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (!caller.volunteerId) return { items: [], total: 0, unread: 0, page, pageSize };
    const params = [caller.tenantId, caller.volunteerId];
    const [{ total, unread }] = await this.ds.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notifications WHERE tenant_id = $1 AND volunteer_id = $2`,
      params,
    );
    const rows = await this.ds.query(
      `SELECT id, kind, title, body, shift_id AS "shiftId", created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE tenant_id = $1 AND volunteer_id = $2
        ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const items = rows.map((r: Record<string, unknown>) => ({
      ...r,
      createdAt: (r.createdAt as Date).toISOString(),
      readAt: r.readAt ? (r.readAt as Date).toISOString() : null,
    }));
    return { items, total, unread, page, pageSize };
  }

  async markRead(caller: CallerContext, id: string) {
    if (!caller.volunteerId) throw AccessErrors.noVolunteerProfile();
    const [owner] = await this.ds.query(
      'SELECT volunteer_id AS "volunteerId" FROM notifications WHERE id = $1 AND tenant_id = $2',
      [id, caller.tenantId],
    );
    if (!owner) throw NotificationErrors.notFound(id);
    if (owner.volunteerId !== caller.volunteerId) throw AccessErrors.notYourself();
    const [row] = rowsOf<Record<string, Date | string>>(
      await this.ds.query(
        `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1
          RETURNING id, kind, title, body, shift_id AS "shiftId", created_at AS "createdAt", read_at AS "readAt"`,
        [id],
      ),
    );
    return { ...row, createdAt: iso(row.createdAt), readAt: iso(row.readAt) };
  }
}
