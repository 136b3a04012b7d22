// Each service's definition (schema, config class, module, seed), loaded from its own
// `services/<name>/src/<name>.definition.ts` only when needed, for the services the registry
// (deploy/services.json) lists, so a process that only migrates or launches stays light.
import type { ServiceConfig, ServiceDefinition } from '#linli/platform';
import { serviceNames } from '#linli/platform/local';

export const SERVICE_NAMES = serviceNames();

/** Loads a service's definition (compiled beside this file, or from the sources under tests). */
export async function loadDefinition(name: string): Promise<ServiceDefinition<ServiceConfig>> {
  if (!SERVICE_NAMES.includes(name)) throw new Error(`unknown service ${name}`);
  const module = (await import(`../services/${name}/src/${name}.definition.js`)) as {
    definition: ServiceDefinition<ServiceConfig>;
  };
  return module.definition;
}

/** Compiled entry point of a service, relative to the repository root. */
export const entryOf = (name: string) => `dist/services/${name}/src/main.js`;

/** Compiled entry point of the gateway, relative to the repository root. */
export const GATEWAY_ENTRY = 'dist/gateway/src/main.js';
