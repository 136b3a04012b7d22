import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { ServiceClient } from '#linli/platform';
import { GatewayConfig } from '../gateway.config.js';

export const NATS_CLIENT = Symbol('NATS_CLIENT');

@Injectable()
export class NatsClientLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(NATS_CLIENT) private readonly client: ClientProxy) {}

  async onModuleInit() {
    await this.client.connect();
  }

  async onApplicationShutdown() {
    await this.client.close();
  }
}

export const serviceClientProviders: Provider[] = [
  {
    provide: NATS_CLIENT,
    inject: [GatewayConfig],
    useFactory: (config: GatewayConfig) =>
      ClientProxyFactory.create({
        transport: Transport.NATS,
        options: {
          servers: config.NATS_URL.split(','),
          name: 'gateway',
          maxReconnectAttempts: -1,
          reconnectTimeWait: 500,
          // No Error (and its stack) captured per request: the request path's largest avoidable cost.
          noAsyncTraces: true,
        },
      }),
  },
  {
    provide: ServiceClient,
    inject: [NATS_CLIENT, GatewayConfig],
    useFactory: (client: ClientProxy, config: GatewayConfig) => new ServiceClient(client, config.RPC_TIMEOUT_MS),
  },
  NatsClientLifecycle,
];
