import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  bootstrapService,
  configureTokens,
  loadConfig,
  tokens,
  tokensConfigured,
  ServiceConfig,
  type CallerContext,
  type Grant,
} from '#linli/platform';

// Under tests an error code a handler answers without declaring it fails the call (handle.decorator.ts).
process.env.LINLI_STRICT_CONTRACTS ??= '1';

export interface ServiceHandle<M = unknown> {
  app: INestMicroservice;
  name: string;
  instance: string;
  close(): Promise<void>;
  get<T>(token: new (...args: never[]) => T): T;
  module?: M;
}

let counter = 0;

/** Config for a service under test: the test's database and NATS, quiet logs. */
export function testServiceConfig(
  env: { DATABASE_URL: string; NATS_URL: string } & Record<string, string>,
): ServiceConfig {
  return loadConfig(ServiceConfig, {
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
    SHUTDOWN_GRACE_MS: '100',
    RPC_TIMEOUT_MS: '5000',
    AUTH_SECRET: TEST_SECRET,
    ...env,
  });
}

/** Boots one replica of a service in this process, exactly as `main.ts` does, on the given config. */
export async function startServiceReplica(
  name: string,
  register: (config: ServiceConfig) => DynamicModule,
  config: ServiceConfig,
): Promise<ServiceHandle> {
  const instance = `${name}-test-${++counter}`;
  const replicaConfig = Object.assign(new ServiceConfig(), config, { SERVICE_INSTANCE: instance });
  const app = await bootstrapService({
    name,
    module: register(replicaConfig),
    natsUrl: replicaConfig.NATS_URL,
    shutdownGraceMs: replicaConfig.SHUTDOWN_GRACE_MS,
    logLevel: replicaConfig.LOG_LEVEL,
  });
  let closed = false;
  return {
    app,
    name,
    instance,
    get: (token) => app.get(token),
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}

export const TEST_SECRET = 'linli-test-secret-0123456789abcdef-0123456789';

/**
 * A caller with a real signed token, as the gateway would forward it: signed with the keys
 * the services under test were configured with (the identity key of a system with a key set),
 * else with `TEST_SECRET`. The token is signed by the time a `ServiceClient` sends it.
 */
export function signedCaller(
  tenantId: string,
  grants: Grant[],
  userId = randomUUID(),
  volunteerId?: string,
): CallerContext {
  const signer = tokensConfigured() ? tokens() : configureTokens(TEST_SECRET);
  const claims = { sub: userId, tid: tenantId, grants, ...(volunteerId ? { vid: volunteerId } : {}) };
  const token = signer.signsAccessTokens ? signer.sign(claims, 600) : signer.signService(claims, 600);
  token.catch(() => undefined);
  return { requestId: randomUUID(), tenantId, userId, grants, token, ...(volunteerId ? { volunteerId } : {}) };
}
