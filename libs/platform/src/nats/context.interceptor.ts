import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { from, Observable, switchMap } from 'rxjs';
import { tokens } from '../auth/jwt.js';
import { HEADER, logContext } from '../context/caller.js';

/** Runs each RPC handler inside the request's log context so every line carries its request id and tenant. */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'rpc') return next.handle();
    const headers = ctx.switchToRpc().getContext<NatsContext>().getHeaders();
    const requestId = headers?.get(HEADER.requestId) || undefined;
    // The handler's own check of the token (`@Caller()`) then finds it verified already.
    return from(tenantOf(headers?.get(HEADER.authorization))).pipe(
      switchMap(
        (tenantId) =>
          new Observable((subscriber) =>
            logContext.run({ requestId, tenantId }, () => next.handle().subscribe(subscriber)),
          ),
      ),
    );
  }
}

/** The tenant of a valid token; none for a missing or refused one, which the handler answers. */
async function tenantOf(authorization: string | undefined): Promise<string | undefined> {
  if (!authorization) return undefined;
  try {
    return (await tokens().verify(authorization.replace(/^Bearer\s+/i, ''))).tid;
  } catch {
    return undefined;
  }
}
