import type { ValidationError } from 'class-validator';
import { CommonErrors, type FieldError } from './domain.exception.js';

/** Flattens class-validator's tree into `field.path` entries with a stable code per constraint. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code: constraintCode(constraint), message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

function constraintCode(constraint: string): string {
  if (constraint === 'whitelistValidation') return 'FIELD.UNKNOWN';
  return `FIELD.${constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

/** The `exceptionFactory` for every ValidationPipe, in the gateway and inside services. */
export const validationExceptionFactory = (errors: ValidationError[]) => CommonErrors.validation(toFieldErrors(errors));

export const validationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: validationExceptionFactory,
  validationError: { target: false, value: false },
} as const;
