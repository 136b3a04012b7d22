import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActivateDto, LoginDto, MeDto, TokenResponse } from '#linli/contracts';
import { SERVICE_CONFIG, tokens, type CallerContext, type Grant } from '#linli/platform';
import { audit } from '../audit/audit.js';
import type { IdentityConfig } from '../identity.config.js';
import { IdentityErrors } from '../users/identity.exception.js';
import { toUserDto, type GrantRow, type UserRow } from '../users/user.mapper.js';
import { UsersService } from '../users/users.service.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** Generic refusal for a wrong phone or password: nothing tells which was wrong. */
  async login(credentials: LoginDto, address: string): Promise<TokenResponse> {
    const login = credentials.phone?.trim() || credentials.username?.trim().toLowerCase();
    if (!login) throw IdentityErrors.loginMissing();
    await this.throttle.assertAllowed(login, address);
    const [user]: (UserRow & { passwordHash: string | null; tenantId: string })[] = await this.ds.query(
      `SELECT id, tenant_id AS "tenantId", name, phone, username, status, volunteer_id AS "volunteerId", password_hash AS "passwordHash"
         FROM users WHERE ${credentials.phone ? 'phone' : 'username'} = $1`,
      [login],
    );
    const ok =
      user && user.status === 'active' && user.passwordHash
        ? await verifyPassword(user.passwordHash, credentials.password)
        : await verifyAgainstDummy(credentials.password);
    if (!ok) {
      await this.throttle.recordFailure(login, address);
      await audit(this.ds.manager, {
        tenantId: user?.tenantId ?? null,
        actorId: user?.id ?? null,
        action: 'login.failed',
        details: { address, login: credentials.phone ? `${login.slice(0, 3)}****${login.slice(-4)}` : login },
      });
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.clearAccount(login);
    return this.ds.transaction(async (manager) => {
      await manager.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
      await audit(manager, {
        tenantId: user.tenantId,
        actorId: user.id,
        action: 'login.succeeded',
        details: { address },
      });
      return this.issue(manager, user, randomUUID());
    });
  }

  /** Rotates a refresh token; presenting one already used revokes its whole family (it was stolen or replayed). */
  async refresh(refreshToken: string): Promise<TokenResponse> {
    const outcome = await this.ds.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT id, user_id AS "userId", family_id AS "familyId", expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken)],
      );
      if (!row || row.revokedAt || new Date(row.expiresAt) <= new Date()) return { error: true as const };
      if (row.usedAt) {
        await manager.query(
          'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
          [row.familyId],
        );
        await audit(manager, {
          tenantId: null,
          actorId: row.userId,
          action: 'refresh.reused',
          details: { familyId: row.familyId },
        });
        return { error: true as const };
      }
      await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      const user = await this.users.findRow(manager, row.userId);
      if (!user || user.status !== 'active') return { error: true as const };
      return { tokens: await this.issue(manager, user, row.familyId) };
    });
    if ('error' in outcome) throw IdentityErrors.refreshInvalid();
    return outcome.tokens;
  }

  /** Ends the session: every token of this refresh token's family stops working. */
  async logout(refreshToken: string): Promise<{ loggedOut: true }> {
    await this.ds.transaction(async (manager) => {
      const [row] = await manager.query(
        'SELECT family_id AS "familyId", user_id AS "userId" FROM refresh_tokens WHERE token_hash = $1',
        [sha256(refreshToken)],
      );
      if (!row) return;
      await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [
        row.familyId,
      ]);
      await audit(manager, { tenantId: null, actorId: row.userId, action: 'logout' });
    });
    return { loggedOut: true };
  }

  /** A leader-registered account sets its password with the one-time code handed to the person. */
  async activate(activation: ActivateDto, address: string): Promise<TokenResponse> {
    await this.throttle.assertAllowed(activation.phone, address);
    const result = await this.ds.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT u.id, u.tenant_id AS "tenantId", c.code_hash AS "codeHash", c.expires_at AS "expiresAt", c.attempts
           FROM users u JOIN activation_codes c ON c.user_id = u.id
          WHERE u.phone = $1 AND u.status = 'pending_activation' FOR UPDATE OF c`,
        [activation.phone],
      );
      if (!row || new Date(row.expiresAt) <= new Date() || row.attempts >= 5) return null;
      if (row.codeHash !== this.codeHash(row.id, activation.code)) {
        await manager.query('UPDATE activation_codes SET attempts = attempts + 1 WHERE user_id = $1', [row.id]);
        return null;
      }
      await manager.query(`UPDATE users SET status = 'active', password_hash = $2, updated_at = now() WHERE id = $1`, [
        row.id,
        await hashPassword(activation.password),
      ]);
      await manager.query('DELETE FROM activation_codes WHERE user_id = $1', [row.id]);
      await audit(manager, {
        tenantId: row.tenantId,
        actorId: row.id,
        action: 'account.activated',
        details: { address },
      });
      const user = (await this.users.findRow(manager, row.id))!;
      return this.issue(manager, user, randomUUID());
    });
    if (!result) {
      await this.throttle.recordFailure(activation.phone, address);
      throw IdentityErrors.activationInvalid();
    }
    return result;
  }

  async me(caller: CallerContext): Promise<MeDto> {
    const user = await this.users.findRow(this.ds.manager, caller.userId);
    if (!user || user.tenantId !== caller.tenantId) throw IdentityErrors.userNotFound(caller.userId);
    const grants = await this.users.liveGrants(this.ds.manager, [user.id]);
    const [station] = await this.ds.query('SELECT tenant_id AS id, name FROM stations WHERE tenant_id = $1', [
      user.tenantId,
    ]);
    return { ...toUserDto(user, grants, true), stationId: station?.id ?? null, stationName: station?.name ?? null };
  }

  /** A fresh one-time code (6 digits, 72 h, 5 tries), stored keyed to the user so a leaked table is useless. */
  async newActivationCode(manager: EntityManager, userId: string, createdBy: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await manager.query(
      `INSERT INTO activation_codes (user_id, code_hash, expires_at, created_by) VALUES ($1, $2, now() + interval '72 hours', $3)
       ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0,
         created_by = EXCLUDED.created_by, created_at = now()`,
      [userId, this.codeHash(userId, code), createdBy],
    );
    return code;
  }

  private codeHash(userId: string, code: string): string {
    return createHmac('sha256', this.config.AUTH_SECRET).update(`${userId}:${code}`).digest('hex');
  }

  private async issue(
    manager: EntityManager,
    user: UserRow & { tenantId: string },
    familyId: string,
  ): Promise<TokenResponse> {
    const grants = await this.users.liveGrants(manager, [user.id]);
    const claimsGrants: Grant[] = grants.map((g: GrantRow) => ({
      role: g.role,
      tierNodeId: g.tierNodeId ?? '',
      tierPath: g.tierPath,
    }));
    const accessToken = tokens().sign(
      {
        sub: user.id,
        tid: user.tenantId,
        grants: claimsGrants,
        ...(user.volunteerId ? { vid: user.volunteerId } : {}),
      },
      this.config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [randomUUID(), user.id, familyId, sha256(refreshToken), this.config.REFRESH_TOKEN_TTL_SECONDS],
    );
    return {
      accessToken,
      refreshToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: toUserDto(user, grants, true),
    };
  }
}
