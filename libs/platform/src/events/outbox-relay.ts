import type { LoggerService } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import type { DataSource } from 'typeorm';
import { HEADER } from '../context/caller.js';
import { endSpan, injectTrace, recallTrace, SpanKind, startSpan, tracing } from '../tracing/tracing.js';
import type { EventEnvelope } from './event-envelope.js';

interface OutboxRow {
  id: string;
  tenant_id: string;
  subject: string;
  payload: unknown;
  request_id: string | null;
  created_at: Date;
}

/**
 * Publishes committed outbox rows to JetStream, oldest first, with the row id as `Nats-Msg-Id`
 * so a row published twice (crash between ack and commit) is stored once. Rows are claimed
 * with SKIP LOCKED, so several replicas relay without stepping on each other. While NATS is
 * down rows wait and are retried; nothing is dropped.
 */
export class OutboxRelay {
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;

  constructor(
    private readonly ds: DataSource,
    private readonly nc: NatsConnection,
    private readonly logger: LoggerService,
    private readonly options: {
      batchSize?: number;
      idleMs?: number;
      publishTimeoutMs?: number;
      /** The service relaying, named on its spans. */
      service?: string;
    } = {},
  ) {}

  start() {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a transaction that wrote to the outbox commits, to publish without waiting for the next poll. */
  kick() {
    this.wake?.();
  }

  async stop() {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run() {
    const idleMs = this.options.idleMs ?? 500;
    let backoff = idleMs;
    while (this.running) {
      let published = 0;
      try {
        published = await this.relayBatch();
        backoff = idleMs;
      } catch (error) {
        this.logger.warn(`outbox relay paused: ${(error as Error).message}`, 'OutboxRelay');
        backoff = Math.min(backoff * 2, 5000);
      }
      if (published === (this.options.batchSize ?? 100)) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Publishes one batch; returns how many rows were published. */
  async relayBatch(): Promise<number> {
    const js = jetstream(this.nc, { timeout: this.options.publishTimeoutMs ?? 5000 });
    return this.ds.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, tenant_id, subject, payload, request_id, created_at FROM outbox
         WHERE published_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 100],
      );
      if (rows.length === 0) return 0;
      const done: string[] = [];
      try {
        for (const row of rows) {
          const envelope: EventEnvelope = {
            id: row.id,
            subject: row.subject,
            tenantId: row.tenant_id,
            occurredAt: new Date(row.created_at).toISOString(),
            ...(row.request_id ? { requestId: row.request_id } : {}),
            payload: row.payload,
          };
          const headers = natsHeaders();
          if (row.request_id) headers.set(HEADER.requestId, row.request_id);
          if (tracing.on) await this.publishTraced(js, row, envelope, headers);
          else await js.publish(row.subject, JSON.stringify(envelope), { msgID: row.id, headers });
          done.push(row.id);
        }
      } finally {
        if (done.length > 0) {
          await manager.query('UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1)', [
            done,
          ]);
        }
      }
      return done.length;
    });
  }

  /**
   * Publishes in a producer span, a child of the request that wrote the row when this process
   * still knows it, with its `traceparent` in the message headers for the consumers.
   */
  private async publishTraced(
    js: ReturnType<typeof jetstream>,
    row: OutboxRow,
    envelope: EventEnvelope,
    headers: ReturnType<typeof natsHeaders>,
  ) {
    const { span, ctx } = startSpan(
      `${row.subject} publish`,
      SpanKind.PRODUCER,
      this.options.service,
      { 'messaging.system': 'nats', 'messaging.destination.name': row.subject, 'messaging.message.id': row.id },
      recallTrace(row.id),
    );
    injectTrace(ctx, headers);
    try {
      await js.publish(row.subject, JSON.stringify(envelope), { msgID: row.id, headers });
      endSpan(span);
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  }
}
