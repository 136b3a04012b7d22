import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { callerFromAuthorization, HEADER, logContext, type CallerContext } from '#linli/platform';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Gives every request an id (the client's, when it sent a sane one) that follows it across NATS and into logs. */
export function requestContextMiddleware(req: Request & { id?: string }, res: Response, next: NextFunction) {
  const incoming = req.header(HEADER.requestId);
  req.id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER.requestId, req.id);
  logContext.run({ requestId: req.id }, () => next());
}

/** The verified caller of an HTTP request: 401 without a valid token. */
export function resolveCaller(req: Request & { id?: string }): CallerContext {
  const caller = callerFromAuthorization(req.header('authorization'), req.id ?? randomUUID());
  const idempotencyKey = req.header(HEADER.idempotencyKey);
  return idempotencyKey ? { ...caller, idempotencyKey: idempotencyKey.slice(0, 200) } : caller;
}

export const HttpCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  resolveCaller(ctx.switchToHttp().getRequest()),
);

/** The client's address, for login throttling. */
export function clientAddress(req: Request): string {
  return (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

/**
 * The request id (and the client's Idempotency-Key, if it sent one), for calls made before
 * anyone is logged in (login, activation, joining a station through its link).
 */
export function anonymous(req: Request & { id?: string }): { requestId: string; idempotencyKey?: string } {
  const idempotencyKey = req.header(HEADER.idempotencyKey);
  return {
    requestId: req.id ?? randomUUID(),
    ...(idempotencyKey ? { idempotencyKey: idempotencyKey.slice(0, 200) } : {}),
  };
}
