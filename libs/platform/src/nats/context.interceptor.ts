import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { tokens } from '../auth/jwt.js';
import { HEADER, logContext } from '../context/caller.js';

/** Runs each RPC handler inside the request's log context so every line carries its request id. */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'rpc') return next.handle();
    const headers = ctx.switchToRpc().getContext<NatsContext>().getHeaders();
    const store = {
      requestId: headers?.get(HEADER.requestId) || undefined,
      tenantId: tenantOf(headers?.get(HEADER.authorization)),
    };
    return new Observable((subscriber) => logContext.run(store, () => next.handle().subscribe(subscriber)));
  }
}

function tenantOf(authorization: string | undefined): string | undefined {
  try {
    return authorization ? tokens().verify(authorization.replace(/^Bearer\s+/i, '')).tid : undefined;
  } catch {
    return undefined;
  }
}
