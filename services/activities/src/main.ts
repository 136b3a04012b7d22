import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema } from '#linli/platform';
import { ActivitiesConfig } from './activities.config.js';
import { activitiesData, SERVICE_NAME } from './activities.data.js';
import { ActivitiesModule } from './activities.module.js';

const config = loadConfig(ActivitiesConfig);
await migrateServiceSchema({ ...activitiesData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: ActivitiesModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
