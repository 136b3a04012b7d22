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
  databaseUnavailable: () =>
    new DomainException(
      'SERVICE.UNAVAILABLE',
      503,
      '数据库暂不可用，请稍后重试 / The database is unavailable; try again shortly',
      { service: 'database' },
    ),
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

/** Network errors of a connection that broke or never opened. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTCONN']);
/** SQLSTATEs of a server that is going away, starting up, or read-only (a standby). */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '25006']);
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'terminating connection',
  'the database system is',
  'Client has encountered a connection error',
];

/**
 * Whether an error says the database could not be reached (down, restarting, failed over)
 * rather than that the request was wrong: the caller gets a 503 and may try again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (CONNECTION_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code))) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
    e = (e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return false;
}
