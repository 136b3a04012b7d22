import {
  Controller,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Type,
} from '@nestjs/common';
import { ClientProxyFactory, MessagePattern, Transport, type ClientProxy } from '@nestjs/microservices';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { INSTANCES_SUBJECT } from '#linli/contracts';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service.config.js';
import { serviceDataSourceOptions, type ServiceDataOptions } from '../database/data-source.js';
import { openServiceDataSource } from '../database/read-replica.js';
import { countDeadLetters } from '../events/dead-letters.js';
import { connectNats, ensureEventsStream } from '../events/nats-connection.js';
import { METRICS_SUBJECT, metricsSnapshot, registerScrapeSource, startProcessMetrics } from '../metrics/metrics.js';
import { OutboxRelay } from '../events/outbox-relay.js';
import { ServiceClient } from '../nats/service-client.js';
import { configureTokens } from '../auth/jwt.js';
import { tokenKeysOf } from '../auth/token-keys.js';
import { JsonLogger } from '../logging/json-logger.js';
import { startTracing, type TracingLease } from '../tracing/tracing.js';
import { NATS_CLIENT, NATS_CONNECTION, SERVICE_CONFIG, SERVICE_LOGGER } from './tokens.js';

export interface PlatformOptions {
  name: string;
  config: ServiceConfig;
  data: Omit<ServiceDataOptions, 'url'>;
}

@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_CLIENT) private readonly client: ClientProxy,
  ) {}

  onApplicationBootstrap() {
    this.relay.start();
  }

  async onApplicationShutdown() {
    await this.relay.stop();
    await this.client.close();
    await this.nc.drain().catch(() => undefined);
  }
}

/** Whether this process already answers the gateway's metrics scrape (one answer per process). */
let answeringScrapes = false;

/** Adds the service's gauges to the scrape and answers the gateway's scrape for this process. */
function metricsResponder(name: string, instance: string, stream: string): Type<unknown> {
  @Injectable()
  class MetricsResponder implements OnApplicationBootstrap {
    constructor(
      private readonly ds: DataSource,
      @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    ) {}

    onApplicationBootstrap() {
      startProcessMetrics();
      registerScrapeSource({
        service: name,
        outboxBacklog: async () =>
          (await this.ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n as number,
        deadLetters: () => countDeadLetters(this.ds),
        consumerLag: async () => {
          const consumers = await (await jetstreamManager(this.nc)).consumers.list(stream).next();
          return consumers
            .filter((c) => c.name.startsWith(`${name}-`))
            .map((c) => ({ consumer: c.name, pending: c.num_pending + c.num_ack_pending }));
        },
      });
      if (answeringScrapes) return;
      answeringScrapes = true;
      // The roll call: every process says it is here, with its own database connection's state.
      this.nc.subscribe(INSTANCES_SUBJECT, {
        callback: (error, msg) => {
          if (error) return;
          void this.ds
            .query('SELECT 1')
            .then(
              () => 'up',
              () => 'down',
            )
            .then((database) =>
              msg.respond(
                JSON.stringify({
                  service: name,
                  instance,
                  database,
                  natsServer: this.nc.info?.server_name,
                  uptimeSeconds: Math.floor(process.uptime()),
                }),
              ),
            );
        },
      });
      // No queue group: every process answers, and the gateway sums the replicas.
      this.nc.subscribe(METRICS_SUBJECT, {
        callback: (error, msg) => {
          if (error) return;
          void metricsSnapshot().then((metrics) => msg.respond(JSON.stringify({ service: name, instance, metrics })));
        },
      });
    }
  }
  return MetricsResponder;
}

/** Starts this process's tracing when an endpoint is configured, and lets go of it at shutdown (tracing.ts). */
function tracingLifecycle(name: string, config: ServiceConfig): Type<unknown> {
  @Injectable()
  class TracingLifecycle implements OnModuleInit, OnApplicationShutdown {
    private lease?: TracingLease;

    async onModuleInit() {
      this.lease = await startTracing({
        service: name,
        endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
        serviceName: config.OTEL_SERVICE_NAME || undefined,
        sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
      });
    }

    async onApplicationShutdown() {
      await this.lease?.release();
    }
  }
  return TracingLifecycle;
}

function healthController(name: string, instance: string): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(private readonly ds: DataSource) {}

    @MessagePattern(`${name}.health.check`)
    async check() {
      let database = 'up';
      let deadLetters: number | undefined;
      try {
        await this.ds.query('SELECT 1');
        deadLetters = await countDeadLetters(this.ds).catch(() => undefined);
      } catch {
        database = 'down';
      }
      return {
        service: name,
        instance,
        status: database === 'up' ? 'ready' : 'not_ready',
        checks: { database },
        ...(deadLetters !== undefined ? { deadLetters } : {}),
      };
    }
  }
  return HealthController;
}

/**
 * Everything a service stands on: its schema's data source, a NATS connection for JetStream,
 * the events stream, the outbox relay, scheduled jobs, health over NATS.
 */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const { config, name } = options;
    const logger = new JsonLogger(name, config.LOG_LEVEL);
    const signer = configureTokens(tokenKeysOf(config));
    // Only the identity service signs users' access tokens; it cannot start without the key.
    if (name === 'identity' && !signer.signsAccessTokens) {
      throw new Error('Invalid configuration:\n  AUTH_IDENTITY_KEY: the identity service signs access tokens with it');
    }
    const instance = config.SERVICE_INSTANCE ?? `${name}-${process.pid}`;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            serviceDataSourceOptions({
              ...options.data,
              url: config.DATABASE_URL,
              readUrl: config.DATABASE_READ_URL || undefined,
            }),
          dataSourceFactory: (dataSourceOptions) => openServiceDataSource(dataSourceOptions!, logger),
        }),
        ScheduleModule.forRoot(),
      ],
      controllers: [healthController(name, instance)],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_LOGGER, useValue: logger },
        {
          provide: NATS_CONNECTION,
          useFactory: async () => {
            const nc = await connectNats(config.NATS_URL, `${instance}-events`);
            await ensureEventsStream(nc, config.EVENTS_STREAM, config.EVENTS_REPLICAS);
            return nc;
          },
        },
        {
          provide: OutboxRelay,
          useFactory: (ds: DataSource, nc: NatsConnection) => new OutboxRelay(ds, nc, logger, { service: name }),
          inject: [DataSource, NATS_CONNECTION],
        },
        {
          // Calls to other services, with the caller's token forwarded and a timeout on each.
          provide: NATS_CLIENT,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              options: {
                servers: config.NATS_URL.split(','),
                name: `${instance}-client`,
                maxReconnectAttempts: -1,
                noAsyncTraces: true,
              },
            }),
        },
        {
          provide: ServiceClient,
          useFactory: (client: ClientProxy) => new ServiceClient(client, config.RPC_TIMEOUT_MS),
          inject: [NATS_CLIENT],
        },
        PlatformLifecycle,
        metricsResponder(name, instance, config.EVENTS_STREAM),
        tracingLifecycle(name, config),
      ],
      exports: [SERVICE_CONFIG, SERVICE_LOGGER, NATS_CONNECTION, OutboxRelay, ServiceClient],
    };
  }
}
