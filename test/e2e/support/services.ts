import type { DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadConfig, ServiceConfig, type ServiceDataOptions } from '#linli/platform';
import { IdentityConfig } from '../../../services/identity/src/identity.config.js';
import { identityData } from '../../../services/identity/src/identity.data.js';
import { IdentityModule } from '../../../services/identity/src/identity.module.js';
import { seedDemoAccounts } from '../../../services/identity/src/seed/seed-demo.js';
import { OrganisationsModule } from '../../../services/organisations/src/organisations.module.js';
import { organisationsData } from '../../../services/organisations/src/organisations.data.js';
import { seedDemoStation } from '../../../services/organisations/src/seed/seed-demo.js';

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
];
