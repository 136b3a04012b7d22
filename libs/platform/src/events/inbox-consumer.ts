import type { LoggerService } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { logContext } from '../context/caller.js';
import { toFieldErrors } from '../errors/validation.js';
import { recordDeadLetter } from './dead-letters.js';
import type { EventEnvelope } from './event-envelope.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PayloadClass = new (...args: any[]) => unknown;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why an envelope cannot be applied, or undefined when it is well formed. */
export async function envelopeProblem(
  envelope: EventEnvelope<unknown>,
  payloads: Record<string, PayloadClass>,
): Promise<string | undefined> {
  if (typeof envelope !== 'object' || envelope === null) return 'not an event envelope';
  if (typeof envelope.id !== 'string' || !UUID.test(envelope.id)) return 'id is not a uuid';
  if (typeof envelope.tenantId !== 'string' || !UUID.test(envelope.tenantId)) return 'tenantId is not a uuid';
  if (typeof envelope.occurredAt !== 'string' || Number.isNaN(Date.parse(envelope.occurredAt)))
    return 'occurredAt is not a time';
  const Payload = payloads[envelope.subject];
  if (!Payload) return undefined;
  if (typeof envelope.payload !== 'object' || envelope.payload === null) return 'payload is not an object';
  const errors = await validate(plainToInstance(Payload, envelope.payload) as object, {
    validationError: { target: false, value: false },
  });
  if (errors.length === 0) return undefined;
  return `payload invalid: ${toFieldErrors(errors)
    .map((e) => `${e.field} ${e.code}`)
    .join(', ')}`;
}

export interface InboxConsumerOptions<T> {
  stream: string;
  /** Durable consumer name, shared by every replica of the consuming service. */
  durable: string;
  /** One subject filter (wildcards allowed); servers before 2.10 take only one. */
  filterSubject: string;
  handle: (manager: EntityManager, event: EventEnvelope<T>) => Promise<void>;
  ackWaitMs?: number;
  /** Payload class per subject: an event whose payload fails its class is dead-lettered at once. */
  payloads?: Record<string, PayloadClass>;
  /** Deliveries of an event whose handler keeps failing before it is set aside (default 5). */
  maxDeliveries?: number;
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
        const deliveries = msg.info.deliveryCount;
        const setAside = async (reason: string, eventId?: string) => {
          await recordDeadLetter(this.ds, {
            consumer: this.options.durable,
            eventId,
            subject: msg.subject,
            message: msg.string(),
            reason,
            deliveries,
          });
          this.logger.error(
            `event ${eventId ?? '(no id)'} on ${msg.subject} set aside as a dead letter after ${deliveries} deliveries: ${reason}`,
            'InboxConsumer',
          );
          msg.ack();
        };
        try {
          let envelope: EventEnvelope<T>;
          try {
            envelope = msg.json<EventEnvelope<T>>();
          } catch {
            await setAside('not JSON');
            continue;
          }
          const problem = await envelopeProblem(envelope, this.options.payloads ?? {});
          if (problem) {
            await setAside(problem, typeof envelope?.id === 'string' ? envelope.id : undefined);
            continue;
          }
          try {
            await logContext.run({ requestId: envelope.requestId, tenantId: envelope.tenantId }, () =>
              this.process(envelope),
            );
            msg.ack();
          } catch (error) {
            const reason = (error as Error).message;
            if (deliveries >= (this.options.maxDeliveries ?? 5)) {
              await setAside(reason, envelope.id);
            } else {
              this.logger.warn(
                `event ${envelope.id} failed (delivery ${deliveries}), will retry: ${reason}`,
                'InboxConsumer',
              );
              msg.nak(Math.min(1000 * 2 ** (deliveries - 1), 10_000));
            }
          }
        } catch (error) {
          // The dead-letter table itself is unreachable (database down): try again later.
          this.logger.warn(`event on ${msg.subject} not settled: ${(error as Error).message}`, 'InboxConsumer');
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
