import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '#linli/platform';
import type { IdentityConfig } from '../identity.config.js';
import { IdentityErrors } from '../identity.errors.js';
import { AuthRepository } from './auth.repository.js';
import { accountKey, throttleKeys } from './auth.rules.js';

/**
 * Counts failed logins per account and per client address in a fixed window kept in
 * Postgres, so every replica sees the same counts. Past the limit: 429 with Retry-After.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly repository: AuthRepository,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  private keys(login: string, address: string) {
    return throttleKeys(login, address, {
      perAccount: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perAddress: this.config.LOGIN_MAX_FAILURES_PER_ADDRESS,
    });
  }

  async assertAllowed(login: string, address: string): Promise<void> {
    for (const { key, limit } of this.keys(login, address)) {
      const row = await this.repository.throttleWindow(this.ds.manager, key, this.config.LOGIN_WINDOW_SECONDS);
      if (row && row.failures >= limit) throw IdentityErrors.tooManyAttempts(Math.max(1, row.remaining));
    }
  }

  async recordFailure(login: string, address: string): Promise<void> {
    for (const { key } of this.keys(login, address)) {
      await this.repository.countFailure(this.ds.manager, key, this.config.LOGIN_WINDOW_SECONDS);
    }
  }

  async clearAccount(login: string): Promise<void> {
    await this.repository.clearThrottle(this.ds.manager, accountKey(login));
  }
}
