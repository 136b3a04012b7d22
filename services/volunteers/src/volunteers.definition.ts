import { defineService } from '#linli/platform';
import { seedDemoVolunteers } from './seed/seed-demo.js';
import { VolunteersConfig } from './volunteers.config.js';
import { volunteersData } from './volunteers.data.js';
import { VolunteersModule } from './volunteers.module.js';

export const definition = defineService({
  name: 'volunteers',
  data: volunteersData,
  config: VolunteersConfig,
  register: (config) => VolunteersModule.register(config),
  seed: (ds, env) => seedDemoVolunteers(ds, env.DATA_KEY),
});
