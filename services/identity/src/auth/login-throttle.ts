import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '#linli/platform';
import type { IdentityConfig } from '../identity.config.js';
import { IdentityErrors } from '../users/identity.exception.js';

/**
 * Counts failed logins per account and per client address in a fixed window kept in
 * Postgres, so every replica sees the same counts. Past the limit: 429 with Retry-After.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  keys(login: string, address: string) {
    return [
      { key: `account:${login.toLowerCase()}`, limit: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT },
      { key: `address:${address}`, limit: this.config.LOGIN_MAX_FAILURES_PER_ADDRESS },
    ];
  }

  async assertAllowed(login: string, address: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    for (const { key, limit } of this.keys(login, address)) {
      const [row] = await this.ds.query(
        `SELECT failures, extract(epoch FROM (window_start + make_interval(secs => $2)) - now())::int AS remaining
           FROM login_throttle WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
        [key, window],
      );
      if (row && row.failures >= limit) throw IdentityErrors.tooManyAttempts(Math.max(1, row.remaining));
    }
  }

  async recordFailure(login: string, address: string): Promise<void> {
    for (const { key } of this.keys(login, address)) {
      await this.ds.query(
        `INSERT INTO login_throttle (key, window_start, failures) VALUES ($1, now(), 1)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.failures + 1 ELSE 1 END,
           window_start = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.window_start ELSE now() END`,
        [key, this.config.LOGIN_WINDOW_SECONDS],
      );
    }
  }

  async clearAccount(login: string): Promise<void> {
    await this.ds.query('DELETE FROM login_throttle WHERE key = $1', [`account:${login.toLowerCase()}`]);
  }
}
