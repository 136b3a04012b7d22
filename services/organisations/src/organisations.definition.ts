import { defineService, ServiceConfig } from '#linli/platform';
import { organisationsData } from './organisations.data.js';
import { OrganisationsModule } from './organisations.module.js';
import { seedDemoStation } from './seed/seed-demo.js';

export const definition = defineService({
  name: 'organisations',
  data: organisationsData,
  config: ServiceConfig,
  register: (config) => OrganisationsModule.register(config),
  seed: (ds) => seedDemoStation(ds),
});
