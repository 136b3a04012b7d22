import { generateKeyPairSync, randomUUID } from 'node:crypto';

/** A freshly generated signing key: the private JWK to sign with and the public JWK verifiers list. */
export interface TokenKeyPair {
  kid: string;
  privateJwk: Record<string, string>;
  publicJwk: Record<string, string>;
}

/**
 * An Ed25519 key pair for access tokens (EdDSA), named by a new `kid`: what the local launcher
 * and the tests hand out when no keys are configured. Uses `node:crypto` only, so the
 * launcher's process stays light.
 */
export function generateTokenKeyPair(label: string): TokenKeyPair {
  const kid = `${label}-${randomUUID().slice(0, 8)}`;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const meta = { kid, alg: 'EdDSA', use: 'sig' };
  return {
    kid,
    privateJwk: { ...(privateKey.export({ format: 'jwk' }) as Record<string, string>), ...meta },
    publicJwk: { ...(publicKey.export({ format: 'jwk' }) as Record<string, string>), ...meta },
  };
}

/** The settings that hand a deployment's keys to its processes: the JWKS every one gets, the identity and service keys. */
export function tokenKeyEnv(identity: TokenKeyPair[], service: TokenKeyPair[]) {
  return {
    AUTH_PUBLIC_KEYS: JSON.stringify({ keys: [...identity, ...service].map((k) => k.publicJwk) }),
    AUTH_IDENTITY_KEY: JSON.stringify(identity[0].privateJwk),
    AUTH_SERVICE_KEY: JSON.stringify(service[0].privateJwk),
  };
}
