import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { ActivitiesApi } from '#linli/contracts';
import {
  connectNats,
  ensureEventsStream,
  JsonLogger,
  loadConfig,
  migrateServiceSchema,
  OutboxRelay,
  platformTablesSql,
  publishEvent,
  serviceDataSourceOptions,
} from '#linli/platform';
import {
  attendanceEvent,
  createTestDatabase,
  startServiceReplica,
  startTestNats,
  TEST_SECRET,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
  waitFor,
} from '#linli/testing';
import { HoursConfig } from '../../services/hours/src/hours.config.js';
import { hoursData } from '../../services/hours/src/hours.data.js';
import { HoursModule } from '../../services/hours/src/hours.module.js';

const EVENTS = 2000;
const logger = new JsonLogger('chaos', 'fatal');

/**
 * The check-out pipeline under failure: an activities-like outbox relayed to JetStream, the hours
 * service consuming it. Killing the hours service mid-stream, or stopping NATS for a few seconds,
 * must still end with exactly one ledger entry per check-out.
 */
describe('hours pipeline chaos', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let hours: DataSource;
  let source: DataSource;
  let nc: NatsConnection;
  let relay: OutboxRelay;
  const replicas: ServiceHandle[] = [];

  const config = () =>
    loadConfig(HoursConfig, {
      DATABASE_URL: db.url,
      NATS_URL: nats.url,
      AUTH_SECRET: TEST_SECRET,
      LOG_LEVEL: 'fatal',
      SHUTDOWN_GRACE_MS: '100',
      ATTENDANCE_ACK_WAIT_MS: '2000',
    });
  const startHours = async () => {
    const handle = await startServiceReplica('hours', HoursModule.register, config());
    replicas.push(handle);
    return handle;
  };
  const entries = async (tenantId: string) =>
    (
      await hours.query(
        'SELECT count(*)::int AS n, count(DISTINCT attendance_id)::int AS d FROM entries WHERE tenant_id = $1',
        [tenantId],
      )
    )[0] as {
      n: number;
      d: number;
    };

  /** Writes the check-outs to the source outbox in batches, as the activities service would, over about two seconds. */
  async function streamCheckOuts(tenantId: string, during: (written: number) => Promise<void>) {
    const path = `/${randomUUID()}/${randomUUID()}/`;
    for (let written = 0; written < EVENTS;) {
      await source.transaction(async (m) => {
        for (let i = 0; i < 100; i++, written++) {
          const volunteer = { id: randomUUID(), tierNodeId: randomUUID(), tierPath: path };
          const e = attendanceEvent(tenantId, volunteer, { minutes: 30 + (written % 90) });
          await publishEvent(m, ActivitiesApi.events.attendanceRecorded, tenantId, e.payload);
        }
      });
      relay.kick();
      await during(written);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase('hours_chaos');
    nats = await startTestNats();
    await migrateServiceSchema({ ...hoursData, url: db.url });
    hours = new DataSource(serviceDataSourceOptions({ ...hoursData, url: db.url, poolSize: 3 }));
    await hours.initialize();
    // The publishing side: an outbox like every service's, in a schema of its own.
    source = new DataSource(
      serviceDataSourceOptions({ schema: 'chaos_source', entities: [], migrations: [], url: db.url, poolSize: 4 }),
    );
    await source.initialize();
    await source.query('CREATE SCHEMA IF NOT EXISTS chaos_source');
    await source.query(platformTablesSql);
    nc = await connectNats(nats.url, 'chaos-source');
    await ensureEventsStream(nc, 'LINLI_EVENTS');
    relay = new OutboxRelay(source, nc, logger, { idleMs: 50, publishTimeoutMs: 1000 });
    relay.start();
  });

  afterAll(async () => {
    for (const r of replicas) await r.close().catch(() => undefined);
    await relay?.stop();
    await nc?.close().catch(() => undefined);
    await source?.destroy();
    await hours?.destroy();
    await nats?.close();
    await db?.drop();
  });

  it(`loses nothing and counts nothing twice when the hours service is killed mid-stream (${EVENTS} check-outs)`, async () => {
    const tenantId = randomUUID();
    let first: ServiceHandle | undefined = await startHours();
    let killedAt = -1;
    await streamCheckOuts(tenantId, async (written) => {
      if (first && written >= EVENTS / 2) {
        killedAt = (await entries(tenantId)).n;
        await first.close(); // mid-stream: pulled messages are left unacked, in-flight transactions are cut off
        first = undefined;
        await startHours();
      }
    });
    const final = await waitFor(
      () => entries(tenantId),
      (c) => c.n >= EVENTS,
      45_000,
    );
    await new Promise((r) => setTimeout(r, 2500)); // past the ack wait: any redelivery has arrived
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(EVENTS);
    expect(await entries(tenantId)).toEqual({ n: EVENTS, d: EVENTS });
    expect(final.n).toBe(EVENTS);
  });

  it(`loses nothing and counts nothing twice when NATS stops for a few seconds mid-stream (${EVENTS} check-outs)`, async () => {
    const tenantId = randomUUID();
    let stopped = false;
    await streamCheckOuts(tenantId, async (written) => {
      if (!stopped && written >= EVENTS / 2) {
        stopped = true;
        await nats.stop();
        await new Promise((r) => setTimeout(r, 3000));
        await nats.restart();
      }
    });
    await waitFor(
      () => entries(tenantId),
      (c) => c.n >= EVENTS,
      45_000,
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(await entries(tenantId)).toEqual({ n: EVENTS, d: EVENTS });
    // The relay marks a batch published when its transaction commits, a moment after the stream has it.
    const outboxLeft = async () =>
      (await source.query('SELECT count(*)::int AS left FROM outbox WHERE published_at IS NULL'))[0] as {
        left: number;
      };
    expect(await waitFor(outboxLeft, (o) => o.left === 0, 10_000)).toEqual({ left: 0 });
  });
});
