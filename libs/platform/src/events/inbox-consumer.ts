import type { LoggerService } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { context, trace } from '@opentelemetry/api';
import type { DataSource, EntityManager } from 'typeorm';
import { logContext } from '../context/caller.js';
import { endSpan, extractTrace, SpanKind, startSpan, tracing } from '../tracing/tracing.js';
import { toFieldErrors } from '../errors/validation.js';
import { recordDeadLetter } from './dead-letters.js';
import { untilJetStreamReady } from './nats-connection.js';
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
  /** Applies one event in the transaction of its inbox row; also the fallback when a batch fails. */
  handle: (manager: EntityManager, event: EventEnvelope<T>) => Promise<void>;
  /**
   * Applies several events in one transaction, after their inbox rows: only events not applied
   * before are passed, each id once. With it the consumer applies what it has received as a batch;
   * without it every event has its own transaction.
   */
  handleBatch?: (manager: EntityManager, events: EventEnvelope<T>[]) => Promise<void>;
  /** Most events in one batch transaction (default 500); 1 turns batching off. */
  batchSize?: number;
  /** How long an idle consumer waits for more events after the first arrives (default 5 ms). */
  batchWaitMs?: number;
  ackWaitMs?: number;
  /** Payload class per subject: an event whose payload fails its class is dead-lettered at once. */
  payloads?: Record<string, PayloadClass>;
  /** Deliveries of an event whose handler keeps failing before it is set aside (default 5). */
  maxDeliveries?: number;
}

interface Received<T> {
  msg: JsMsg;
  envelope: EventEnvelope<T>;
}

/**
 * A durable, explicitly acked JetStream consumer whose handler runs in one transaction with
 * the inbox row for the event id: a redelivered or replayed event finds its id recorded and
 * changes nothing; a crash before commit leaves no trace and the event is delivered again.
 *
 * With a batch handler, the messages received while the previous batch was being applied are
 * applied together: one transaction, one multi-row insert of their inbox rows, one call of the
 * handler with the events not applied before, then one ack per message. A batch that fails is
 * applied again event by event, so only the event at fault is retried or set aside
 * (docs/ARCHITECTURE.md, "Events: outbox, inbox, dead letters").
 */
export class InboxConsumer<T> {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private readonly received: JsMsg[] = [];
  private wake?: () => void;
  private ended = false;

  constructor(
    private readonly ds: DataSource,
    private readonly nc: NatsConnection,
    private readonly logger: LoggerService,
    private readonly options: InboxConsumerOptions<T>,
  ) {}

