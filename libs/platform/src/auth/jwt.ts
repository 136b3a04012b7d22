import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Grant, Supervision } from '../context/caller.js';
import type { PublicTokenKey, SigningTokenKey, TokenKeySet } from './token-keys.js';

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

/** The claims a signer is given; it adds `typ`, `jti`, `iat` and `exp`. */
export type ClaimsToSign = Omit<AccessClaims, 'iat' | 'exp' | 'jti' | 'typ'>;

export class TokenError extends Error {
  constructor(readonly reason: 'malformed' | 'signature' | 'expired') {
    super(`token ${reason}`);
  }
}

/** How many verified tokens a process remembers (a few MB at most). */
const VERIFIED_CAPACITY = 10_000;

type Signing = { key: SigningTokenKey | Uint8Array; alg: string; kid?: string };

/**
 * Signs and verifies access tokens with `jose`.
 *
 * With a key set (`AUTH_PUBLIC_KEYS`), tokens are EdDSA or ES256 with a `kid`, and a token
 * verifies against whichever listed public key its `kid` names, so a new signing key rolls out
 * while tokens signed by the previous one keep working until they expire. Users' tokens are
 * signed by the identity service's key; tokens services mint for themselves by the service key
 * (docs/ARCHITECTURE.md, "Access tokens and keys"). A process holding only public keys can
 * verify and never sign. With a bare secret (`AUTH_SECRET` alone), tokens are HS256, signed and
 * verified with it everywhere: the fallback. No other algorithm is ever accepted: not `none`,
 * not HS256 under a key set (the public key used as an HMAC secret).
 *
 * A token that verified once is remembered until it expires (bounded, oldest forgotten
 * first), so the several checks one request meets on its way (the gateway, the service's log
 * context, its handler) and a client's next requests with the same token cost a map lookup,
 * not a signature check. Only the exact token string that passed is remembered; expiry is
 * checked on every use.
 */
export class TokenSigner {
  private readonly verified = new Map<string, AccessClaims>();
  private readonly secret?: Uint8Array;
  private readonly keySet?: JWTVerifyGetKey;
  private readonly algorithms: string[];
  private identity?: Signing;
  private service?: Signing;
  /** Names the verification keys; signers of one keyring may pool their signing keys. */
  readonly keyring: string;

