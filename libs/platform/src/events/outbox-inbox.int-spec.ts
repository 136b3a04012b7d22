import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '#linli/testing';
import { platformTablesSql } from '../database/data-source.js';
import { idempotent } from '../idempotency/idempotency.js';
import { withAdvisoryLock } from '../locks/advisory-lock.js';
import { JsonLogger } from '../logging/json-logger.js';
import type { EventEnvelope } from './event-envelope.js';
import { IsInt, Min } from 'class-validator';
import { countDeadLetters, DeadLetters1764720000000, replayDeadLetters } from './dead-letters.js';
import { InboxConsumer } from './inbox-consumer.js';
import { connectNats, ensureEventsStream } from './nats-connection.js';
import { addToOutbox } from './outbox.js';
import { OutboxRelay } from './outbox-relay.js';

const STREAM = 'LINLI_EVENTS_TEST';
const logger = new JsonLogger('platform-test', 'fatal');
const tenantId = randomUUID();

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('outbox, inbox and locks on real Postgres and NATS', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let ds: DataSource;
  let nc: NatsConnection;

  beforeAll(async () => {
    db = await createTestDatabase('platform_events');
    nats = await startTestNats();
    ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 8 } });
    await ds.initialize();
    await ds.query(platformTablesSql);
    await new DeadLetters1764720000000().up(ds.createQueryRunner());
    await ds.query('CREATE TABLE effects (event_id uuid, value int)');
    nc = await connectNats(nats.url, 'platform-test');
    await ensureEventsStream(nc, STREAM);
  });

  afterAll(async () => {
    await nc?.close().catch(() => undefined);
    await ds?.destroy();
    await nats?.close();
    await db?.drop();
  });

  const streamCount = async () => {
    try {
      return (await (await jetstreamManager(nc)).streams.info(STREAM)).state.messages;
    } catch {
      return -1; // reconnecting
    }
  };

  it('publishes committed events once, with the event id as the dedup id, and never rolled-back ones', async () => {
    const relay = new OutboxRelay(ds, nc, logger, { idleMs: 50 });
    const before = await streamCount();
    const committed = await ds.transaction((m) =>
      addToOutbox(m, { subject: 'evt.test.thing.created', tenantId, payload: { n: 1 } }),
    );
    await ds
      .transaction(async (m) => {
        await addToOutbox(m, { subject: 'evt.test.thing.created', tenantId, payload: { n: 2 } });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    relay.start();
    await waitFor(streamCount, (n) => n === before + 1);
    await relay.stop();
    expect(await streamCount()).toBe(before + 1);
    const msg = await (
      await jetstreamManager(nc)
    ).streams.getMessage(STREAM, { last_by_subj: 'evt.test.thing.created' });
    expect(msg?.header?.get('Nats-Msg-Id')).toBe(committed);
    expect(msg?.json<EventEnvelope>()).toMatchObject({ id: committed, tenantId, payload: { n: 1 } });

    // A crash after publishing but before marking the row published: the row goes out again, the stream keeps one copy.
    await ds.query('UPDATE outbox SET published_at = NULL WHERE id = $1', [committed]);
    await relay.relayBatch();
    expect(await streamCount()).toBe(before + 1);
  });

  it('keeps events while NATS is down and publishes them when it is back', async () => {
    const relay = new OutboxRelay(ds, nc, logger, { idleMs: 50, publishTimeoutMs: 500 });
    relay.start();
    const before = await streamCount();
    await nats.stop();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await ds.transaction((m) => addToOutbox(m, { subject: 'evt.test.thing.updated', tenantId, payload: { i } })),
      );
    }
    await new Promise((r) => setTimeout(r, 700));
    const [{ pending }] = await ds.query(
      'SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL AND id = ANY($1)',
      [ids],
    );
    expect(pending).toBe(5);
    await nats.restart();
    await waitFor(streamCount, (n) => n === before + 5, 20_000);
    await relay.stop();
    expect(await streamCount()).toBe(before + 5);
    const [{ left }] = await ds.query('SELECT count(*)::int AS left FROM outbox WHERE published_at IS NULL');
    expect(left).toBe(0);
  });

  it('applies each event once, however often it is delivered', async () => {
    const applied: string[] = [];
    const consumer = new InboxConsumer<{ value: number }>(ds, nc, logger, {
      stream: STREAM,
      durable: 'effects-test',
      filterSubject: 'evt.test.effect.>',
      ackWaitMs: 1000,
      handle: async (manager, event) => {
        applied.push(event.id);
        await manager.query('INSERT INTO effects (event_id, value) VALUES ($1, $2)', [event.id, event.payload.value]);
      },
    });
    const envelope: EventEnvelope<{ value: number }> = {
      id: randomUUID(),
      subject: 'evt.test.effect.made',
      tenantId,
      occurredAt: new Date().toISOString(),
      payload: { value: 7 },
    };
    expect(await consumer.process(envelope)).toBe(true);
    expect(await consumer.process(envelope)).toBe(false);

    // The same event published twice under different msg ids (a replay): still one effect.
    await consumer.start();
    const js = jetstream(nc);
    const second = { ...envelope, id: randomUUID(), payload: { value: 8 } };
    await js.publish(second.subject, JSON.stringify(second), { msgID: `${second.id}-a` });
    await js.publish(second.subject, JSON.stringify(second), { msgID: `${second.id}-b` });
    const rows = await waitFor(
      () => ds.query('SELECT value FROM effects WHERE event_id = $1', [second.id]),
      (r: unknown[]) => r.length > 0,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await ds.query('SELECT value FROM effects WHERE event_id = $1', [second.id])).toEqual(rows);
    expect(rows).toEqual([{ value: 8 }]);
    await consumer.stop();
  });

  it('retries an event whose handler failed, without a trace of the failed attempt', async () => {
    let attempts = 0;
    const consumer = new InboxConsumer<{ value: number }>(ds, nc, logger, {
      stream: STREAM,
      durable: 'flaky-test',
      filterSubject: 'evt.test.flaky.>',
      handle: async (manager, event) => {
        attempts += 1;
        await manager.query('INSERT INTO effects (event_id, value) VALUES ($1, $2)', [event.id, event.payload.value]);
        if (attempts === 1) throw new Error('crash between write and ack');
      },
    });
    await consumer.start();
    const event = {
      id: randomUUID(),
      subject: 'evt.test.flaky.x',
      tenantId,
      occurredAt: new Date().toISOString(),
      payload: { value: 1 },
    };
    await jetstream(nc).publish(event.subject, JSON.stringify(event), { msgID: event.id });
    await waitFor(
      () => ds.query('SELECT * FROM effects WHERE event_id = $1', [event.id]),
      (r: unknown[]) => r.length > 0,
    );
    await consumer.stop();
    expect(attempts).toBe(2);
    expect(await ds.query('SELECT value FROM effects WHERE event_id = $1', [event.id])).toEqual([{ value: 1 }]);
  });

  it('lets one of several concurrent job runs take the advisory lock', async () => {
    let running = 0;
    let maxRunning = 0;
    const job = () =>
      withAdvisoryLock(ds, 'test.job', async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 200));
        running -= 1;
        return 'done';
      });
    const outcomes = await Promise.all([job(), job(), job()]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(maxRunning).toBe(1);
    expect((await job()).ran).toBe(true);
  });

  it('answers 409 to a retry while the first request with that Idempotency-Key still runs', async () => {
    const caller = { requestId: 'r', tenantId, userId: randomUUID(), grants: [], idempotencyKey: randomUUID() };
    let release!: () => void;
    const first = idempotent(
      ds,
      caller,
      'op',
      { a: 1 },
      () => new Promise<string>((r) => (release = () => r('first'))),
    );
    await new Promise((r) => setTimeout(r, 100));
    await expect(idempotent(ds, caller, 'op', { a: 1 }, async () => 'second')).rejects.toMatchObject({
      code: 'IDEMPOTENCY.IN_PROGRESS',
      status: 409,
    });
    release();
    expect(await first).toBe('first');
    expect(await idempotent(ds, caller, 'op', { a: 1 }, async () => 'third')).toBe('first');
  });

  it('sets a malformed event aside at once, and one that keeps failing after five deliveries; both replay after a fix', async () => {
    class Reading {
      @IsInt() @Min(0) value: number;
    }
    let broken = true;
    const applied: number[] = [];
    const consumer = new InboxConsumer<{ value: number }>(ds, nc, logger, {
      stream: STREAM,
      durable: 'dead-letter-test',
      filterSubject: 'evt.test.reading.>',
      payloads: { 'evt.test.reading.taken': Reading },
      maxDeliveries: 5,
      ackWaitMs: 2000,
      handle: async (manager, event) => {
        if (event.payload.value === 13 && broken) throw new Error('unlucky reading');
        applied.push(event.payload.value);
        await manager.query('INSERT INTO effects (event_id, value) VALUES ($1, $2)', [event.id, event.payload.value]);
      },
    });
    await consumer.start();
    const js = jetstream(nc);
    const send = async (payload: unknown, id = randomUUID()) => {
      await js.publish(
        'evt.test.reading.taken',
        JSON.stringify({
          id,
          subject: 'evt.test.reading.taken',
          tenantId,
          occurredAt: new Date().toISOString(),
          payload,
        }),
        { msgID: id },
      );
      return id;
    };
    const malformed = await send({ value: 'lots' });
    const unlucky = await send({ value: 13 });
    await js.publish('evt.test.reading.taken', 'not json at all', { msgID: randomUUID() });
    for (let value = 1; value <= 5; value++) await send({ value });

    // The good ones flow past the bad ones; the bad ones are set aside, not redelivered forever.
    await waitFor(
      () => countDeadLetters(ds),
      (n) => n === 3,
      30_000,
    );
    expect(applied.filter((v) => v !== 13).sort()).toEqual([1, 2, 3, 4, 5]);
    const letters = await ds.query(
      `SELECT event_id AS "eventId", reason, deliveries FROM dead_letters WHERE consumer = 'dead-letter-test' ORDER BY id`,
    );
    expect(letters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ eventId: malformed, deliveries: 1, reason: expect.stringContaining('value') }),
        expect.objectContaining({ eventId: unlucky, deliveries: 5, reason: 'unlucky reading' }),
        expect.objectContaining({ eventId: null, reason: 'not JSON' }),
      ]),
    );

    // After the fix, a replay applies the unlucky one exactly once; the malformed ones are set aside again.
    broken = false;
    expect(await replayDeadLetters(ds, nc, { consumer: 'dead-letter-test' })).toBe(3);
    // `applied` is pushed inside the handler's transaction, before it commits: wait on the
    // committed effect itself, not on the in-memory trace.
    const effectsOf = async (eventId: string) =>
      (await ds.query('SELECT count(*)::int AS n FROM effects WHERE event_id = $1', [eventId]))[0].n as number;
    expect(
      await waitFor(
        () => effectsOf(unlucky),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(
      await waitFor(
        () => countDeadLetters(ds),
        (n) => n === 2,
      ),
    ).toBe(2);
    expect(applied.filter((v) => v === 13)).toEqual([13]);
    expect(await effectsOf(unlucky)).toBe(1);
    await consumer.stop();
  });
});