  private get batchSize(): number {
    return this.options.handleBatch ? Math.max(1, this.options.batchSize ?? 500) : 1;
  }

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
    const consumer = await untilJetStreamReady(async () => {
      try {
        await jsm.consumers.info(this.options.stream, this.options.durable);
      } catch (error) {
        if (!/not found/i.test(String((error as Error).message))) throw error;
        await jsm.consumers.add(this.options.stream, config).catch((addError: Error) => {
          // Another replica created it between our check and our add.
          if (!/already in use|exists/i.test(String(addError.message))) throw addError;
        });
      }
      return jetstream(this.nc).consumers.get(this.options.stream, this.options.durable);
    });
    const batchSize = this.batchSize;
    this.messages = await consumer.consume({ max_messages: Math.max(100, batchSize) });
    if (batchSize === 1) {
      this.loop = (async () => {
        for await (const msg of this.messages!) await this.settle(msg);
      })();
      return;
    }
    // One loop only receives, so messages pile up while the other applies the previous batch.
    const receive = (async () => {
      for await (const msg of this.messages!) {
        this.received.push(msg);
        this.wake?.();
      }
    })().finally(() => {
      this.ended = true;
      this.wake?.();
    });
    const apply = (async () => {
      for (;;) {
        if (this.received.length === 0) {
          if (this.ended) return;
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = undefined;
          // Idle until now: give the rest of a burst a moment to arrive and join the batch.
          if (this.received.length < batchSize && !this.ended) {
            await new Promise((r) => setTimeout(r, this.options.batchWaitMs ?? 5));
          }
          continue;
        }
        await this.settleBatch(this.received.splice(0, batchSize));
      }
    })();
    this.loop = Promise.all([receive, apply]).then(() => undefined);
  }

  /** The message's envelope, or undefined when it cannot be applied and was set aside at once. */
  private async accept(msg: JsMsg): Promise<EventEnvelope<T> | undefined> {
    let envelope: EventEnvelope<T>;
    try {
      envelope = msg.json<EventEnvelope<T>>();
    } catch {
      await this.setAside(msg, 'not JSON');
      return undefined;
    }
    const problem = await envelopeProblem(envelope, this.options.payloads ?? {});
    if (problem) {
      await this.setAside(msg, problem, typeof envelope?.id === 'string' ? envelope.id : undefined);
      return undefined;
    }
    return envelope;
  }

  private async setAside(msg: JsMsg, reason: string, eventId?: string) {
    const deliveries = msg.info.deliveryCount;
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
  }

  /** The dead-letter table itself is unreachable (database down): the message comes back later. */
  private unsettled(msg: JsMsg, error: unknown) {
    this.logger.warn(`event on ${msg.subject} not settled: ${(error as Error).message}`, 'InboxConsumer');
    msg.nak(1000);
  }

  /** Applies one message in its own transaction: acked, retried with back-off, or set aside. */
  private async settle(msg: JsMsg, accepted?: EventEnvelope<T>) {
    try {
      const envelope = accepted ?? (await this.accept(msg));
      if (!envelope) return;
      const deliveries = msg.info.deliveryCount;
      try {
        await logContext.run({ requestId: envelope.requestId, tenantId: envelope.tenantId }, () =>
          tracing.on ? this.processTraced(msg, envelope) : this.process(envelope),
        );
        msg.ack();
      } catch (error) {
        const reason = (error as Error).message;
        if (deliveries >= (this.options.maxDeliveries ?? 5)) {
          await this.setAside(msg, reason, envelope.id);
        } else {
          this.logger.warn(
            `event ${envelope.id} failed (delivery ${deliveries}), will retry: ${reason}`,
            'InboxConsumer',
          );
          msg.nak(Math.min(1000 * 2 ** (deliveries - 1), 10_000));
        }
      }
    } catch (error) {
      this.unsettled(msg, error);
    }
  }

  /** Applies messages in one transaction; if that fails, each in its own (`settle`). */
  private async settleBatch(msgs: JsMsg[]) {
    const ready: Received<T>[] = [];
    for (const msg of msgs) {
      try {
        const envelope = await this.accept(msg);
        if (envelope) ready.push({ msg, envelope });
      } catch (error) {
        this.unsettled(msg, error);
      }
    }
    if (ready.length === 0) return;
    try {
      if (tracing.on) await this.processBatchTraced(ready);
      else await this.processBatch(ready.map((r) => r.envelope));
    } catch (error) {
      this.logger.warn(
        `a batch of ${ready.length} events failed, applying them one by one: ${(error as Error).message}`,
        'InboxConsumer',
      );
      for (const { msg, envelope } of ready) await this.settle(msg, envelope);
      return;
    }
    for (const { msg } of ready) msg.ack();
  }

  /** The service this consumer belongs to: its durable names start with it. */
  private get service(): string {
    return this.options.durable.split('-')[0];
  }

  private consumerAttributes(subject: string) {
    return {
      'messaging.system': 'nats',
      'messaging.destination.name': subject,
      'messaging.consumer.group.name': this.options.durable,
    };
  }

  /** `process` in a consumer span, a child of the publisher's (`traceparent` in the message headers). */
  private async processTraced(msg: JsMsg, envelope: EventEnvelope<T>): Promise<boolean> {
    const { span, ctx } = startSpan(
      `${envelope.subject} process`,
      SpanKind.CONSUMER,
      this.service,
      { ...this.consumerAttributes(envelope.subject), 'messaging.message.id': envelope.id },
      extractTrace(msg.headers),
    );
    try {
      const applied = await context.with(ctx, () => this.process(envelope));
      endSpan(span);
      return applied;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  }

  /** `processBatch` in one consumer span linked to each message's publisher: a batch has no single parent. */
  private async processBatchTraced(ready: Received<T>[]): Promise<number> {
    const links = ready.flatMap(({ msg }) => {
      const linked = trace.getSpanContext(extractTrace(msg.headers));
      return linked ? [{ context: linked }] : [];
    });
    const { span, ctx } = startSpan(
      `${this.options.filterSubject} process`,
      SpanKind.CONSUMER,
      this.service,
      { ...this.consumerAttributes(this.options.filterSubject), 'messaging.batch.message_count': ready.length },
      undefined,
      links,
    );
    try {
      const applied = await context.with(ctx, () => this.processBatch(ready.map((r) => r.envelope)));
      endSpan(span);
      return applied;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
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

  /**
   * Applies events exactly once in one transaction, through the batch handler (or `handle` for
   * each when there is none): one insert of all their inbox rows drops the ids applied before and
   * repeated ones. Returns how many were applied. Throws, leaving no trace, when the handler does.
   */
  async processBatch(envelopes: EventEnvelope<T>[]): Promise<number> {
    const byId = new Map<string, EventEnvelope<T>>();
    for (const e of envelopes) if (!byId.has(e.id.toLowerCase())) byId.set(e.id.toLowerCase(), e);
    if (byId.size === 0) return 0;
    const unique = [...byId.values()];
    return this.ds.transaction(async (manager) => {
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox (consumer, event_id, subject)
         SELECT $1, e.id, e.subject FROM unnest($2::uuid[], $3::text[]) AS e (id, subject)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.durable, unique.map((e) => e.id), unique.map((e) => e.subject)],
      );
      const fresh = new Set(inserted.map((r) => r.event_id.toLowerCase()));
      const events = unique.filter((e) => fresh.has(e.id.toLowerCase()));
      if (events.length === 0) return 0;
      if (this.options.handleBatch) await this.options.handleBatch(manager, events);
      else for (const event of events) await this.options.handle(manager, event);
      return events.length;
    });
  }

  async stop() {
    this.messages?.stop();
    await this.loop;
  }
}
