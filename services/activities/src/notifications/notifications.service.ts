import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationDto, NotificationListQuery, NotificationPage } from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { ActivitiesErrors } from '../activities.errors.js';
import { iso, pageOf } from '../sql.js';
import type { NotificationChannel, OutgoingNotification } from './notification-channel.js';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.js';

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

const toDto = (row: NotificationRow): NotificationDto => ({
  ...row,
  createdAt: iso(row.createdAt)!,
  readAt: iso(row.readAt),
});

@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly repo: NotificationsRepository,
  ) {}

  /** Sends on every configured channel, inside the caller's transaction. */
  async send(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void> {
    for (const channel of this.channels) await channel.deliver(manager, notifications);
  }

  /** The caller's own inbox, newest first. A user without a volunteer profile has an empty one. */
  async list(caller: CallerContext, query: NotificationListQuery): Promise<NotificationPage> {
    const window = pageOf(query);
    if (!caller.volunteerId) return { items: [], total: 0, unread: 0, ...window };
    const { rows, total, unread } = await this.repo.page(this.ds.manager, caller.tenantId, caller.volunteerId, window);
    return { items: rows.map(toDto), total, unread, ...window };
  }

  async markRead(caller: CallerContext, id: string): Promise<NotificationDto> {
    if (!caller.volunteerId) throw ActivitiesErrors.noVolunteerProfile();
    const owner = await this.repo.ownerOf(this.ds.manager, caller.tenantId, id);
    if (!owner) throw ActivitiesErrors.notificationNotFound(id);
    if (owner !== caller.volunteerId) throw ActivitiesErrors.notYourself();
    return toDto(await this.repo.markRead(this.ds.manager, id));
  }
}
