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
export async function ensureEventsStream(nc: NatsConnection, name: string, replicas = 1): Promise<JetStreamManager> {
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
