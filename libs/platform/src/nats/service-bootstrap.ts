import { type DynamicModule, type INestMicroservice, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServerNats, type CustomStrategy } from '@nestjs/microservices';
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

/**
 * Nest's NATS server, finding a handler without an exception per message. Nest first tries
 * `JSON.parse` on the subject (a pattern may be an object), which for a dotted subject such as
 * `activities.signup.create` throws: an Error and its stack for every request. A subject that
 * starts with a letter and is not `true`, `false` or `null` is not JSON, so it is used as it is,
 * exactly as Nest would after the failed parse.
 */
export class SubjectServerNats extends ServerNats {
  override getRouteFromPattern(pattern: string): string {
    if (/^[A-Za-z]/.test(pattern) && pattern !== 'true' && pattern !== 'false' && pattern !== 'null')
      return this.normalizePattern(pattern);
    return super.getRouteFromPattern(pattern);
  }
}

/** Starts a service as a NATS microservice with the platform's pipes, filters and shutdown. */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<INestMicroservice> {
  const logger = new JsonLogger(options.name, options.logLevel);
  const app = await NestFactory.createMicroservice<CustomStrategy>(options.module, {
    strategy: new SubjectServerNats({
      servers: options.natsUrl.split(','),
      queue: options.name,
      name: options.name,
      gracefulShutdown: true,
      gracePeriod: options.shutdownGraceMs ?? 1000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      // No Error (and its stack) captured per request: the request path's largest avoidable cost.
      noAsyncTraces: true,
    }),
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
