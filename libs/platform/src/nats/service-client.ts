import { NatsRecordBuilder, type ClientProxy } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { Operation, RequestOf, ResponseOf } from '#linli/contracts';
import { HEADER, type CallerContext } from '../context/caller.js';
import { CommonErrors, DomainException } from '../errors/domain.exception.js';

/**
 * Request/reply to a service over NATS with the caller in the headers and a timeout on every
 * call. No responders → 503, no answer in time → 504, a service's error → the same error.
 */
export class ServiceClient {
  constructor(
    private readonly client: ClientProxy,
    private readonly timeoutMs: number,
  ) {}

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
      if ('token' in caller && caller.token) headers.set(HEADER.authorization, `Bearer ${caller.token}`);
      if ('idempotencyKey' in caller && caller.idempotencyKey)
        headers.set(HEADER.idempotencyKey, caller.idempotencyKey);
    }
    const record = new NatsRecordBuilder(payload ?? {}).setHeaders(headers).build();
    try {
      return await firstValueFrom(this.client.send<T>(subject, record).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw ServiceClient.mapError(error, service);
    }
  }

  static mapError(error: unknown, service: string): DomainException {
    if (error instanceof DomainException) return error;
    if (error instanceof TimeoutError) return CommonErrors.timeout(service);
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
