import { isDatabaseUnavailable } from './domain.exception.js';

describe('a database that cannot be reached', () => {
  it('is told apart from a bad query', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // TypeORM's QueryFailedError carries the driver's error.
    expect(
      isDatabaseUnavailable({
        message: 'query failed',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        message: 'x',
        driverError: { code: '57P03', message: 'the database system is starting up' },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable({ message: 'x', driverError: { code: '08006' } })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'duplicate key', driverError: { code: '23505' } })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
