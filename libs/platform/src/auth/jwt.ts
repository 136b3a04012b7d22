import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Grant, Supervision } from '../context/caller.js';

/** What an access token says about its holder. Short-lived, so a revoked grant stops working within minutes. */
export interface AccessClaims {
  sub: string;
  /** Tenant (station) id; empty for the platform admin, who belongs to no station. */
  tid: string;
  grants: Grant[];
  /** The volunteer profile linked to this account, if any. */
  vid?: string;
  /** The stations a bureau officer supervises (aggregate figures only). */
  sup?: Supervision[];
  /** Set on tokens minted for scheduled jobs and service-to-service calls. */
  sys?: boolean;
  typ: 'access';
  jti: string;
  iat: number;
  exp: number;
}

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export class TokenError extends Error {
  constructor(readonly reason: 'malformed' | 'signature' | 'expired') {
    super(`token ${reason}`);
  }
}

/** How many verified tokens a process remembers (a few MB at most). */
const VERIFIED_CAPACITY = 10_000;

/**
 * HS256 JWTs signed with the deployment's secret; the gateway and every service verify with the same key.
 *
 * A token that verified once is remembered until it expires (bounded, oldest forgotten
 * first), so the several checks one request meets on its way (the gateway, the service's log
 * context, its handler) and a client's next requests with the same token cost a map lookup,
 * not an HMAC. Only the exact token string that passed is remembered; expiry is checked on
 * every use.
 */
export class TokenSigner {
  private readonly verified = new Map<string, AccessClaims>();

  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
  }

  sign(claims: Omit<AccessClaims, 'iat' | 'exp' | 'jti' | 'typ'>, ttlSeconds: number, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const body: AccessClaims = { ...claims, typ: 'access', jti: randomUUID(), iat, exp: iat + ttlSeconds };
    const payload = b64(JSON.stringify(body));
    return `${HEADER}.${payload}.${this.mac(`${HEADER}.${payload}`)}`;
  }

  verify(token: string, now = Date.now()): AccessClaims {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 <= now) {
        this.verified.delete(token);
        throw new TokenError('expired');
      }
      return known;
    }
    const claims = this.check(token, now);
    if (this.verified.size >= VERIFIED_CAPACITY) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  private check(token: string, now: number): AccessClaims {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) throw new TokenError('malformed');
    const expected = Buffer.from(this.mac(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new TokenError('signature');
    let claims: AccessClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as AccessClaims;
    } catch {
      throw new TokenError('malformed');
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !Array.isArray(claims.grants)) {
      throw new TokenError('malformed');
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) throw new TokenError('expired');
    // Shared by every request that presents the token: nobody may change it.
    for (const grant of claims.grants) Object.freeze(grant);
    Object.freeze(claims.grants);
    return Object.freeze(claims);
  }

  private mac(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}

let processSigner: TokenSigner | undefined;

/** Sets the key this process verifies tokens with (called at boot from validated config). */
export function configureTokens(secret: string): TokenSigner {
  processSigner = new TokenSigner(secret);
  return processSigner;
}

export function tokens(): TokenSigner {
  if (!processSigner) throw new Error('tokens not configured: call configureTokens(AUTH_SECRET) at boot');
  return processSigner;
}
