import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '#linli/contracts';
import { rowsOf, type PageWindow } from '../sql.js';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  shiftId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** One notification to a volunteer, as every channel receives it. */
export interface OutgoingNotification {
  tenantId: string;
  volunteerId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  shiftId: string | null;
}

const COLUMNS = `id, kind, title, body, shift_id AS "shiftId", created_at AS "createdAt", read_at AS "readAt"`;

/** All SQL on `notifications` (the in-app inbox) and `shift_messages`. */
@Injectable()
export class NotificationsRepository {
  async insertMany(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (id, tenant_id, volunteer_id, kind, title, body, shift_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[])`,
      [
        notifications.map(() => randomUUID()),
        notifications.map((n) => n.tenantId),
        notifications.map((n) => n.volunteerId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.title),
        notifications.map((n) => n.body),
        notifications.map((n) => n.shiftId),
      ],
    );
  }

  /** A volunteer's inbox page, newest first, with the total and unread counts. */
  async page(manager: EntityManager, tenantId: string, volunteerId: string, window: PageWindow) {
    const params = [tenantId, volunteerId];
    const [{ total, unread }]: { total: number; unread: number }[] = await manager.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notifications WHERE tenant_id = $1 AND volunteer_id = $2`,
      params,
    );
    const rows: NotificationRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM notifications WHERE tenant_id = $1 AND volunteer_id = $2
        ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [...params, window.pageSize, (window.page - 1) * window.pageSize],
    );
    return { rows, total, unread };
  }

  async ownerOf(manager: EntityManager, tenantId: string, id: string): Promise<string | undefined> {
    const [row] = await manager.query(
      'SELECT volunteer_id AS "volunteerId" FROM notifications WHERE id = $1 AND tenant_id = $2',
      [id, tenantId],
    );
    return row?.volunteerId;
  }

  /** Marks it read (the first time counts) and returns it. */
  async markRead(manager: EntityManager, id: string): Promise<NotificationRow> {
    const [row] = rowsOf<NotificationRow>(
      await manager.query(
        `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
        [id],
      ),
    );
    return row;
  }

  async recordMessage(
    manager: EntityManager,
    m: { id: string; tenantId: string; shiftId: string; text: string; sentBy: string; recipients: number },
  ): Promise<void> {
    await manager.query(
      'INSERT INTO shift_messages (id, tenant_id, shift_id, text, sent_by, recipients) VALUES ($1, $2, $3, $4, $5, $6)',
      [m.id, m.tenantId, m.shiftId, m.text, m.sentBy, m.recipients],
    );
  }
}
