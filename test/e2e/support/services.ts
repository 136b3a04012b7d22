import type { DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadConfig, ServiceConfig, type ServiceDataOptions } from '#linli/platform';
import { ActivitiesConfig } from '../../../services/activities/src/activities.config.js';
import { activitiesData } from '../../../services/activities/src/activities.data.js';
import { ActivitiesModule } from '../../../services/activities/src/activities.module.js';
import { seedDemoActivities } from '../../../services/activities/src/seed/seed-demo.js';
import { HoursModule } from '../../../services/hours/src/hours.module.js';
import { HoursConfig } from '../../../services/hours/src/hours.config.js';
import { hoursData } from '../../../services/hours/src/hours.data.js';
import { seedDemoHours } from '../../../services/hours/src/seed/seed-demo.js';
import { IdentityConfig } from '../../../services/identity/src/identity.config.js';
import { identityData } from '../../../services/identity/src/identity.data.js';
import { IdentityModule } from '../../../services/identity/src/identity.module.js';
import { seedDemoAccounts } from '../../../services/identity/src/seed/seed-demo.js';
import { OrganisationsModule } from '../../../services/organisations/src/organisations.module.js';
import { organisationsData } from '../../../services/organisations/src/organisations.data.js';
import { seedDemoStation } from '../../../services/organisations/src/seed/seed-demo.js';
import { seedDemoTeams } from '../../../services/teams/src/seed/seed-demo.js';
import { teamsData } from '../../../services/teams/src/teams.data.js';
import { TeamsModule } from '../../../services/teams/src/teams.module.js';
import { seedDemoVolunteers } from '../../../services/volunteers/src/seed/seed-demo.js';
import { VolunteersConfig } from '../../../services/volunteers/src/volunteers.config.js';
import { volunteersData } from '../../../services/volunteers/src/volunteers.data.js';
import { VolunteersModule } from '../../../services/volunteers/src/volunteers.module.js';

/** The volunteers service's encryption key under test (32 bytes, base64); never a real one. */
export const TEST_DATA_KEY = Buffer.alloc(32, 'linli-test-data-key').toString('base64');

/** How the e2e harness boots one service. Adding a service to the system is one entry here. */
export interface TestServiceSpec {
  name: string;
  data: Omit<ServiceDataOptions, 'url'>;
  /** Builds the service's validated config from the harness environment plus per-test overrides. */
  config: (env: Record<string, string>) => ServiceConfig;
  register: (config: ServiceConfig) => DynamicModule;
  /** Loads the demo data (in registry order, after every schema is migrated). */
  seed?: (ds: DataSource) => Promise<unknown>;
}

export const TEST_SERVICES: TestServiceSpec[] = [
  {
    name: 'organisations',
    data: organisationsData,
    config: (env) => loadConfig(ServiceConfig, env),
    register: (config) => OrganisationsModule.register(config),
    seed: seedDemoStation,
  },
  {
    name: 'identity',
    data: identityData,
    config: (env) => loadConfig(IdentityConfig, env),
    register: (config) => IdentityModule.register(config as IdentityConfig),
    seed: seedDemoAccounts,
  },
  {
    name: 'teams',
    data: teamsData,
    config: (env) => loadConfig(ServiceConfig, env),
    register: (config) => TeamsModule.register(config),
    seed: seedDemoTeams,
  },
  {
    name: 'volunteers',
    data: volunteersData,
    config: (env) => loadConfig(VolunteersConfig, { DATA_KEY: TEST_DATA_KEY, JOIN_MAX_PER_ADDRESS: '1000', ...env }),
    register: (config) => VolunteersModule.register(config as VolunteersConfig),
    seed: (ds) => seedDemoVolunteers(ds, TEST_DATA_KEY),
  },
  {
    name: 'activities',
    data: activitiesData,
    config: (env) => loadConfig(ActivitiesConfig, { ACTIVITIES_JOBS: 'false', ...env }),
    register: (config) => ActivitiesModule.register(config),
    seed: (ds) => seedDemoActivities(ds),
  },
  {
    name: 'hours',
    data: hoursData,
    config: (env) => loadConfig(HoursConfig, env),
    register: (config) => HoursModule.register(config),
    seed: seedDemoHours,
  },
];
