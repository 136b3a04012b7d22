import { TimeoutError } from 'rxjs';
import { DomainException } from './errors/domain.exception.js';
import { toFieldErrors } from './errors/validation.js';
import { requestHash } from './idempotency/idempotency.js';
import { maskSensitive } from './logging/json-logger.js';
import { ServiceClient } from './nats/service-client.js';

describe('log masking', () => {
  it('masks mobile numbers and ID numbers wherever they appear', () => {
    expect(maskSensitive('call 13805361234 now')).toBe('call 138****1234 now');
    expect(maskSensitive('{"id":"37070419900307123X"}')).toBe('{"id":"370704********123X"}');
    expect(maskSensitive('order 2021113012345678901')).toBe('order 2021113012345678901');
  });
});

describe('validation errors', () => {
  it('flattens nested errors to dotted fields with stable codes', () => {
    const errors = toFieldErrors([
      { property: 'name', constraints: { isNotEmpty: 'name should not be empty' }, children: [] },
      {
        property: 'tenantId',
        constraints: { whitelistValidation: 'property tenantId should not exist' },
        children: [],
      },
      { property: 'changes', children: [{ property: 'memberCount', constraints: { min: 'too small' }, children: [] }] },
    ]);
    expect(errors).toEqual([
      { field: 'name', code: 'FIELD.IS_NOT_EMPTY', message: 'name should not be empty' },
      { field: 'tenantId', code: 'FIELD.UNKNOWN', message: 'property tenantId should not exist' },
      { field: 'changes.memberCount', code: 'FIELD.MIN', message: 'too small' },
    ]);
  });
});

describe('idempotency request hash', () => {
  it('ignores key order and undefined fields but not values or the operation', () => {
    expect(requestHash('op', { a: 1, b: [1, 2], c: undefined })).toBe(requestHash('op', { b: [1, 2], a: 1 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('op', { a: 2 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('other', { a: 1 }));
  });
});

describe('RPC error mapping', () => {
  it('maps a timeout to 504, no subscribers to 503, a service error to itself and anything else to 500', () => {
    expect(ServiceClient.mapError(new TimeoutError(), 'hours')).toMatchObject({ status: 504, code: 'SERVICE.TIMEOUT' });
    expect(
      ServiceClient.mapError(
        new Error('Empty response. There are no subscribers listening to that message ("x")'),
        'hours',
      ),
    ).toMatchObject({
      status: 503,
      code: 'SERVICE.UNAVAILABLE',
    });
    const mapped = ServiceClient.mapError(
      { code: 'SHIFT.FULL', status: 409, message: 'full', details: { shiftId: 's' } },
      'activities',
    );
    expect(mapped).toBeInstanceOf(DomainException);
    expect(mapped.toJSON()).toEqual({ code: 'SHIFT.FULL', status: 409, message: 'full', details: { shiftId: 's' } });
    expect(ServiceClient.mapError(new TypeError('x is undefined'), 'hours')).toMatchObject({
      status: 500,
      code: 'INTERNAL',
    });
  });
});
