/** A field problem reported with a 400. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The shape every error takes when it crosses a process boundary (RPC reply, HTTP body). */
export interface ErrorBody {
  code: string;
  status: number;
  message: string;
  details?: Record<string, unknown>;
  errors?: FieldError[];
  requestId?: string;
}

/**
 * A refusal the caller can act on: stable string code, HTTP-equivalent status, a message
 * in Chinese first and English second. Thrown by services, serialised over NATS, mapped
 * to problem+json by the gateway with the same status and code.
 */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainException';
  }

  toJSON(): ErrorBody {
    return {
      code: this.code,
      status: this.status,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }

  static isErrorBody(value: unknown): value is ErrorBody {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as ErrorBody).code === 'string' &&
      typeof (value as ErrorBody).status === 'number'
    );
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, 400, message, details);
export const notFound = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, 404, message, details);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, 409, message, details);
export const unprocessable = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, 422, message, details);
export const forbidden = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainException(code, 403, message, details);

/** Codes shared by every service; feature codes live beside their feature. */
export const CommonErrors = {
  validation: (errors: FieldError[]) =>
    new DomainException('VALIDATION.FAILED', 400, '请求数据无效 / The request is invalid', undefined, errors),
  internal: () => new DomainException('INTERNAL', 500, '服务器内部错误 / Internal server error'),
  unavailable: (service: string) =>
    new DomainException('SERVICE.UNAVAILABLE', 503, `服务暂不可用 / Service ${service} is unavailable`, { service }),
  timeout: (service: string) =>
    new DomainException('SERVICE.TIMEOUT', 504, `服务响应超时 / Service ${service} timed out`, { service }),
  unauthenticated: () => new DomainException('AUTH.UNAUTHENTICATED', 401, '请先登录 / Authentication required'),
  idempotencyMismatch: () =>
    new DomainException(
      'IDEMPOTENCY.KEY_REUSED',
      422,
      '同一 Idempotency-Key 已用于不同的请求 / This Idempotency-Key was used with a different request',
    ),
  idempotencyInProgress: () =>
    new DomainException(
      'IDEMPOTENCY.IN_PROGRESS',
      409,
      '相同请求仍在处理中 / A request with this Idempotency-Key is still being processed',
    ),
};
