import { lastValueFrom } from 'rxjs';
import type { ArgumentsHost, LoggerService } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception.js';
import { RpcErrorFilter } from './rpc-error.filter.js';

const quiet: LoggerService = { log: () => undefined, error: () => undefined, warn: () => undefined };
const answer = (exception: unknown) =>
  lastValueFrom(new RpcErrorFilter(quiet).catch(exception, {} as ArgumentsHost)).catch((body: unknown) => body);

describe('what a handler throws, as the caller hears it', () => {
  it('is a 503 the caller may retry when the database is restarting or unreachable', async () => {
    const shutdown = { message: 'query failed', driverError: { code: '57P01', message: 'terminating connection' } };
    expect(await answer(shutdown)).toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(await answer(refused)).toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
  });

  it('passes a refusal through, and answers a bug as a bare 500', async () => {
    expect(await answer(new DomainException('TEAM.NOT_FOUND', 404, 'x'))).toMatchObject({
      code: 'TEAM.NOT_FOUND',
      status: 404,
    });
    const bug = await answer(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(bug).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(JSON.stringify(bug)).not.toContain('reading');
  });
});
