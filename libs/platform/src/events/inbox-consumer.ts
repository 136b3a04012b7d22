import type { LoggerService } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import type { DataSource, EntityManager } from 'typeorm';
import { logContext } from '../context/caller.js';
import type { EventEnvelope } from './event-envelope.js';

export interface InboxConsumerOptions<T> {
  stream: string;
  /** Durable consumer name, shared by every replica of the consuming service. */
  durable: string;
  /** One subject filter (wildcards allowed); servers before 2.10 take only one. */
  filterSubject: string;
  handle: (manager: EntityManager, event: EventEnvelope<T>) => Promise<void>;
  ackWaitMs?: number;
}

/**
 * A durable, explicitly acked JetStream consumer whose handler runs in one transaction with
 * the inbox row for the event id: a redelivered or replayed event finds its id recorded and
 * changes nothing; a crash before commit leaves no trace and the event is delivered again.
 */
export class InboxConsumer<T> {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;

  constructor(
    private readonly ds: DataSource,
    private readonly nc: NatsConnection,
    private readonly logger: LoggerService,
    private readonly options: InboxConsumerOptions<T>,
  ) {}

  async start() {
    const jsm = await jetstreamManager(this.nc);
    const config = {
      durable_name: this.options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.options.filterSubject,
      ack_wait: (this.options.ackWaitMs ?? 30_000) * 1_000_000,
      max_deliver: -1,
    };
    try {
      await jsm.consumers.info(this.options.stream, this.options.durable);
    } catch {
      await jsm.consumers.add(this.options.stream, config);
    }
    const consumer = await jetstream(this.nc).consumers.get(this.options.stream, this.options.durable);
    this.messages = await consumer.consume({ max_messages: 100 });
    this.loop = (async () => {
      for await (const msg of this.messages!) {
        let envelope: EventEnvelope<T>;
        try {
          envelope = msg.json<EventEnvelope<T>>();
        } catch {
          this.logger.error(`dropping malformed event on ${msg.subject}`, 'InboxConsumer');
          msg.term();
          continue;
        }
        try {
          await logContext.run({ requestId: envelope.requestId, tenantId: envelope.tenantId }, () =>
            this.process(envelope),
          );
          msg.ack();
        } catch (error) {
          this.logger.warn(`event ${envelope.id} failed, will retry: ${(error as Error).message}`, 'InboxConsumer');
          msg.nak(1000);
        }
      }
    })();
  }

  /** Applies one event exactly once; returns false when it had already been applied. */
  async process(envelope: EventEnvelope<T>): Promise<boolean> {
    return this.ds.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO inbox (consumer, event_id, subject) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id',
        [this.options.durable, envelope.id, envelope.subject],
      );
      if (inserted.length === 0) return false;
      await this.options.handle(manager, envelope);
      return true;
    });
  }

  async stop() {
    this.messages?.stop();
    await this.loop;
  }
}
