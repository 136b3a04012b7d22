import { COMMON_ERRORS, declaredStatus, type CodesOf, type ServiceApi } from '#linli/contracts';
import { DomainException, type FieldError } from '../errors/domain.exception.js';

type CommonCode = {
  [G in keyof typeof COMMON_ERRORS]: keyof (typeof COMMON_ERRORS)[G];
}[keyof typeof COMMON_ERRORS];

const COMMON_STATUS: Record<string, number> = Object.assign({}, ...Object.values(COMMON_ERRORS));

/**
 * What an error factory returns: a code the service declares, a message (Chinese first,
 * English second), details, and the fields it concerns (shown as the problem's `errors`).
 */
export interface ErrorSpec<C extends string> {
  code: C;
  message: string;
  details?: Record<string, unknown>;
  /** Fields this refusal concerns; each field error carries the refusal's code, and its message unless given. */
  errors?: { field: string; message?: string }[];
}

/**
 * A service's error factories, built from its API declaration: a code the service does not
 * declare fails the type check, and the status is the declared one, never written twice.
 */
export function declaredErrors<
  A extends ServiceApi,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  F extends Record<string, (...args: any[]) => ErrorSpec<CodesOf<A> | CommonCode>>,
>(api: A, factories: F): { [K in keyof F]: (...args: Parameters<F[K]>) => DomainException } {
  const out: Record<string, (...args: unknown[]) => DomainException> = {};
  for (const [name, factory] of Object.entries(factories)) {
    out[name] = (...args: unknown[]) => {
      const spec = factory(...args);
      const status = declaredStatus(api, spec.code) ?? COMMON_STATUS[spec.code];
      if (status === undefined) throw new Error(`${api.service}: error code ${spec.code} is not declared`);
      const fields = spec.errors?.map(({ field, message }): FieldError => ({
        field,
        code: spec.code,
        message: message ?? spec.message,
      }));
      return new DomainException(spec.code, status, spec.message, spec.details, fields);
    };
  }
  return out as { [K in keyof F]: (...args: Parameters<F[K]>) => DomainException };
}
