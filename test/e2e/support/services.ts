import type { DataSource } from 'typeorm';
import { loadConfig, type ServiceConfig, type ServiceDefinition } from '#linli/platform';
import { loadDefinition, SERVICE_NAMES } from '../../../deploy/registry.js';

/** The volunteers service's encryption key under test (32 bytes, base64); never a real one. */
export const TEST_DATA_KEY = Buffer.alloc(32, 'linli-test-data-key').toString('base64');

/** Settings every whole-system test gives a service unless the test overrides them. */
const TEST_DEFAULTS: Record<string, Record<string, string>> = {
  volunteers: { DATA_KEY: TEST_DATA_KEY, JOIN_MAX_PER_ADDRESS: '1000' },
  activities: { ACTIVITIES_JOBS: 'false' },
};

/** How the e2e harness boots one service: the registry's definition with test settings. */
export interface TestServiceSpec {
  name: string;
  data: ServiceDefinition['data'];
  config: (env: Record<string, string>) => ServiceConfig;
  register: ServiceDefinition['register'];
  seed?: (ds: DataSource) => Promise<unknown>;
}

/** Every service of the registry (deploy/services.json), in its order. */
export async function testServices(): Promise<TestServiceSpec[]> {
  return Promise.all(
    SERVICE_NAMES.map(async (name) => {
      const definition = await loadDefinition(name);
      const defaults = TEST_DEFAULTS[name] ?? {};
      return {
        name,
        data: definition.data,
        config: (env: Record<string, string>) => loadConfig(definition.config, { ...defaults, ...env }),
        register: definition.register,
        seed: definition.seed ? (ds: DataSource) => definition.seed!(ds, { ...defaults }) : undefined,
      };
    }),
  );
}
