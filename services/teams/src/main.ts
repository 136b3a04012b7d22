import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema, ServiceConfig } from '#linli/platform';
import { TeamsModule } from './teams.module.js';
import { SERVICE_NAME, teamsData } from './teams.data.js';

const config = loadConfig(ServiceConfig);
await migrateServiceSchema({ ...teamsData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: TeamsModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
