import { defineService, ServiceConfig } from '#linli/platform';
import { seedDemoTeams } from './seed/seed-demo.js';
import { SERVICE_NAME, teamsData } from './teams.data.js';
import { TeamsModule } from './teams.module.js';

export const definition = defineService({
  name: SERVICE_NAME,
  data: teamsData,
  config: ServiceConfig,
  register: (config) => TeamsModule.register(config),
  seed: (ds) => seedDemoTeams(ds),
});