  constructor(keys: TokenKeySet | string) {
    if (typeof keys === 'string') {
      if (keys.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
      const secret = new TextEncoder().encode(keys);
      this.secret = secret;
      this.algorithms = ['HS256'];
      this.identity = this.service = { key: secret, alg: 'HS256' };
      this.keyring = 'HS256';
      return;
    }
    if (keys.publicKeys.length === 0) throw new Error('no public keys to verify tokens with');
    this.keySet = createLocalJWKSet({ keys: keys.publicKeys.map((k) => ({ ...k })) });
    this.algorithms = [...new Set(keys.publicKeys.map((k) => k.alg))];
    if (keys.identityKey) this.identity = signingOf(keys.identityKey);
    if (keys.serviceKey) this.service = signingOf(keys.serviceKey);
    this.keyring = keyringOf(keys.publicKeys);
  }

  /** Whether this process can sign users' access tokens (the identity service). */
  get signsAccessTokens(): boolean {
    return this.identity !== undefined;
  }

  /** Whether this process can mint tokens for its own jobs and onward calls (every service). */
  get signsServiceTokens(): boolean {
    return this.service !== undefined;
  }

  /** A user's access token, signed with the identity key (or the shared secret). */
  sign(claims: ClaimsToSign, ttlSeconds: number, now = Date.now()): Promise<string> {
    if (!this.identity) {
      return Promise.reject(
        new Error('AUTH_IDENTITY_KEY is not configured: only the identity service signs access tokens'),
      );
    }
    return this.issue(this.identity, claims, ttlSeconds, now);
  }

  /** A token a service mints for a job, a service-to-service call or a roll-up, signed with the service key. */
  signService(claims: ClaimsToSign, ttlSeconds: number, now = Date.now()): Promise<string> {
    if (!this.service) {
      return Promise.reject(new Error('AUTH_SERVICE_KEY is not configured: this process cannot mint tokens'));
    }
    return this.issue(this.service, claims, ttlSeconds, now);
  }

  /** Checks a token and returns its claims; `TokenError` says why one is refused. */
  async verify(token: string, now = Date.now()): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 <= now) {
        this.verified.delete(token);
        throw new TokenError('expired');
      }
      return known;
    }
    const claims = await this.check(token, now);
    if (this.verified.size >= VERIFIED_CAPACITY) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  /**
   * Signing keys another signer of the same keyring holds and this one does not: one process
   * may host several apps (tests run the gateway and every service together), and the keys one
   * brought stay usable when the next configures the process.
   */
  pooledWith(previous: TokenSigner | undefined): TokenSigner {
    if (!previous || previous.keyring !== this.keyring) return this;
    this.identity ??= previous.identity;
    this.service ??= previous.service;
    return this;
  }

  private issue(signing: Signing, claims: ClaimsToSign, ttlSeconds: number, now: number): Promise<string> {
    const iat = Math.floor(now / 1000);
    return new SignJWT({ ...claims, typ: 'access' })
      .setProtectedHeader({ alg: signing.alg, typ: 'JWT', ...(signing.kid ? { kid: signing.kid } : {}) })
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(signing.key);
  }

  private async check(token: string, now: number): Promise<AccessClaims> {
    let unverified: JWTPayload;
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(token).kid;
      unverified = decodeJwt(token);
    } catch {
      throw new TokenError('malformed');
    }
    // Expiry is told apart before the signature so a client refreshes, rather than signing out,
    // when its token is past its time whichever key signed it: one rotated out since, or the
    // HS256 secret before the key set replaced it. It accepts nothing: every token that is not
    // refused here is verified below.
    if (typeof unverified.exp === 'number' && unverified.exp * 1000 <= now) throw new TokenError('expired');
    // Under a key set every token names its key; one without a kid is nobody's.
    if (this.keySet && typeof kid !== 'string') throw new TokenError('malformed');
    let payload: JWTPayload;
    try {
      const options = { algorithms: this.algorithms, requiredClaims: ['exp'], currentDate: new Date(now) };
      ({ payload } = this.keySet
        ? await jwtVerify(token, this.keySet, options)
        : await jwtVerify(token, this.secret!, options));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new TokenError('expired');
      if (error instanceof joseErrors.JWTInvalid || error instanceof joseErrors.JWTClaimValidationFailed) {
        throw new TokenError('malformed');
      }
      throw new TokenError('signature');
    }
    const claims = payload as unknown as AccessClaims;
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !Array.isArray(claims.grants)) {
      throw new TokenError('malformed');
    }
    // Shared by every request that presents the token: nobody may change it.
    for (const grant of claims.grants) Object.freeze(grant);
    Object.freeze(claims.grants);
    return Object.freeze(claims);
  }
}

function signingOf(key: SigningTokenKey): Signing {
  return { key: { ...key }, alg: key.alg, kid: key.kid };
}

function keyringOf(keys: PublicTokenKey[]): string {
  return keys
    .map((k) => `${k.kid}:${k.alg}:${k.x}:${k.y ?? ''}`)
    .sort()
    .join(',');
}

let processSigner: TokenSigner | undefined;

/**
 * Sets the keys this process signs and verifies tokens with (called at boot from validated
 * config): a key set, or `AUTH_SECRET` alone for HS256.
 */
export function configureTokens(keys: TokenKeySet | string): TokenSigner {
  processSigner = new TokenSigner(keys).pooledWith(processSigner);
  return processSigner;
}

export function tokens(): TokenSigner {
  if (!processSigner) throw new Error('tokens not configured: call configureTokens(keys) at boot');
  return processSigner;
}

/** Whether `configureTokens` has run in this process. */
export function tokensConfigured(): boolean {
  return processSigner !== undefined;
}
