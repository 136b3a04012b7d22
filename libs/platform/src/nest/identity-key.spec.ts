import { ServiceConfig } from '../config/service.config.js';
import { loadConfig } from '../config/config.js';
import { generateTokenKeyPair, tokenKeyEnv } from '../local/token-key-pair.js';
import { PlatformModule } from './platform.module.js';

describe('a service on asymmetric token keys', () => {
  const keys = tokenKeyEnv([generateTokenKeyPair('identity')], [generateTokenKeyPair('service')]);
  const settings = {
    DATABASE_URL: 'postgres://linli@127.0.0.1:5432/linli',
    NATS_URL: 'nats://127.0.0.1:4222',
    AUTH_SECRET: 'x'.repeat(40),
    AUTH_PUBLIC_KEYS: keys.AUTH_PUBLIC_KEYS,
    AUTH_SERVICE_KEY: keys.AUTH_SERVICE_KEY!,
  };
  const data = { schema: 'identity', entities: [], migrations: [] };

  it('refuses to start the identity service without the key that signs access tokens', () => {
    const config = loadConfig(ServiceConfig, settings);
    expect(() => PlatformModule.forService({ name: 'identity', config, data })).toThrow(/AUTH_IDENTITY_KEY/);
  });

  it('starts the identity service with it, and any other service without it', () => {
    const withKey = loadConfig(ServiceConfig, { ...settings, AUTH_IDENTITY_KEY: keys.AUTH_IDENTITY_KEY! });
    expect(() => PlatformModule.forService({ name: 'identity', config: withKey, data })).not.toThrow();
    const other = loadConfig(ServiceConfig, settings);
    expect(() => PlatformModule.forService({ name: 'teams', config: other, data })).not.toThrow();
  });
});
