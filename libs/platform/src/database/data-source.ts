import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM accepts entity and migration classes of any shape
type AnyClass = new (...args: any[]) => unknown;

export interface ServiceDataOptions {
  url: string;
  /** The service's own schema: every table it owns lives here and nowhere else. */
  schema: string;
  entities: MixedList<AnyClass | string | EntitySchema>;
  migrations: MixedList<AnyClass | string>;
  poolSize?: number;
  applicationName?: string;
}

/** TypeORM options for one service schema; search_path is the schema so raw SQL stays short. */
export function serviceDataSourceOptions(opts: ServiceDataOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: opts.url,
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
  const ds = new DataSource({ ...serviceDataSourceOptions({ ...opts, poolSize: 3 }) } as DataSourceOptions);
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
