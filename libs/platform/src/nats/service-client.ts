import type { ClientProxy } from '@nestjs/microservices';
import { errors as natsErrors, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { TimeoutError } from 'rxjs';
import type { Operation, RequestOf, ResponseOf } from '#linli/contracts';
import { HEADER, type CallerContext } from '../context/caller.js';
import { CommonErrors, DomainException } from '../errors/domain.exception.js';
import { outcomeOf, rpcDuration } from '../metrics/metrics.js';
import { currentService, endSpan, injectTrace, SpanKind, startSpan, tracing } from '../tracing/tracing.js';

/** A service's reply as Nest's NATS server sends it (`raw`: the answer's JSON bytes, left unparsed). */
interface Reply {
  response?: unknown;
  err?: unknown;
  raw?: Buffer;
}

const RESPONSE_START = Buffer.from('{"response":');

/**
 * The JSON of the answer inside a successful reply, as bytes, or undefined for any other
 * reply. Nest's NATS server writes a one-value answer as `JSON.stringify({ response,
 * isDisposed: true, id })` with the request's own id, so what stands between that exact start
 * and that exact end is the answer's own JSON. Anything else (an error, no answer, another
 * shape, an answer that is not an object or a list) is left to the parser.
 */
export function responseBytes(data: Uint8Array, id: string): Buffer | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const end = Buffer.from(`,"isDisposed":true,"id":"${id}"}`);
  if (bytes.length < RESPONSE_START.length + end.length + 1) return undefined;
  if (!bytes.subarray(0, RESPONSE_START.length).equals(RESPONSE_START)) return undefined;
  if (!bytes.subarray(bytes.length - end.length).equals(end)) return undefined;
  // Only an object or a list: a string or a number is sent on as Nest sends a value.
  const first = bytes[RESPONSE_START.length];
  if (first !== 0x7b && first !== 0x5b) return undefined;
  // A copy: the bytes must outlive whatever buffer the NATS client read them into.
  return Buffer.from(bytes.subarray(RESPONSE_START.length, bytes.length - end.length));
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
  /** Requests waiting for the end of this turn of the event loop, to leave together (see `exchange`). */
  private outgoing: (() => void)[] = [];

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
    const reply = await this.timed(subject, payload, caller, timeoutMs);
    return reply.response as T;
  }

  /**
   * `send` for an answer that only goes on as JSON (the gateway's HTTP reply): an object or a
   * list comes back as the JSON bytes the service wrote (`{ json }`), never parsed and
   * serialised again; any other answer (none, a string, a number) as its value. Errors are what
   * `send` throws.
   */
  async sendJson(
    subject: string,
    payload: unknown,
    caller?: CallerContext | { requestId: string },
    timeoutMs = this.timeoutMs,
  ): Promise<{ json: Buffer } | { value: unknown }> {
    const reply = await this.timed(subject, payload, caller, timeoutMs, true);
    return reply.raw ? { json: reply.raw } : { value: reply.response };
  }

  private async timed(
    subject: string,
    payload: unknown,
    caller: CallerContext | { requestId: string } | undefined,
    timeoutMs: number,
    raw = false,
  ): Promise<Reply> {
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
      const answer = await this.exchange(subject, service, payload, headers, timeoutMs, raw);
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

  private async exchange(
    subject: string,
    service: string,
    payload: unknown,
    headers: ReturnType<typeof natsHeaders>,
    timeoutMs: number,
    raw: boolean,
  ): Promise<Reply> {
    let reply: Reply;
    try {
      const nc = await this.connection();
      const id = randomUUID();
      const body = JSON.stringify({ pattern: subject, data: payload ?? {}, id });
      const message = await this.together(() => nc.request(subject, body, { timeout: timeoutMs, headers }));
      if (message.data.length === 0) throw CommonErrors.unavailable(service);
      const answer = raw ? responseBytes(message.data, id) : undefined;
      if (answer) return { raw: answer };
      reply = message.json<Reply>();
    } catch (error) {
      throw ServiceClient.mapError(error, service);
    }
    if (reply.err !== undefined) throw ServiceClient.mapError(reply.err, service);
    return reply;
  }

  /**
   * Runs `send` with every other request made in this turn of the event loop. The NATS client
   * writes what is published in one run of microtasks as one frame, but requests arriving on
   * different HTTP connections are handled in different callbacks, each a socket write of its
   * own; started together from one `setImmediate` (the end of this turn, no timer), a burst of
   * them is one write. A lone request waits for nothing but the rest of the current turn.
   */
  private together<T>(send: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        try {
          send().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      };
      if (this.outgoing.push(start) > 1) return;
      setImmediate(() => {
        const batch = this.outgoing;
        this.outgoing = [];
        for (const start of batch) start();
      });
    });
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
