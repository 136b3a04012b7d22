import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, serviceDataSourceOptions, migrateServiceSchema, type ServiceConfig } from '#linli/platform';
import {
  createTestDatabase,
  startServiceReplica,
  startTestNats,
  testServiceConfig,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
} from '#linli/testing';
import { createGateway } from '../../../gateway/src/gateway.app.js';
import { GatewayConfig } from '../../../gateway/src/gateway.config.js';
import { OrganisationsModule } from '../../../services/organisations/src/organisations.module.js';
import { organisationsData } from '../../../services/organisations/src/organisations.data.js';
import { seedDemoStation } from '../../../services/organisations/src/seed/seed-demo.js';

export interface SystemOptions {
  label: string;
  seed?: boolean;
  organisationsReplicas?: number;
  rpcTimeoutMs?: number;
}

/**
 * The whole system for one e2e file: its own database and nats-server, real service replicas
 * and the real gateway, driven over HTTP with supertest.
 */
export class TestSystem {
  db: TestDatabase;
  nats: TestNats;
  gateway: INestApplication;
  organisations: ServiceHandle[] = [];
  /** A connection to the organisations schema, to check what was stored. */
  orgData: DataSource;
  serviceConfig: ServiceConfig;

  static async start(options: SystemOptions): Promise<TestSystem> {
    const system = new TestSystem();
    await system.boot(options);
    return system;
  }

  private async boot(options: SystemOptions) {
    this.db = await createTestDatabase(options.label);
    this.nats = await startTestNats();
    this.serviceConfig = testServiceConfig({ DATABASE_URL: this.db.url, NATS_URL: this.nats.url });
    await migrateServiceSchema({ ...organisationsData, url: this.db.url });
    this.orgData = new DataSource(serviceDataSourceOptions({ ...organisationsData, url: this.db.url, poolSize: 3 }));
    await this.orgData.initialize();
    if (options.seed !== false) await seedDemoStation(this.orgData);
    for (let i = 0; i < (options.organisationsReplicas ?? 1); i++) await this.addOrganisationsReplica();
    this.gateway = await createGateway(
      loadConfig(GatewayConfig, {
        NATS_URL: this.nats.url,
        RPC_TIMEOUT_MS: String(options.rpcTimeoutMs ?? 5000),
        HEALTH_TIMEOUT_MS: '1000',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
      }),
    );
    await this.gateway.init();
  }

  async addOrganisationsReplica(): Promise<ServiceHandle> {
    const handle = await startServiceReplica('organisations', OrganisationsModule.register, this.serviceConfig);
    this.organisations.push(handle);
    return handle;
  }

  http() {
    return request(this.gateway.getHttpServer());
  }

  async close() {
    await this.gateway?.close().catch(() => undefined);
    for (const replica of this.organisations) await replica.close().catch(() => undefined);
    await this.orgData?.destroy().catch(() => undefined);
    await this.nats?.close().catch(() => undefined);
    await this.db?.drop().catch(() => undefined);
  }
}
