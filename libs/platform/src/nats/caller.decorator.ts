import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { callerFromAuthorization } from '../auth/caller-from-token.js';
import { HEADER, type CallerContext } from '../context/caller.js';

/**
 * Every service verifies the caller's signed token itself: a message sent straight to NATS
 * with no token, a forged one or an expired one is refused, whatever the gateway did.
 */
export async function callerFromContext(ctx: ExecutionContext): Promise<CallerContext> {
  const headers = ctx.switchToRpc().getContext<NatsContext>().getHeaders();
  const requestId = headers?.get(HEADER.requestId) || randomUUID();
  const caller = await callerFromAuthorization(headers?.get(HEADER.authorization) || undefined, requestId);
  const idempotencyKey = headers?.get(HEADER.idempotencyKey) || undefined;
  return idempotencyKey ? { ...caller, idempotencyKey } : caller;
}

/** The verified caller of an RPC handler (Nest waits for the check before the handler runs). */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Promise<CallerContext> =>
  callerFromContext(ctx),
);

/** Who asks a public operation (login, joining a station) that has no caller yet: the request id and any Idempotency-Key. */
export interface RequestIdentity {
  requestId: string;
  idempotencyKey?: string;
}

/** The request identity of a public operation's handler. */
export const RequestIdentity = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestIdentity => {
  const headers = ctx.switchToRpc().getContext<NatsContext>().getHeaders();
  const idempotencyKey = headers?.get(HEADER.idempotencyKey) || undefined;
  return { requestId: headers?.get(HEADER.requestId) || randomUUID(), ...(idempotencyKey ? { idempotencyKey } : {}) };
});
