import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#linli/contracts';
import {
  generateTokenKeyPair,
  loadConfig,
  migrateServiceSchema,
  serviceDataSourceOptions,
  tokenKeyEnv,
} from '#linli/platform';
import {
  createTestDatabase,
  startServiceReplica,
  startTestNats,
  TEST_SECRET,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
} from '#linli/testing';
import { createGateway, readyGateway } from '../../../gateway/src/gateway.app.js';
import { GatewayConfig } from '../../../gateway/src/gateway.config.js';
import { testServices, type TestServiceSpec } from './services.js';

export type Persona = (typeof DEMO_ACCOUNTS)[number]['key'];

export interface SystemOptions {
  label: string;
  seed?: boolean;
  /** Replicas per service name (default 1 each). */
  replicas?: Record<string, number>;
  organisationsReplicas?: number;
  rpcTimeoutMs?: number;
  /** Extra environment per service name, e.g. { identity: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } }. */
  env?: Record<string, Record<string, string>>;
  identityEnv?: Record<string, string>;
  /** Extra environment for the gateway and every service (e.g. the OTLP endpoint). */
  everyProcessEnv?: Record<string, string>;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A file download whose body is read whole as bytes (supertest leaves unknown content types unparsed). */
export function asBytes(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
export type Client = Record<Method, (url: string) => request.Test>;

/**
 * The whole system for one e2e file: its own database and nats-server, real service replicas
 * and the real gateway, driven over HTTP with supertest, logged in as the demo personas.
 */
export class TestSystem {
  db: TestDatabase;
  nats: TestNats;
  gateway: INestApplication;
  /** Running replicas per service name. */
  replicas = new Map<string, ServiceHandle[]>();
  /** A connection to each service's schema, to check what was stored. */
  data = new Map<string, DataSource>();
  tokens = new Map<string, string>();
  /**
   * The system's token keys, made for it as the local launcher makes them: the JWKS everyone
   * verifies with, the identity key (identity only) and the service key (every service).
   */
  readonly tokenKeys = tokenKeyEnv([generateTokenKeyPair('identity')], [generateTokenKeyPair('service')]);
  private options: SystemOptions;
  private services: TestServiceSpec[] = [];

  static async start(options: SystemOptions): Promise<TestSystem> {
    const system = new TestSystem();
    await system.boot(options);
    return system;
  }

  get organisations(): ServiceHandle[] {
    return this.replicas.get('organisations') ?? [];
  }
  set organisations(handles: ServiceHandle[]) {
    this.replicas.set('organisations', handles);
  }
  get orgData(): DataSource {
    return this.data.get('organisations')!;
  }
  get identityData(): DataSource {
    return this.data.get('identity')!;
  }

  private async boot(options: SystemOptions) {
    this.options = options;
    this.services = await testServices();
    this.db = await createTestDatabase(options.label);
    this.nats = await startTestNats();
    for (const spec of this.services) {
      await migrateServiceSchema({ ...spec.data, url: this.db.url });
      const ds = new DataSource(serviceDataSourceOptions({ ...spec.data, url: this.db.url, poolSize: 3 }));
      await ds.initialize();
      this.data.set(spec.name, ds);
    }
    if (options.seed !== false) {
      for (const spec of this.services) await spec.seed?.(this.data.get(spec.name)!);
    }
    for (const spec of this.services) {
      const count =
        options.replicas?.[spec.name] ??
        (spec.name === 'organisations' ? options.organisationsReplicas : undefined) ??
        1;
      for (let i = 0; i < count; i++) await this.addReplica(spec.name);
    }
    this.gateway = await createGateway(
      loadConfig(GatewayConfig, {
        NATS_URL: this.nats.url,
        AUTH_PUBLIC_KEYS: this.tokenKeys.AUTH_PUBLIC_KEYS,
        RPC_TIMEOUT_MS: String(options.rpcTimeoutMs ?? 5000),
        HEALTH_TIMEOUT_MS: '3000',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
        ...options.everyProcessEnv,
      }),
    );
    await readyGateway(this.gateway);
  }

  private spec(name: string): TestServiceSpec {
    const spec = this.services.find((s) => s.name === name);
    if (!spec) throw new Error(`unknown service ${name}`);
    return spec;
  }

  /** Starts one more replica of a service on the system's database and NATS, with `env` over the system's own. */
  async addReplica(name: string, env: Record<string, string> = {}): Promise<ServiceHandle> {
    const spec = this.spec(name);
    const settings = {
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
      SHUTDOWN_GRACE_MS: '100',
      DATABASE_URL: this.db.url,
      NATS_URL: this.nats.url,
      AUTH_SECRET: TEST_SECRET,
      AUTH_PUBLIC_KEYS: this.tokenKeys.AUTH_PUBLIC_KEYS,
      AUTH_SERVICE_KEY: this.tokenKeys.AUTH_SERVICE_KEY,
      ...(name === 'identity'
        ? { AUTH_IDENTITY_KEY: this.tokenKeys.AUTH_IDENTITY_KEY, ...this.options.identityEnv }
        : {}),
      ...this.options.everyProcessEnv,
      ...this.options.env?.[name],
      ...env,
    };
    const handle = await startServiceReplica(name, spec.register, spec.config(settings));
    this.replicas.set(name, [...(this.replicas.get(name) ?? []), handle]);
    return handle;
  }

  async addOrganisationsReplica(): Promise<ServiceHandle> {
    return this.addReplica('organisations');
  }

  /** Stops every replica of a service (it is then down: calls get 503). */
  async stopService(name: string): Promise<void> {
    for (const handle of this.replicas.get(name) ?? []) await handle.close();
    this.replicas.set(name, []);
  }

  /** Logs a demo persona in through the gateway (once) and returns its access token. */
  async token(persona: Persona): Promise<string> {
    const cached = this.tokens.get(persona);
    if (cached) return cached;
    const account = DEMO_ACCOUNTS.find((a) => a.key === persona)!;
    const res = await this.anonymous()
      .post('/api/v1/auth/login')
      .send(
        account.phone
          ? { phone: account.phone, password: DEMO_PASSWORD }
          : { username: account.username, password: DEMO_PASSWORD },
      );
    if (res.status !== 200) throw new Error(`login as ${persona} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.tokens.set(persona, res.body.accessToken);
    return res.body.accessToken;
  }

  /**
   * Requests carrying a bearer token. A token still being signed (what `TokenSigner.sign`
   * returns) goes into the header once it is, before the request is sent.
   */
  withToken(token: string | Promise<string>): Client {
    const server = this.gateway.getHttpServer();
    const make = (method: Method) => (url: string) => {
      const test = request(server)[method](url);
      if (typeof token === 'string') return test.set('Authorization', `Bearer ${token}`);
      const send = test.end.bind(test);
      test.end = (callback) => {
        token.then(
          (signed) => {
            test.set('Authorization', `Bearer ${signed}`);
            send(callback);
          },
          (error: Error) => callback?.(error, undefined as never),
        );
        return test;
      };
      return test;
    };
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
    for (const handles of this.replicas.values())
      for (const handle of handles) await handle.close().catch(() => undefined);
    for (const ds of this.data.values()) await ds.destroy().catch(() => undefined);
    await this.nats?.close().catch(() => undefined);
    await this.db?.drop().catch(() => undefined);
  }
}
