import type { EntityManager } from 'typeorm';
import { NotificationsRepository, type OutgoingNotification } from './notifications.repository.js';

export type { OutgoingNotification };

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
  private readonly repo = new NotificationsRepository();

  async deliver(manager: EntityManager, notifications: OutgoingNotification[]): Promise<void> {
    await this.repo.insertMany(manager, notifications);
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
