import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { context } from '@opentelemetry/api';
import { from, Observable, switchMap } from 'rxjs';
import { tokens } from '../auth/jwt.js';
import { HEADER, logContext } from '../context/caller.js';
import { endSpan, extractTrace, SpanKind, startSpan, tracing } from '../tracing/tracing.js';

/**
 * Runs each RPC handler inside the request's log context so every line carries its request id
 * and tenant; while tracing is on, also inside the handler's span, a child of the caller's
 * (`traceparent` in the NATS headers), so the queries it runs are children of it.
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  constructor(private readonly service?: string) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'rpc') return next.handle();
    const nats = ctx.switchToRpc().getContext<NatsContext>();
    const headers = nats.getHeaders();
    const requestId = headers?.get(HEADER.requestId) || undefined;
    // The handler's own check of the token (`@Caller()`) then finds it verified already.
    return from(tenantOf(headers?.get(HEADER.authorization))).pipe(
      switchMap((tenantId) =>
        tracing.on
          ? this.traced(nats, next, requestId, tenantId)
          : new Observable((subscriber) =>
              logContext.run({ requestId, tenantId }, () => next.handle().subscribe(subscriber)),
            ),
      ),
    );
  }

  private traced(
    nats: NatsContext,
    next: CallHandler,
    requestId: string | undefined,
    tenantId: string | undefined,
  ): Observable<unknown> {
    const subject = nats.getSubject();
    const { span, ctx } = startSpan(
      subject,
      SpanKind.SERVER,
      this.service,
      { 'messaging.system': 'nats', 'messaging.destination.name': subject, 'rpc.system': 'nats' },
      extractTrace(nats.getHeaders()),
    );
    if (requestId) span.setAttribute('linli.request_id', requestId);
    return new Observable((subscriber) =>
      context.with(ctx, () =>
        logContext.run({ requestId, tenantId }, () =>
          next.handle().subscribe({
            next: (value) => subscriber.next(value),
            error: (error: unknown) => {
              endSpan(span, error);
              subscriber.error(error);
            },
            complete: () => {
              endSpan(span);
              subscriber.complete();
            },
          }),
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
