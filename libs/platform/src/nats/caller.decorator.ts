import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { decodeCaller, HEADER, type CallerContext } from '../context/caller.js';
import { CommonErrors } from '../errors/domain.exception.js';

export function callerFromContext(ctx: ExecutionContext): CallerContext | undefined {
  if (ctx.getType() !== 'rpc') return undefined;
  const nats = ctx.switchToRpc().getContext<NatsContext>();
  const headers = nats.getHeaders();
  const caller = decodeCaller(headers?.get(HEADER.caller) || undefined);
  if (!caller) return undefined;
  const requestId = headers?.get(HEADER.requestId) || caller.requestId;
  const idempotencyKey = headers?.get(HEADER.idempotencyKey) || undefined;
  return { ...caller, requestId, ...(idempotencyKey ? { idempotencyKey } : {}) };
}

/** The caller of an RPC handler; refuses a message that carries none. */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): CallerContext => {
  const caller = callerFromContext(ctx);
  if (!caller) throw CommonErrors.unauthenticated();
  return caller;
});
