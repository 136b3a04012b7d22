import { defineService } from '#linli/platform';
import { IdentityConfig } from './identity.config.js';
import { identityData } from './identity.data.js';
import { IdentityModule } from './identity.module.js';
import { seedDemoAccounts } from './seed/seed-demo.js';

export const definition = defineService({
  name: 'identity',
  data: identityData,
  config: IdentityConfig,
  register: (config) => IdentityModule.register(config),
  seed: (ds) => seedDemoAccounts(ds),
});
