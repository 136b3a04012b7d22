import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A pending account's activation code, as `activate` checks it. */
export interface PendingActivation {
  userId: string;
  tenantId: string;
  codeHash: string;
  expiresAt: Date;
  attempts: number;
}

/** The only place that reads or writes the `activation_codes` table. */
@Injectable()
export class CredentialsRepository {
  /** One live code per user: a new one replaces the old and resets its attempts. */
  async saveActivationCode(manager: EntityManager, userId: string, codeHash: string, createdBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO activation_codes (user_id, code_hash, expires_at, created_by) VALUES ($1, $2, now() + interval '72 hours', $3)
       ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0,
         created_by = EXCLUDED.created_by, created_at = now()`,
      [userId, codeHash, createdBy],
    );
  }

  /** The code of the account with this phone still waiting for activation, locked until the transaction ends. */
  async pendingForUpdate(manager: EntityManager, phone: string): Promise<PendingActivation | undefined> {
    const [row] = await manager.query(
      `SELECT u.id AS "userId", u.tenant_id AS "tenantId", c.code_hash AS "codeHash", c.expires_at AS "expiresAt", c.attempts
         FROM users u JOIN activation_codes c ON c.user_id = u.id
        WHERE u.phone = $1 AND u.status = 'pending_activation' FOR UPDATE OF c`,
      [phone],
    );
    return row;
  }

  async countFailedAttempt(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE activation_codes SET attempts = attempts + 1 WHERE user_id = $1', [userId]);
  }

  async deleteActivationCode(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('DELETE FROM activation_codes WHERE user_id = $1', [userId]);
  }
}
