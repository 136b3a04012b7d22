import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DEMO_STATION } from '#linli/contracts';
import { HEADER, logContext, type CallerContext } from '#linli/platform';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Gives every request an id (the client's, when it sent a sane one) that follows it across NATS and into logs. */
export function requestContextMiddleware(req: Request & { id?: string }, res: Response, next: NextFunction) {
  const incoming = req.header(HEADER.requestId);
  req.id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER.requestId, req.id);
  logContext.run({ requestId: req.id }, () => next());
}

/**
 * The caller of an HTTP request. Until accounts exist, every request acts as the demo
 * station's head; the shape is what services will receive once tokens are verified.
 */
export function resolveCaller(req: Request & { id?: string }): CallerContext {
  const idempotencyKey = req.header(HEADER.idempotencyKey);
  return {
    requestId: req.id ?? randomUUID(),
    tenantId: DEMO_STATION.tenantId,
    userId: '00000000-0000-4000-8000-000000000000',
    grants: [{ role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId, tierPath: `/${DEMO_STATION.rootNodeId}/` }],
    ...(idempotencyKey ? { idempotencyKey: idempotencyKey.slice(0, 200) } : {}),
  };
}

export const HttpCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  resolveCaller(ctx.switchToHttp().getRequest()),
);
