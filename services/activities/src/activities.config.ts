import { IsIn, IsString } from 'class-validator';
import { ServiceConfig } from '#linli/platform';

/** Channels notifications go out on; `in_app` is the inbox at GET /me/notifications. */
export const NOTIFICATION_CHANNEL_NAMES = ['in_app', 'sms', 'wechat'] as const;

export class ActivitiesConfig extends ServiceConfig {
  /**
   * Comma-separated delivery channels. Only `in_app` is implemented; `sms` and `wechat` are
   * interfaces awaiting a provider (see notifications/notification-channel.ts) and refuse to boot.
   */
  @IsString()
  NOTIFICATION_CHANNELS: string = 'in_app';

  /** Run the reminder and no-show job on a schedule (tests call `run(now)` themselves). */
  @IsIn(['true', 'false'])
  ACTIVITIES_JOBS: string = 'true';
}
