import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema, ServiceConfig } from '#linli/platform';
import { OrganisationsModule } from './organisations.module.js';
import { organisationsData, SERVICE_NAME } from './organisations.data.js';

const config = loadConfig(ServiceConfig);
await migrateServiceSchema({ ...organisationsData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: OrganisationsModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
