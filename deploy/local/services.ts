// What the local launcher, `npm run db:migrate` and `db:revert` do with each service of the
// registry (deploy/services.json); the hooks load the service's code lazily so the
// launcher's front process stays light.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrateServiceSchema, serviceDataSourceOptions, type ServiceDataOptions } from '#linli/platform';
import { entryOf, GATEWAY_ENTRY, loadDefinition, SERVICE_NAMES } from '../registry.js';

type ServiceData = Omit<ServiceDataOptions, 'url'>;

export interface LocalProcess {
  name: string;
  /** Compiled entry point, relative to the repository root. */
  entry: string;
}

export interface LocalService extends LocalProcess {
  /** Applies pending migrations; returns the names of those applied. */
  migrate(url: string): Promise<string[]>;
  /** Reverts the last applied migration; returns its name, or undefined when none is applied. */
  revert(url: string): Promise<string | undefined>;
  /** Loads the demo data unless present; returns whether it loaded anything. */
  seed?(url: string): Promise<boolean>;
}

/** Migrate/revert/seed hooks for a service whose schema is described by `data`. */
function schemaHooks(
  load: () => Promise<ServiceData>,
  seed: () => Promise<((ds: DataSource) => Promise<boolean>) | undefined>,
): Pick<LocalService, 'migrate' | 'revert' | 'seed'> {
  return {
    migrate: async (url) => migrateServiceSchema({ ...(await load()), url }),
    revert: async (url) => {
      const data = await load();
      return withDataSource({ ...data, url }, async (ds) => {
        const [{ table }] = await ds.query('SELECT to_regclass($1) AS table', [`"${data.schema}".migrations`]);
        if (!table) return undefined;
        const [last] = await ds.query(`SELECT name FROM "${data.schema}".migrations ORDER BY id DESC LIMIT 1`);
        if (!last) return undefined;
        await ds.undoLastMigration({ transaction: 'each' });
        return last.name as string;
      });
    },
    seed: async (url: string) => {
      const run = await seed();
      return run ? withDataSource({ ...(await load()), url }, run) : false;
    },
  };
}

async function withDataSource<T>(options: ServiceDataOptions, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(serviceDataSourceOptions({ ...options, poolSize: 2 }));
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

export const services: LocalService[] = SERVICE_NAMES.map((name) => ({
  name,
  entry: entryOf(name),
  ...schemaHooks(
    async () => (await loadDefinition(name)).data,
    async () => {
      const definition = await loadDefinition(name);
      if (!definition.seed) return undefined;
      // The launcher has set the environment (DATA_KEY and the rest) before seeding.
      return (ds: DataSource) => definition.seed!(ds, process.env);
    },
  ),
}));

export const gateway: LocalProcess = { name: 'gateway', entry: GATEWAY_ENTRY };

/** The services named in `names` (all when empty); an unknown name is an error. */
export function selectServices(names: string[]): LocalService[] {
  if (names.length === 0) return services;
  const unknown = names.filter((n) => !services.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`Unknown service(s): ${unknown.join(', ')}. Known: ${services.map((s) => s.name).join(', ')}`);
  }
  return services.filter((s) => names.includes(s.name));
}
