import { randomUUID } from 'node:crypto';
import type { CallerContext, Supervision } from '../context/caller.js';
import { DomainException } from '../errors/domain.exception.js';
import { TokenError, tokens, type AccessClaims, type ClaimsToSign } from './jwt.js';

export const AuthErrors = {
  missing: () => new DomainException('AUTH.UNAUTHENTICATED', 401, '请先登录 / Authentication required'),
  invalid: () => new DomainException('AUTH.TOKEN_INVALID', 401, '登录凭证无效 / The access token is invalid'),
  expired: () =>
    new DomainException('AUTH.TOKEN_EXPIRED', 401, '登录已过期，请重新登录 / The access token has expired'),
};

export function claimsToCaller(claims: AccessClaims, token: string, requestId: string): CallerContext {
  return {
    requestId,
    tenantId: claims.tid,
    userId: claims.sub,
    grants: claims.grants,
    token,
    ...(claims.vid ? { volunteerId: claims.vid } : {}),
    ...(claims.sys ? { system: true } : {}),
    ...(claims.sup?.length ? { supervises: claims.sup } : {}),
  };
}

/** Verifies `Bearer <token>` and turns it into the caller; 401 with a precise code otherwise. */
export async function callerFromAuthorization(header: string | undefined, requestId: string): Promise<CallerContext> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw AuthErrors.missing();
  try {
    return claimsToCaller(await tokens().verify(match[1]), match[1], requestId);
  } catch (error) {
    if (error instanceof TokenError) throw error.reason === 'expired' ? AuthErrors.expired() : AuthErrors.invalid();
    throw error;
  }
}

/**
 * A token a service mints for itself, signed with the service key (the shared secret under
 * HS256). The context is needed at once and the token only when a call goes out, so the
 * context carries the signing in progress; `ServiceClient` waits for it. A failure still
 * reaches the call that awaits it; nobody else is left with an unhandled rejection.
 */
function serviceToken(claims: ClaimsToSign, ttlSeconds: number): Promise<string> {
  const token = tokens().signService(claims, ttlSeconds);
  token.catch(() => undefined);
  return token;
}

/**
 * The explicit identity of scheduled jobs and service-to-service calls: acts for one station
 * (everywhere in its tree), never for a user, with a token that lives five minutes.
 */
export function systemCaller(tenantId: string, service: string, rootPath = '/'): CallerContext {
  const grants = [{ role: 'station_head' as const, tierNodeId: '', tierPath: rootPath }];
  const token = serviceToken({ sub: `system:${service}`, tid: tenantId, grants, sys: true }, 300);
  return { requestId: randomUUID(), tenantId, userId: `system:${service}`, grants, system: true, token };
}

/**
 * A bureau officer seen from inside one station they supervise: the `bureau_officer` role at
 * the station's root, which each service allows only on its aggregate counts. Minted by the
 * service that assembles a roll-up, for its onward calls, with a token that lives two minutes.
 */
export function supervisingCaller(officer: CallerContext, station: Supervision): CallerContext {
  const grants = [{ role: 'bureau_officer' as const, tierNodeId: '', tierPath: station.tierPath }];
  const token = serviceToken({ sub: officer.userId, tid: station.stationId, grants }, 120);
  return { requestId: officer.requestId, tenantId: station.stationId, userId: officer.userId, grants, token };
}
