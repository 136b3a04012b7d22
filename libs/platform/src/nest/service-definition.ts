import type { DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service.config.js';
import type { ServiceDataOptions } from '../database/data-source.js';

/**
 * What the launcher, the migration commands and the whole-system tests need to know of one
 * service: its schema, its config class, its module and its demo seed. Each service exports one
 * from `src/<service>.definition.ts`; `deploy/services.json` lists them in boot order.
 */
export interface ServiceDefinition<C extends ServiceConfig = ServiceConfig> {
  name: string;
  data: Omit<ServiceDataOptions, 'url'>;
  config: new () => C;
  register: (config: C) => DynamicModule;
  /** Loads the demo data unless present; answers whether it loaded anything. `env` holds DATA_KEY and the like. */
  seed?: (ds: DataSource, env: Record<string, string | undefined>) => Promise<boolean>;
}

/** Declares a service's definition (typed by its own config class). */
export function defineService<C extends ServiceConfig>(definition: ServiceDefinition<C>): ServiceDefinition<C> {
  return definition;
}
