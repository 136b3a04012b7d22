import { type DynamicModule, type INestMicroservice, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { ContractValidationPipe } from '../errors/input-text.js';
import { JsonLogger } from '../logging/json-logger.js';
import { RpcContextInterceptor } from './context.interceptor.js';
import { RpcErrorFilter } from './rpc-error.filter.js';

export interface ServiceBootstrapOptions {
  /** Service name: also the NATS queue group, so replicas share requests instead of repeating them. */
  name: string;
  module: Type<unknown> | DynamicModule;
  natsUrl: string;
  shutdownGraceMs?: number;
  logLevel?: string;
}

/** Starts a service as a NATS microservice with the platform's pipes, filters and shutdown. */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<INestMicroservice> {
  const logger = new JsonLogger(options.name, options.logLevel);
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(options.module, {
    transport: Transport.NATS,
    options: {
      servers: options.natsUrl.split(','),
      queue: options.name,
      name: options.name,
      gracefulShutdown: true,
      gracePeriod: options.shutdownGraceMs ?? 1000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      // No Error (and its stack) captured per request: the request path's largest avoidable cost.
      noAsyncTraces: true,
    },
    logger,
  });
  configureService(app, logger, options.name);
  await app.listen();
  return app;
}

export function configureService(app: INestMicroservice, logger: JsonLogger, service?: string) {
  app.useGlobalPipes(new ContractValidationPipe());
  app.useGlobalFilters(new RpcErrorFilter(logger));
  app.useGlobalInterceptors(new RpcContextInterceptor(service));
  app.enableShutdownHooks();
}
