import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG } from '#linli/platform';
import type { IdentityConfig } from '../identity.config.js';
import { CredentialsRepository } from './credentials.repository.js';

/**
 * One-time activation codes: handed out when a station head, a leader or the volunteers
 * service registers someone, and spent by `auth` when that person sets a password. Its own
 * feature so that registering (users, stations) and activating (auth) both use it without
 * depending on each other.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly codes: CredentialsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** A fresh one-time code (6 digits, 72 h, 5 tries), stored keyed to the user so a leaked table is useless. */
  async newActivationCode(manager: EntityManager, userId: string, createdBy: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.codes.saveActivationCode(manager, userId, this.codeHash(userId, code), createdBy);
    return code;
  }

  codeMatches(userId: string, code: string, storedHash: string): boolean {
    return storedHash === this.codeHash(userId, code);
  }

  private codeHash(userId: string, code: string): string {
    return createHmac('sha256', this.config.AUTH_SECRET).update(`${userId}:${code}`).digest('hex');
  }
}
