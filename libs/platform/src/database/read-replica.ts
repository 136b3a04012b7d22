import type { LoggerService } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { JsonLogger } from '../logging/json-logger.js';

/** After the replica failed, reads go straight to the primary for this long before the replica is tried again. */
export const REPLICA_RETRY_MS = 5000;

/** What one data source knows of its replica: who to tell, and whether (and until when) it is given up on. */
interface ReplicaState {
  logger: LoggerService;
  down: boolean;
  retryAt: number;
}

const states = new WeakMap<DataSource, ReplicaState>();

function stateOf(ds: DataSource): ReplicaState {
  let state = states.get(ds);
  if (!state) {
    state = { logger: new JsonLogger('database'), down: false, retryAt: 0 };
    states.set(ds, state);
  }
  return state;
}

const hasReplica = (ds: DataSource): boolean =>
  ds.options.type === 'postgres' && (ds.options.replication?.slaves.length ?? 0) > 0;

/** Network errors of the socket itself, as Node names them. */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error says the replica cannot be reached or went away, rather than that the query is
 * wrong: a socket error, the driver's lost or timed-out connection, or a PostgreSQL connection
 * exception (class 08) or shutdown (57P01–57P03). Only these send a read back to the primary;
 * anything else (a domain refusal, a bad statement) is the caller's to see.
 */
export function isReplicaUnreachable(error: unknown): boolean {
  const e = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: unknown; message?: unknown };
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_ERRORS.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return code === '' && /Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(message);
}

function markDown(state: ReplicaState, error: unknown): void {
  state.retryAt = Date.now() + REPLICA_RETRY_MS;
  if (state.down) return;
  state.down = true;
  // The error's message names the host and port at most, never the URL with its password.
  state.logger.warn(
    `read replica unreachable, reading from the primary until it answers: ${(error as Error)?.message ?? String(error)}`,
    'ReadReplica',
  );
}

function markUp(state: ReplicaState): void {
  if (!state.down) return;
  state.down = false;
  state.logger.log('read replica answers again, reads go back to it', 'ReadReplica');
}

/**
 * Runs read-only work on the data source's read replica (`DATABASE_READ_URL`) through a query
 * runner in `'slave'` mode, released afterwards; without a replica, on the primary as any other
 * query. If the replica cannot be reached, or the connection fails during the work, the work runs
 * again on the primary, so a replica outage never takes a read down; the outage is logged once
 * (warn), and its end once (info), and while it lasts the replica is tried again at most every
 * REPLICA_RETRY_MS. Give it reads only, and none that must see the request's own writes: the
 * replica may lag (docs/ARCHITECTURE.md, "Data").
 */
export async function readOnly<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!hasReplica(ds)) return work(ds.manager);
  const state = stateOf(ds);
  if (state.down && Date.now() < state.retryAt) return work(ds.manager);
  const runner = ds.createQueryRunner('slave');
  let connected = false;
  let failure: unknown;
  try {
    await runner.connect();
    connected = true;
    const result = await work(runner.manager);
    markUp(state);
    return result;
  } catch (error) {
    // Any failure to connect falls back (refused, timed out, refused our credentials); once
    // connected, only a lost connection does.
    if (connected && !isReplicaUnreachable(error)) throw error;
    failure = error;
  } finally {
    await runner.release();
  }
  markDown(state, failure);
  return work(ds.manager);
}

/**
 * Initialises a service's data source. With a replica configured and unreachable at start, the
 * service starts on the primary alone rather than not at all (logged as a warning): every read is
 * then served by the primary until the process restarts. A primary that cannot be reached still
 * fails, as without a replica.
 */
export async function openServiceDataSource(options: DataSourceOptions, logger: LoggerService): Promise<DataSource> {
  const ds = new DataSource(options);
  if (options.type !== 'postgres' || !options.replication) return ds.initialize();
  states.set(ds, { logger, down: false, retryAt: 0 });
  try {
    return await ds.initialize();
  } catch (error) {
    const { replication, ...rest } = options;
    const primaryOnly = new DataSource({ ...rest, url: replication.master.url } as DataSourceOptions);
    await primaryOnly.initialize();
    logger.warn(
      `read replica unreachable at start, every read uses the primary until the service restarts: ${(error as Error).message}`,
      'ReadReplica',
    );
    return primaryOnly;
  }
}
