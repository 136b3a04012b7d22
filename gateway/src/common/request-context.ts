import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { callerFromAuthorization, HEADER, type CallerContext } from '#linli/platform';
import { headerOf, type HttpRequest } from './http.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Every request's id (the client's, when it sent a sane one), which follows it across NATS
 * and into logs: Fastify's `genReqId`, so it is `req.id` everywhere.
 */
export function requestIdOf(req: IncomingMessage): string {
  const raw = req.headers[HEADER.requestId];
  const incoming = Array.isArray(raw) ? raw[0] : raw;
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The verified caller of an HTTP request: 401 without a valid token. */
export async function resolveCaller(req: HttpRequest): Promise<CallerContext> {
  const caller = await callerFromAuthorization(headerOf(req, 'authorization'), req.id);
  const idempotencyKey = headerOf(req, HEADER.idempotencyKey);
  return idempotencyKey ? { ...caller, idempotencyKey: idempotencyKey.slice(0, 200) } : caller;
}

/** The verified caller of a hand-written route (Nest waits for the check before the handler runs). */
export const HttpCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Promise<CallerContext> =>
  resolveCaller(ctx.switchToHttp().getRequest()),
);

/** The client's address, for login throttling (behind TRUST_PROXY_HOPS proxies, the forwarded one). */
export function clientAddress(req: HttpRequest): string {
  return (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

/**
 * The request id (and the client's Idempotency-Key, if it sent one), for calls made before
 * anyone is logged in (login, activation, joining a station through its link).
 */
export function anonymous(req: HttpRequest): { requestId: string; idempotencyKey?: string } {
  const idempotencyKey = headerOf(req, HEADER.idempotencyKey);
  return { requestId: req.id, ...(idempotencyKey ? { idempotencyKey: idempotencyKey.slice(0, 200) } : {}) };
}
