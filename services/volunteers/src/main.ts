import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema } from '#linli/platform';
import { VolunteersConfig } from './volunteers.config.js';
import { SERVICE_NAME, volunteersData } from './volunteers.data.js';
import { VolunteersModule } from './volunteers.module.js';

const config = loadConfig(VolunteersConfig);
await migrateServiceSchema({ ...volunteersData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: VolunteersModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
