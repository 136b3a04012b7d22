import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#linli/contracts';
import { loadConfig, migrateServiceSchema, serviceDataSourceOptions, type ServiceConfig } from '#linli/platform';
import {
  createTestDatabase,
  startServiceReplica,
  startTestNats,
  TEST_SECRET,
  testServiceConfig,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
} from '#linli/testing';
import { createGateway } from '../../../gateway/src/gateway.app.js';
import { GatewayConfig } from '../../../gateway/src/gateway.config.js';
import { IdentityConfig } from '../../../services/identity/src/identity.config.js';
import { identityData } from '../../../services/identity/src/identity.data.js';
import { IdentityModule } from '../../../services/identity/src/identity.module.js';
import { seedDemoAccounts } from '../../../services/identity/src/seed/seed-demo.js';
import { OrganisationsModule } from '../../../services/organisations/src/organisations.module.js';
import { organisationsData } from '../../../services/organisations/src/organisations.data.js';
import { seedDemoStation } from '../../../services/organisations/src/seed/seed-demo.js';

export type Persona = (typeof DEMO_ACCOUNTS)[number]['key'];

export const TEST_AUTH_SECRET = TEST_SECRET;

export interface SystemOptions {
  label: string;
  seed?: boolean;
  organisationsReplicas?: number;
  rpcTimeoutMs?: number;
  identityEnv?: Record<string, string>;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type Client = Record<Method, (url: string) => request.Test>;

/**
 * The whole system for one e2e file: its own database and nats-server, real service replicas
 * and the real gateway, driven over HTTP with supertest, logged in as the demo personas.
 */
export class TestSystem {
  db: TestDatabase;
  nats: TestNats;
  gateway: INestApplication;
  organisations: ServiceHandle[] = [];
  identity: ServiceHandle[] = [];
  /** Connections to the services' schemas, to check what was stored. */
  orgData: DataSource;
  identityData: DataSource;
  serviceConfig: ServiceConfig;
  identityConfig: IdentityConfig;
  tokens = new Map<string, string>();

  static async start(options: SystemOptions): Promise<TestSystem> {
    const system = new TestSystem();
    await system.boot(options);
    return system;
  }

  private async boot(options: SystemOptions) {
    this.db = await createTestDatabase(options.label);
    this.nats = await startTestNats();
    const env = { DATABASE_URL: this.db.url, NATS_URL: this.nats.url, AUTH_SECRET: TEST_AUTH_SECRET };
    this.serviceConfig = testServiceConfig(env);
    this.identityConfig = loadConfig(IdentityConfig, { ...process.env, ...this.serviceConfigEnv(env), ...options.identityEnv });
    await migrateServiceSchema({ ...organisationsData, url: this.db.url });
    await migrateServiceSchema({ ...identityData, url: this.db.url });
    this.orgData = new DataSource(serviceDataSourceOptions({ ...organisationsData, url: this.db.url, poolSize: 3 }));
    this.identityData = new DataSource(serviceDataSourceOptions({ ...identityData, url: this.db.url, poolSize: 2 }));
    await this.orgData.initialize();
    await this.identityData.initialize();
    if (options.seed !== false) {
      await seedDemoStation(this.orgData);
      await seedDemoAccounts(this.identityData);
    }
    for (let i = 0; i < (options.organisationsReplicas ?? 1); i++) await this.addOrganisationsReplica();
    this.identity.push(await startServiceReplica('identity', (c) => IdentityModule.register(c as IdentityConfig), this.identityConfig));
    this.gateway = await createGateway(
      loadConfig(GatewayConfig, {
        NATS_URL: this.nats.url,
        AUTH_SECRET: TEST_AUTH_SECRET,
        RPC_TIMEOUT_MS: String(options.rpcTimeoutMs ?? 5000),
        HEALTH_TIMEOUT_MS: '1000',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
      }),
    );
    await this.gateway.init();
  }

  private serviceConfigEnv(env: Record<string, string>): Record<string, string> {
    return { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal', SHUTDOWN_GRACE_MS: '100', ...env };
  }

  async addOrganisationsReplica(): Promise<ServiceHandle> {
    const handle = await startServiceReplica('organisations', OrganisationsModule.register, this.serviceConfig);
    this.organisations.push(handle);
    return handle;
  }

  /** Logs a demo persona in through the gateway (once) and returns its access token. */
  async token(persona: Persona): Promise<string> {
    const cached = this.tokens.get(persona);
    if (cached) return cached;
    const account = DEMO_ACCOUNTS.find((a) => a.key === persona)!;
    const res = await this.anonymous()
      .post('/api/v1/auth/login')
      .send(account.phone ? { phone: account.phone, password: DEMO_PASSWORD } : { username: account.username, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`login as ${persona} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.tokens.set(persona, res.body.accessToken);
    return res.body.accessToken;
  }

  /** Requests carrying a bearer token. */
  withToken(token: string): Client {
    const server = this.gateway.getHttpServer();
    const make = (method: Method) => (url: string) => request(server)[method](url).set('Authorization', `Bearer ${token}`);
    return { get: make('get'), post: make('post'), patch: make('patch'), put: make('put'), delete: make('delete') };
  }

  async as(persona: Persona): Promise<Client> {
    return this.withToken(await this.token(persona));
  }

  /** The station head, who most journeys start as (log in first with `await system.as('head')`). */
  http(): Client {
    const token = this.tokens.get('head');
    if (!token) throw new Error("call `await system.as('head')` (or token('head')) before http()");
    return this.withToken(token);
  }

  anonymous() {
    return request(this.gateway.getHttpServer());
  }

  async close() {
    await this.gateway?.close().catch(() => undefined);
    for (const replica of [...this.organisations, ...this.identity]) await replica.close().catch(() => undefined);
    await this.orgData?.destroy().catch(() => undefined);
    await this.identityData?.destroy().catch(() => undefined);
    await this.nats?.close().catch(() => undefined);
    await this.db?.drop().catch(() => undefined);
  }
}
