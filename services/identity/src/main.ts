import 'reflect-metadata';
import { bootstrapService, loadConfig, migrateServiceSchema } from '#linli/platform';
import { IdentityConfig } from './identity.config.js';
import { IdentityModule } from './identity.module.js';
import { identityData, SERVICE_NAME } from './identity.data.js';

const config = loadConfig(IdentityConfig);
await migrateServiceSchema({ ...identityData, url: config.DATABASE_URL });
await bootstrapService({
  name: SERVICE_NAME,
  module: IdentityModule.register(config),
  natsUrl: config.NATS_URL,
  shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  logLevel: config.LOG_LEVEL,
});
