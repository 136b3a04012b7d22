import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  bootstrapService,
  configureTokens,
  loadConfig,
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

/** A caller with a real signed token, as the gateway would forward it. */
export function signedCaller(
  tenantId: string,
  grants: Grant[],
  userId = randomUUID(),
  volunteerId?: string,
): CallerContext {
  const token = configureTokens(TEST_SECRET).sign(
    { sub: userId, tid: tenantId, grants, ...(volunteerId ? { vid: volunteerId } : {}) },
    600,
  );
  return { requestId: randomUUID(), tenantId, userId, grants, token, ...(volunteerId ? { volunteerId } : {}) };
}
