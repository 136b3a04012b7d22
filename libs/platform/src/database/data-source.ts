import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM accepts entity and migration classes of any shape
type AnyClass = new (...args: any[]) => unknown;

export interface ServiceDataOptions {
  url: string;
  /** A read replica of `url`: `readOnly()` reads from it; writes and every other query stay on `url`. */
  readUrl?: string;
  /** The service's own schema: every table it owns lives here and nowhere else. */
  schema: string;
  entities: MixedList<AnyClass | string | EntitySchema>;
  migrations: MixedList<AnyClass | string>;
  poolSize?: number;
  applicationName?: string;
}

/** How long a connection attempt may take when a replica is configured, so a vanished host fails over instead of hanging. */
const REPLICATED_CONNECT_TIMEOUT_MS = 5000;

/**
 * TypeORM options for one service schema; search_path is the schema so raw SQL stays short.
 * With `readUrl` they use TypeORM's replication settings. `defaultMode: 'master'` keeps every
 * query builder and `find` on the primary: only a query runner created in `'slave'` mode (through
 * `readOnly()`) reads from the replica, so a read after a write never meets replication lag.
 */
export function serviceDataSourceOptions(opts: ServiceDataOptions): DataSourceOptions {
  const connection = opts.readUrl
    ? {
        replication: { master: { url: opts.url }, slaves: [{ url: opts.readUrl }], defaultMode: 'master' as const },
        connectTimeoutMS: REPLICATED_CONNECT_TIMEOUT_MS,
      }
    : { url: opts.url };
  return {
    type: 'postgres',
    ...connection,
    schema: opts.schema,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    applicationName: opts.applicationName ?? `linli-${opts.schema}`,
    extra: { max: opts.poolSize ?? 10, options: `-c search_path=${opts.schema},public -c timezone=UTC` },
  };
}

const MIGRATION_LOCK = 0x6c696e6c; // 'linl': one migrator at a time across replicas

/**
 * Creates the schema if needed and applies pending migrations, under an advisory lock so
 * several replicas starting together migrate once. Used on start and by `npm run db:migrate`.
 */
export async function migrateServiceSchema(opts: ServiceDataOptions): Promise<string[]> {
  // Migrations write: always the primary, whatever replica is configured.
  const ds = new DataSource(serviceDataSourceOptions({ ...opts, readUrl: undefined, poolSize: 3 }));
  await ds.initialize();
  try {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK, opts.schema]);
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner
        .query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK, opts.schema])
        .catch(() => undefined);
      await runner.release();
    }
  } finally {
    await ds.destroy();
  }
}

/** The platform's own tables (outbox, inbox, idempotency keys), created in each service schema. */
export const platformTablesSql = `
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  subject text NOT NULL,
  payload jsonb NOT NULL,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  attempts int NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbox_unpublished ON outbox (created_at) WHERE published_at IS NULL;
CREATE TABLE inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  subject text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE TABLE idempotency_keys (
  tenant_id uuid NOT NULL,
  key text NOT NULL,
  operation text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'done')),
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);
`;
