import { IsInt, Min } from 'class-validator';
import { ServiceConfig } from '#linli/platform';

export class IdentityConfig extends ServiceConfig {
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS: number = 30 * 24 * 3600;

  /** Failed logins per account within the window before 429. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT: number = 5;

  /** Failed logins per client address within the window before 429. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS: number = 30;

  @IsInt()
  @Min(10)
  LOGIN_WINDOW_SECONDS: number = 900;
}
