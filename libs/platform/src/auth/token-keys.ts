import { createPrivateKey, createPublicKey, type JsonWebKey } from 'node:crypto';

/** The asymmetric algorithms access tokens may be signed with. */
export type TokenAlgorithm = 'EdDSA' | 'ES256';

/** A public key in JWK form, as verifiers hold it: `kid` and `alg` always set. */
export interface PublicTokenKey extends JsonWebKey {
  kid: string;
  alg: TokenAlgorithm;
}

/** A private key in JWK form, as a signing process holds it: `kid` and `alg` always set. */
export interface SigningTokenKey extends JsonWebKey {
  kid: string;
  alg: TokenAlgorithm;
  d: string;
}

/**
 * What a process signs and verifies access tokens with: the deployment's public keys
 * (current and previous, of the identity service and of the services), and at most one key
 * of each kind to sign with.
 */
export interface TokenKeySet {
  publicKeys: PublicTokenKey[];
  /** Signs users' access tokens; only the identity service holds it. */
  identityKey?: SigningTokenKey;
  /** Signs the tokens services mint for jobs, service-to-service calls and a bureau officer's roll-up. */
  serviceKey?: SigningTokenKey;
}

/** A key the configuration refused, with the reason an operator can act on. */
export class TokenKeyError extends Error {}

function algorithmOf(jwk: JsonWebKey): TokenAlgorithm {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  throw new TokenKeyError(`unsupported key type ${jwk.kty}/${jwk.crv ?? '-'} (use OKP Ed25519 or EC P-256)`);
}

function checkedJwk(value: unknown, where: string): JsonWebKey & { kid: string; alg: TokenAlgorithm } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TokenKeyError(`${where} is not a JWK`);
  const jwk = value as JsonWebKey & { kid?: unknown; alg?: unknown };
  if (typeof jwk.kid !== 'string' || !jwk.kid.trim()) throw new TokenKeyError(`${where} has no "kid"`);
  const alg = algorithmOf(jwk);
  if (jwk.alg !== undefined && jwk.alg !== alg) {
    throw new TokenKeyError(`${where} (kid ${jwk.kid}) says alg ${String(jwk.alg)} but is a ${alg} key`);
  }
  return { ...jwk, kid: jwk.kid, alg };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new TokenKeyError(`${name} is not JSON`);
  }
}

/**
 * Reads `AUTH_PUBLIC_KEYS`: a JWKS (`{"keys":[…]}`) or a JSON array of public JWKs, each with
 * a distinct `kid`. Private members are refused, so a key that signs never travels as one that
 * only verifies.
 */
export function readPublicKeys(text: string, name = 'AUTH_PUBLIC_KEYS'): PublicTokenKey[] {
  const parsed = parseJson(text, name);
  const list = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list) || list.length === 0) throw new TokenKeyError(`${name} holds no keys`);
  const seen = new Set<string>();
  return list.map((value, i) => {
    const jwk = checkedJwk(value, `${name} key ${i + 1}`);
    if ('d' in jwk) throw new TokenKeyError(`${name} key ${jwk.kid} is a private key: list public keys only`);
    if (seen.has(jwk.kid)) throw new TokenKeyError(`${name} lists kid ${jwk.kid} twice`);
    seen.add(jwk.kid);
    try {
      createPublicKey({ key: jwk, format: 'jwk' });
    } catch {
      throw new TokenKeyError(`${name} key ${jwk.kid} is not a valid ${jwk.alg} key`);
    }
    return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y ? { y: jwk.y } : {}), kid: jwk.kid, alg: jwk.alg };
  });
}

/** Reads a private JWK with a `kid` (`AUTH_IDENTITY_KEY`, `AUTH_SERVICE_KEY`). */
export function readSigningKey(text: string, name: string): SigningTokenKey {
  const jwk = checkedJwk(parseJson(text, name), name);
  if (typeof jwk.d !== 'string') throw new TokenKeyError(`${name} (kid ${jwk.kid}) is not a private key`);
  try {
    createPrivateKey({ key: jwk, format: 'jwk' });
  } catch {
    throw new TokenKeyError(`${name} (kid ${jwk.kid}) is not a valid ${jwk.alg} private key`);
  }
  return { ...jwk, d: jwk.d };
}

/** The public half of a signing key, as it must appear in `AUTH_PUBLIC_KEYS`. */
export function publicHalf(key: SigningTokenKey): PublicTokenKey {
  return { kty: key.kty, crv: key.crv, x: key.x, ...(key.y ? { y: key.y } : {}), kid: key.kid, alg: key.alg };
}

/** Refuses a signing key whose tokens the deployment's verifiers would not accept. */
export function checkSigningKeyIsPublished(key: SigningTokenKey, publicKeys: PublicTokenKey[], name: string): void {
  const published = publicKeys.find((k) => k.kid === key.kid);
  const own = publicHalf(key);
  if (!published) throw new TokenKeyError(`${name} (kid ${key.kid}) is not in AUTH_PUBLIC_KEYS`);
  if (published.alg !== own.alg || published.x !== own.x || published.y !== own.y) {
    throw new TokenKeyError(`${name} (kid ${key.kid}) does not match the AUTH_PUBLIC_KEYS key with that kid`);
  }
}

/** The settings a process reads its token keys from (`ServiceConfig`, `GatewayConfig`). */
export interface TokenKeySettings {
  AUTH_SECRET?: string;
  AUTH_PUBLIC_KEYS?: string;
  AUTH_IDENTITY_KEY?: string;
  AUTH_SERVICE_KEY?: string;
}

/**
 * The keys a validated config names: the asymmetric set when `AUTH_PUBLIC_KEYS` is set, else
 * `AUTH_SECRET` alone (HS256, the fallback). Throws `TokenKeyError` on a key that does not fit.
 */
export function tokenKeysOf(config: TokenKeySettings): TokenKeySet | string {
  if (!config.AUTH_PUBLIC_KEYS) {
    for (const name of ['AUTH_IDENTITY_KEY', 'AUTH_SERVICE_KEY'] as const) {
      if (config[name]) throw new TokenKeyError(`${name} needs AUTH_PUBLIC_KEYS, the keys verifiers trust`);
    }
    if (!config.AUTH_SECRET) throw new TokenKeyError('set AUTH_PUBLIC_KEYS (or AUTH_SECRET alone, for HS256)');
    return config.AUTH_SECRET;
  }
  const publicKeys = readPublicKeys(config.AUTH_PUBLIC_KEYS);
  const set: TokenKeySet = { publicKeys };
  if (config.AUTH_IDENTITY_KEY) {
    set.identityKey = readSigningKey(config.AUTH_IDENTITY_KEY, 'AUTH_IDENTITY_KEY');
    checkSigningKeyIsPublished(set.identityKey, publicKeys, 'AUTH_IDENTITY_KEY');
  }
  if (config.AUTH_SERVICE_KEY) {
    set.serviceKey = readSigningKey(config.AUTH_SERVICE_KEY, 'AUTH_SERVICE_KEY');
    checkSigningKeyIsPublished(set.serviceKey, publicKeys, 'AUTH_SERVICE_KEY');
  }
  if (set.identityKey && set.serviceKey && set.identityKey.kid === set.serviceKey.kid) {
    throw new TokenKeyError('AUTH_IDENTITY_KEY and AUTH_SERVICE_KEY must be different keys');
  }
  return set;
}
