import { defineService } from '#linli/platform';
import { ActivitiesConfig } from './activities.config.js';
import { activitiesData } from './activities.data.js';
import { ActivitiesModule } from './activities.module.js';
import { seedDemoActivities } from './seed/seed-demo.js';

export const definition = defineService({
  name: 'activities',
  data: activitiesData,
  config: ActivitiesConfig,
  register: (config) => ActivitiesModule.register(config),
  seed: (ds) => seedDemoActivities(ds),
});
