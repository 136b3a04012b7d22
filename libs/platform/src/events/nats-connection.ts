import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';

export async function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url.split(','),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    noAsyncTraces: true,
  });
}

/**
 * Creates or updates the events stream. Records must survive a node loss: replicas come
 * from config (3 in production) and the two-minute duplicate window backs the outbox's
 * dedup ids.
 */
/** JetStream answers that mean "not now" (a cluster electing a leader, a node just started), not "never". */
const TRANSIENT =
  /timeout|no responders|jetstream not enabled|temporarily unavailable|leader|insufficient resources|503|no suitable peers/i;

/**
 * Runs a JetStream management call, again with a growing pause while the answer says the
 * cluster is not ready yet (a replicated stream needs its nodes to have elected a leader), for
 * up to `budgetMs`: a service started together with its NATS cluster waits instead of crashing.
 */
export async function untilJetStreamReady<T>(work: () => Promise<T>, budgetMs = 60_000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pause = 200; ; pause = Math.min(pause * 2, 3000)) {
    try {
      return await work();
    } catch (error) {
      if (!TRANSIENT.test(String((error as Error)?.message ?? error)) || Date.now() + pause > deadline) throw error;
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

export async function ensureEventsStream(nc: NatsConnection, name: string, replicas = 1): Promise<JetStreamManager> {
  return untilJetStreamReady(() => ensureStreamOnce(nc, name, replicas));
}

async function ensureStreamOnce(nc: NatsConnection, name: string, replicas: number): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  const config = {
    name,
    subjects: ['evt.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    duplicate_window: 120_000_000_000,
    max_age: 0,
  };
  try {
    await jsm.streams.info(name);
    await jsm.streams.update(name, {
      subjects: config.subjects,
      num_replicas: replicas,
      duplicate_window: config.duplicate_window,
    });
  } catch (error) {
    if (!/not found/i.test(String((error as Error).message))) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it between our check and our add.
      if (!/already in use|exists/i.test(String((addError as Error).message))) throw addError;
    }
  }
  return jsm;
}
