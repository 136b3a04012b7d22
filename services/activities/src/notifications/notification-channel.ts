import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '#linli/contracts';

export interface OutgoingNotification {
  tenantId: string;
  volunteerId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  shiftId: string | null;
}

/**
 * A way of telling volunteers something. Channels are called inside the transaction that
 * caused the notification: a store-and-forward channel writes its own outbox rows there so
 * nothing is sent for a change that rolled back.
 */
export interface NotificationChannel {
  readonly name: string;
  deliver(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void>;
}

/** The inbox at GET /me/notifications. */
export class InAppChannel implements NotificationChannel {
  readonly name = 'in_app';

  async deliver(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void> {
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
}

/**
 * SMS (e.g. Aliyun or Tencent Cloud SMS with an approved template per kind). Not implemented:
 * an adapter looks up the volunteer's phone through the volunteers service (with consent),
 * writes a send request to the outbox in `deliver`, and a worker calls the provider.
 */
export interface SmsChannel extends NotificationChannel {
  readonly name: 'sms';
}

/**
 * WeChat subscription messages (公众号/小程序订阅消息) to the volunteer's openid. Not
 * implemented: needs the openid binding and a template id per kind; same outbox pattern as SMS.
 */
export interface WeChatChannel extends NotificationChannel {
  readonly name: 'wechat';
}

/** The channels named in config (`NOTIFICATION_CHANNELS`); unknown or unimplemented ones stop the boot. */
export function channelsFromConfig(names: string): NotificationChannel[] {
  return names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => {
      if (name === 'in_app') return new InAppChannel();
      throw new Error(`notification channel "${name}" is not implemented (only in_app); see notification-channel.ts`);
    });
}
