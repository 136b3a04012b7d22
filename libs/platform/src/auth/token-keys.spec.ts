import { loadConfig } from '../config/config.js';
import { ServiceConfig } from '../config/service.config.js';
import { generateTokenKeyPair, tokenKeyEnv } from '../local/token-key-pair.js';
import { tokenKeysOf } from './token-keys.js';

const identity = generateTokenKeyPair('identity');
const service = generateTokenKeyPair('service');
const keys = tokenKeyEnv([identity], [service]);
const base = { DATABASE_URL: 'postgres://x/test', AUTH_SECRET: 's'.repeat(32) };
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(ServiceConfig, { ...base, ...env });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('token keys in the configuration', () => {
  it('reads a key set, and AUTH_SECRET alone as the HS256 fallback', () => {
    const config = loadConfig(ServiceConfig, { ...base, ...keys });
    const set = tokenKeysOf(config);
    expect(typeof set === 'object' && set.publicKeys.map((k) => [k.kid, k.alg])).toEqual([
      [identity.kid, 'EdDSA'],
      [service.kid, 'EdDSA'],
    ]);
    expect(typeof set === 'object' && [set.identityKey?.kid, set.serviceKey?.kid]).toEqual([identity.kid, service.kid]);
    expect(tokenKeysOf(loadConfig(ServiceConfig, base))).toBe(base.AUTH_SECRET);
  });

  it('stops the boot with the key and the reason when a key is malformed or does not fit', () => {
    const { AUTH_PUBLIC_KEYS, AUTH_SERVICE_KEY } = keys;
    expect(problems({ AUTH_PUBLIC_KEYS: '{"keys":[', AUTH_SERVICE_KEY })).toMatch(
      /AUTH_PUBLIC_KEYS: AUTH_PUBLIC_KEYS is not JSON/,
    );
    expect(problems({ AUTH_PUBLIC_KEYS: JSON.stringify([identity.privateJwk]), AUTH_SERVICE_KEY })).toMatch(
      /is a private key: list public keys only/,
    );
    expect(
      problems({ AUTH_PUBLIC_KEYS: JSON.stringify([{ ...identity.publicJwk, x: 'AAAA' }]), AUTH_SERVICE_KEY }),
    ).toMatch(/not a valid EdDSA key/);
    expect(problems({ AUTH_PUBLIC_KEYS: JSON.stringify([{ ...identity.publicJwk, kid: undefined }]) })).toMatch(
      /has no "kid"/,
    );
    expect(problems({ AUTH_PUBLIC_KEYS: JSON.stringify([{ kty: 'RSA', kid: 'r', n: 'x', e: 'AQAB' }]) })).toMatch(
      /unsupported key type RSA/,
    );
    expect(problems({ AUTH_PUBLIC_KEYS })).toMatch(/AUTH_SERVICE_KEY is required with AUTH_PUBLIC_KEYS/);
    expect(problems({ AUTH_PUBLIC_KEYS, AUTH_SERVICE_KEY: JSON.stringify(service.publicJwk) })).toMatch(
      /AUTH_SERVICE_KEY \(kid service-\w+\) is not a private key/,
    );
    const stranger = generateTokenKeyPair('service');
    expect(problems({ AUTH_PUBLIC_KEYS, AUTH_SERVICE_KEY: JSON.stringify(stranger.privateJwk) })).toMatch(
      /is not in AUTH_PUBLIC_KEYS/,
    );
    expect(
      problems({ AUTH_PUBLIC_KEYS, AUTH_SERVICE_KEY: JSON.stringify({ ...stranger.privateJwk, kid: service.kid }) }),
    ).toMatch(/does not match the AUTH_PUBLIC_KEYS key with that kid/);
    expect(problems({ AUTH_SERVICE_KEY })).toMatch(/AUTH_SERVICE_KEY needs AUTH_PUBLIC_KEYS/);
  });
});
