import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema } from '#linli/platform';
import { HoursConfig } from './hours.config.js';
import { HoursModule } from './hours.module.js';
import { hoursData, SERVICE_NAME } from './hours.data.js';

const config = loadConfig(HoursConfig);
await migrateServiceSchema({ ...hoursData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: HoursModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
