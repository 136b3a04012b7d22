import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, startNatsServer, type LocalNats } from '#linli/platform';
import { TEST_ENV } from './test-env.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, named so it cannot be mistaken for a real one. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (!adminUrl) throw new Error(`${TEST_ENV.adminUrl} is not set: run tests through jest's global setup`);
  const run = process.env[TEST_ENV.runId] ?? 'local';
  const name = `linli_test_${run}_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(3).toString('hex')}`;
  if (!name.includes('_test_')) throw new Error('refusing a database whose name does not say test');
  const url = await ensureDatabase(adminUrl, name);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}

export interface TestNats extends LocalNats {
  storeDir: string;
  /** Stops the server and starts it again on the same port and store (for outage tests). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A private nats-server with JetStream for one test file. */
export async function startTestNats(): Promise<TestNats> {
  const storeDir = mkdtempSync(join(tmpdir(), 'linli-test-nats-'));
  let server = await startNatsServer({ storeDir });
  const handle: TestNats = {
    get url() {
      return server.url;
    },
    get port() {
      return server.port;
    },
    get process() {
      return server.process;
    },
    storeDir,
    stop: () => server.stop(),
    async restart() {
      await server.stop();
      server = await startNatsServer({ storeDir, port: server.port });
    },
    async close() {
      await server.stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
  return handle;
}
