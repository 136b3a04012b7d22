import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActivateDto, LoginDto, MeDto, TokenResponse } from '#linli/contracts';
import { SERVICE_CONFIG, tokens, type CallerContext, type Grant } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { CredentialsRepository } from '../credentials/credentials.repository.js';
import { activationUsable } from '../credentials/credentials.rules.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../credentials/password.js';
import { GrantsRepository } from '../grants/grants.repository.js';
import type { IdentityConfig } from '../identity.config.js';
import { IdentityErrors } from '../identity.errors.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersRepository, type TenantUserRow } from '../users/users.repository.js';
import { AuthRepository } from './auth.repository.js';
import { auditedLogin, loginOf, refreshVerdict } from './auth.rules.js';
import { LoginThrottle } from './login-throttle.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Sessions: how a caller comes to be (login, activation), stays (refresh) and ends (logout). */
@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly repository: AuthRepository,
    private readonly users: UsersRepository,
    private readonly grants: GrantsRepository,
    private readonly stations: StationsRepository,
    private readonly credentials: CredentialsService,
    private readonly codes: CredentialsRepository,
    private readonly auditLog: AuditRepository,
    private readonly throttle: LoginThrottle,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** Generic refusal for a wrong phone or password: nothing tells which was wrong. */
  async login(credentials: LoginDto, address: string): Promise<TokenResponse> {
    const given = loginOf(credentials);
    if (!given) throw IdentityErrors.loginMissing();
    const { by, login } = given;
    await this.throttle.assertAllowed(login, address);
    const user = await this.users.findForLogin(this.ds.manager, by, login);
    const ok =
      user && user.status === 'active' && user.passwordHash
        ? await verifyPassword(user.passwordHash, credentials.password)
        : await verifyAgainstDummy(credentials.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(login, address);
      await this.auditLog.record(this.ds.manager, {
        tenantId: user?.tenantId ?? null,
        actorId: user?.id ?? null,
        action: 'login.failed',
        details: { address, login: auditedLogin(by, login) },
      });
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.clearAccount(login);
    return this.ds.transaction(async (manager) => {
      await this.users.touchLastLogin(manager, user.id);
      await this.auditLog.record(manager, {
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
      const row = await this.repository.refreshTokenForUpdate(manager, sha256(refreshToken));
      const verdict = refreshVerdict(row, new Date());
      if (!row || verdict === 'invalid') return undefined;
      if (verdict === 'reused') {
        await this.repository.revokeFamily(manager, row.familyId);
        await this.auditLog.record(manager, {
          tenantId: null,
          actorId: row.userId,
          action: 'refresh.reused',
          details: { familyId: row.familyId },
        });
        return undefined;
      }
      await this.repository.markUsed(manager, row.id);
      const user = await this.users.find(manager, row.userId);
      if (!user || user.status !== 'active') return undefined;
      return this.issue(manager, user, row.familyId);
    });
    if (!outcome) throw IdentityErrors.refreshInvalid();
    return outcome;
  }

  /** Ends the session: every token of this refresh token's family stops working. */
  async logout(refreshToken: string): Promise<{ loggedOut: true }> {
    await this.ds.transaction(async (manager) => {
      const row = await this.repository.refreshToken(manager, sha256(refreshToken));
      if (!row) return;
      await this.repository.revokeFamily(manager, row.familyId);
      await this.auditLog.record(manager, { tenantId: null, actorId: row.userId, action: 'logout' });
    });
    return { loggedOut: true };
  }

  /** A leader-registered account sets its password with the one-time code handed to the person. */
  async activate(activation: ActivateDto, address: string): Promise<TokenResponse> {
    await this.throttle.assertAllowed(activation.phone, address);
    const result = await this.ds.transaction(async (manager) => {
      const pending = await this.codes.pendingForUpdate(manager, activation.phone);
      if (!pending || !activationUsable(pending, new Date())) return undefined;
      if (!this.credentials.codeMatches(pending.userId, activation.code, pending.codeHash)) {
        await this.codes.countFailedAttempt(manager, pending.userId);
        return undefined;
      }
      await this.users.activate(manager, pending.userId, await hashPassword(activation.password));
      await this.codes.deleteActivationCode(manager, pending.userId);
      await this.auditLog.record(manager, {
        tenantId: pending.tenantId,
        actorId: pending.userId,
        action: 'account.activated',
        details: { address },
      });
      const user = (await this.users.find(manager, pending.userId))!;
      return this.issue(manager, user, randomUUID());
    });
    if (!result) {
      await this.throttle.recordFailure(activation.phone, address);
      throw IdentityErrors.activationInvalid();
    }
    return result;
  }

  async me(caller: CallerContext): Promise<MeDto> {
    const user = await this.users.find(this.ds.manager, caller.userId);
    if (!user || user.tenantId !== caller.tenantId) throw IdentityErrors.userNotFound(caller.userId);
    const grants = await this.grants.live(this.ds.manager, [user.id]);
    const station = await this.stations.find(this.ds.manager, user.tenantId);
    return { ...toUserDto(user, grants, true), stationId: station?.id ?? null, stationName: station?.name ?? null };
  }

  private async issue(manager: EntityManager, user: TenantUserRow, familyId: string): Promise<TokenResponse> {
    const grants = await this.grants.live(manager, [user.id]);
    // A bureau officer's grants are in the stations they supervise, not in their own tenant: the
    // token carries them apart, so no station-scoped check ever reads them as a role there.
    const claimsGrants: Grant[] = grants
      .filter((g) => g.role !== 'bureau_officer')
      .map((g) => ({ role: g.role, tierNodeId: g.tierNodeId ?? '', tierPath: g.tierPath }));
    const supervised = await this.grants.supervisions(manager, [user.id]);
    const accessToken = await tokens().sign(
      {
        sub: user.id,
        tid: user.tenantId,
        grants: claimsGrants,
        ...(user.volunteerId ? { vid: user.volunteerId } : {}),
        ...(supervised.length ? { sup: supervised.map(({ stationId, tierPath }) => ({ stationId, tierPath })) } : {}),
      },
      this.config.ACCESS_TOKEN_TTL_SECONDS,
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await this.repository.insertRefreshToken(manager, {
      id: randomUUID(),
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      ttlSeconds: this.config.REFRESH_TOKEN_TTL_SECONDS,
    });
    return {
      accessToken,
      refreshToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: toUserDto(user, grants, true),
    };
  }
}
