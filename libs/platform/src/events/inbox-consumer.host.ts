import {
  Inject,
  Injectable,
  type LoggerService,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type Type,
} from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource, type EntityManager } from 'typeorm';
import { eventsFilter, type EventDef } from '#linli/contracts';
import type { ServiceConfig } from '../config/service.config.js';
import { NATS_CONNECTION, SERVICE_CONFIG, SERVICE_LOGGER } from '../nest/tokens.js';
import type { EventEnvelope } from './event-envelope.js';
import { InboxConsumer } from './inbox-consumer.js';

export interface InboxConsumerHostOptions<T> {
  /** Durable consumer name, shared by every replica of the service. */
  durable: string;
  /** The declared events this consumer applies; each payload is validated by its class before `handle`. */
  events: readonly EventDef[];
  /** The subject filter; by default the events' own (`eventsFilter`). */
  filterSubject?: string;
  maxDeliveries?: number;
  handle: (manager: EntityManager, event: EventEnvelope<T>) => Promise<unknown>;
  /**
   * Applies a batch of events in one transaction (see `InboxConsumerOptions.handleBatch`); `handle`
   * stays the path of a batch that failed.
   */
  handleBatch?: (manager: EntityManager, events: EventEnvelope<T>[]) => Promise<unknown>;
  /** Most events per batch transaction (default 500, 1 = one transaction per event); may read config. */
  batchSize?: number | ((config: ServiceConfig) => number);
  /** Pullers per replica on the one durable consumer (each event still applied exactly once); may read config. */
  concurrency?: number | ((config: ServiceConfig) => number);
  ackWaitMs?: number | ((config: ServiceConfig) => number);
}

/**
 * A Nest provider that runs an exactly-once inbox consumer for the service's lifetime: started
 * at bootstrap, stopped before the platform drains the NATS connection.
 */
export function inboxConsumerHost<T>(options: InboxConsumerHostOptions<T>): Type<{ consumers: InboxConsumer<T>[] }> {
  @Injectable()
  class InboxConsumerHost implements OnApplicationBootstrap, OnModuleDestroy {
    readonly consumers: InboxConsumer<T>[] = [];

    constructor(
      private readonly ds: DataSource,
      @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
      @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
      @Inject(SERVICE_LOGGER) private readonly logger: LoggerService,
    ) {}

    async onApplicationBootstrap() {
      const setting = (value: number | ((config: ServiceConfig) => number) | undefined) =>
        typeof value === 'function' ? value(this.config) : value;
      const handleBatch = options.handleBatch;
      for (let i = 0; i < (setting(options.concurrency) ?? 1); i++) {
        const consumer = new InboxConsumer<T>(this.ds, this.nc, this.logger, {
          stream: this.config.EVENTS_STREAM,
          durable: options.durable,
          filterSubject: options.filterSubject ?? eventsFilter(options.events),
          ackWaitMs: setting(options.ackWaitMs),
          payloads: Object.fromEntries(options.events.map((e) => [e.subject, e.payload])),
          maxDeliveries: options.maxDeliveries,
          handle: async (manager, event) => {
            await options.handle(manager, event);
          },
          handleBatch: handleBatch
            ? async (manager, events) => {
                await handleBatch(manager, events);
              }
            : undefined,
          batchSize: setting(options.batchSize),
        });
        await consumer.start();
        this.consumers.push(consumer);
      }
    }

    async onModuleDestroy() {
      await Promise.all(this.consumers.map((c) => c.stop()));
    }
  }
  Object.defineProperty(InboxConsumerHost, 'name', { value: `InboxConsumerHost(${options.durable})` });
  return InboxConsumerHost;
}
