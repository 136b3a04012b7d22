import type { ClientProxy } from '@nestjs/microservices';
import { errors as natsErrors, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { TimeoutError } from 'rxjs';
import type { Operation, RequestOf, ResponseOf } from '#linli/contracts';
import { HEADER, type CallerContext } from '../context/caller.js';
import { CommonErrors, DomainException } from '../errors/domain.exception.js';
import { outcomeOf, rpcDuration } from '../metrics/metrics.js';
import { currentService, endSpan, injectTrace, SpanKind, startSpan, tracing } from '../tracing/tracing.js';

/** A service's reply as Nest's NATS server sends it. */
interface Reply {
  response?: unknown;
  err?: unknown;
}

/**
 * Request/reply to a service over NATS with the caller in the headers and a timeout on every
 * call. No responders → 503, no answer in time → 504, a service's error → the same error.
 *
 * It speaks Nest's NATS wire format (`{ pattern, data, id }` out, `{ response | err }` back)
 * straight through the client's connection with the connection's shared reply subscription,
 * instead of a subscription per call and an observable per reply.
 */
export class ServiceClient {
  private nc?: NatsConnection;

  constructor(
    private readonly client: ClientProxy,
    private readonly timeoutMs: number,
  ) {}

  /** What the server this client is connected to announces (its name, cluster, the cluster's nodes). */
  async serverInfo(): Promise<NatsConnection['info']> {
    return (await this.connection()).info;
  }

  private async connection(): Promise<NatsConnection> {
    if (this.nc && !this.nc.isClosed()) return this.nc;
    await this.client.connect();
    this.nc = this.client.unwrap<NatsConnection>();
    return this.nc;
  }

  /**
   * Asks every subscriber of a subject (no queue group) and collects what answers within
   * `maxWaitMs`: the gateway's scrape of every service replica's metrics.
   */
  async gather<T>(subject: string, maxWaitMs: number): Promise<T[]> {
    const nc = await this.connection();
    const answers: T[] = [];
    const replies = await nc.requestMany(subject, '', { maxWait: maxWaitMs, strategy: 'timer' });
    for await (const reply of replies) {
      if (reply.data.length > 0) answers.push(reply.json<T>());
    }
    return answers;
  }

  /** Calls a declared operation: the request and the answer are typed by its declaration. */
  call<O extends Operation>(
    op: O,
    request: RequestOf<O>,
    caller?: CallerContext | { requestId: string },
    timeoutMs = this.timeoutMs,
  ): Promise<ResponseOf<O>> {
    return this.send<ResponseOf<O>>(op.subject, request, caller, timeoutMs);
  }

  /** `caller` is the verified caller, or just the request id for calls made before anyone is logged in. */
  async send<T>(
    subject: string,
    payload: unknown,
    caller?: CallerContext | { requestId: string },
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    const service = subject.split('.')[0];
    const headers = natsHeaders();
    if (caller) {
      headers.set(HEADER.requestId, caller.requestId);
      if ('token' in caller && caller.token) headers.set(HEADER.authorization, `Bearer ${await caller.token}`);
      if ('idempotencyKey' in caller && caller.idempotencyKey)
        headers.set(HEADER.idempotencyKey, caller.idempotencyKey);
    }
    // The client span, and its `traceparent` in the headers, only while tracing is on.
    const traced = tracing.on ? this.traceCall(subject, headers) : undefined;
    const stop = rpcDuration.startTimer({ subject });
    try {
      const answer = await this.exchange<T>(subject, service, payload, headers, timeoutMs);
      stop({ outcome: 'ok' });
      if (traced) endSpan(traced);
      return answer;
    } catch (error) {
      stop({ outcome: outcomeOf(error) });
      if (traced) endSpan(traced, error);
      throw error;
    }
  }

  private traceCall(subject: string, headers: ReturnType<typeof natsHeaders>) {
    const { span, ctx } = startSpan(subject, SpanKind.CLIENT, currentService(), {
      'messaging.system': 'nats',
      'messaging.destination.name': subject,
      'rpc.system': 'nats',
    });
    injectTrace(ctx, headers);
    return span;
  }

  private async exchange<T>(
    subject: string,
    service: string,
    payload: unknown,
    headers: ReturnType<typeof natsHeaders>,
    timeoutMs: number,
  ): Promise<T> {
    let reply: Reply;
    try {
      const nc = await this.connection();
      const message = await nc.request(
        subject,
        JSON.stringify({ pattern: subject, data: payload ?? {}, id: randomUUID() }),
        {
          timeout: timeoutMs,
          headers,
        },
      );
      if (message.data.length === 0) throw CommonErrors.unavailable(service);
      reply = message.json<Reply>();
    } catch (error) {
      throw ServiceClient.mapError(error, service);
    }
    if (reply.err !== undefined) throw ServiceClient.mapError(reply.err, service);
    return reply.response as T;
  }

  static mapError(error: unknown, service: string): DomainException {
    if (error instanceof DomainException) return error;
    if (error instanceof TimeoutError || error instanceof natsErrors.TimeoutError) return CommonErrors.timeout(service);
    if (error instanceof natsErrors.RequestError) {
      if (error.cause instanceof natsErrors.TimeoutError) return CommonErrors.timeout(service);
      return CommonErrors.unavailable(service);
    }
    if (DomainException.isErrorBody(error)) {
      return new DomainException(error.code, error.status, error.message, error.details, error.errors);
    }
    // Nest's EmptyResponseException (no subscriber on the subject) is not exported; match its text.
    const text = error instanceof Error ? error.message : String(error);
    if (/no subscribers|no responders|503|connection|CONNECTION_CLOSED|Connection lost/i.test(text)) {
      return CommonErrors.unavailable(service);
    }
    return CommonErrors.internal();
  }
}
