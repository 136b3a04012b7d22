import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  ttlSeconds: number;
}

/** The only place that reads or writes the `refresh_tokens` and `login_throttle` tables. */
@Injectable()
export class AuthRepository {
  async insertRefreshToken(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [token.id, token.userId, token.familyId, token.tokenHash, token.ttlSeconds],
    );
  }

  /** The refresh token with this hash, locked until the transaction ends. */
  async refreshTokenForUpdate(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await manager.query(
      `SELECT id, user_id AS "userId", family_id AS "familyId", expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row;
  }

  async refreshToken(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<Pick<RefreshTokenRow, 'familyId' | 'userId'> | undefined> {
    const [row] = await manager.query(
      'SELECT family_id AS "familyId", user_id AS "userId" FROM refresh_tokens WHERE token_hash = $1',
      [tokenHash],
    );
    return row;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [id]);
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [
      familyId,
    ]);
  }

  /** Failures counted under `key` in the current window, and the seconds until it closes. */
  async throttleWindow(
    manager: EntityManager,
    key: string,
    windowSeconds: number,
  ): Promise<{ failures: number; remaining: number } | undefined> {
    const [row] = await manager.query(
      `SELECT failures, extract(epoch FROM (window_start + make_interval(secs => $2)) - now())::int AS remaining
         FROM login_throttle WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    return row;
  }

  /** One more failure under `key`: counted in the open window, or the first of a new one. */
  async countFailure(manager: EntityManager, key: string, windowSeconds: number): Promise<void> {
    await manager.query(
      `INSERT INTO login_throttle (key, window_start, failures) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.window_start ELSE now() END`,
      [key, windowSeconds],
    );
  }

  async clearThrottle(manager: EntityManager, key: string): Promise<void> {
    await manager.query('DELETE FROM login_throttle WHERE key = $1', [key]);
  }
}
