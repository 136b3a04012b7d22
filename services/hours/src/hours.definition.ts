import { defineService } from '#linli/platform';
import { HoursConfig } from './hours.config.js';
import { hoursData } from './hours.data.js';
import { HoursModule } from './hours.module.js';
import { seedDemoHours } from './seed/seed-demo.js';

export const definition = defineService({
  name: 'hours',
  data: hoursData,
  config: HoursConfig,
  register: (config) => HoursModule.register(config),
  seed: (ds) => seedDemoHours(ds),
});
