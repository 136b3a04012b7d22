import { Catch, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import type { LoggerService } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import { logContext } from '../context/caller.js';
import { CommonErrors, DomainException, isDatabaseUnavailable, type ErrorBody } from '../errors/domain.exception.js';

/**
 * Turns anything a handler throws into the wire error `{code, status, message, details}`.
 * Domain exceptions pass through as they are; a database that cannot be reached is a 503;
 * anything else is a bug: logged with its stack, answered as a bare 500 with the request id
 * and nothing from the inside.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: LoggerService) {}

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    const requestId = logContext.getStore()?.requestId;
    let body: ErrorBody;
    if (exception instanceof DomainException) {
      body = exception.toJSON();
    } else if (isDatabaseUnavailable(exception)) {
      // Not a bug: the database is restarting or failing over. The caller may retry.
      this.logger.warn(
        `database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`,
        'RpcErrorFilter',
      );
      body = CommonErrors.databaseUnavailable().toJSON();
    } else {
      this.logger.error(exception instanceof Error ? exception : String(exception), 'RpcErrorFilter');
      body = CommonErrors.internal().toJSON();
    }
    return throwError(() => ({ ...body, ...(requestId ? { requestId } : {}) }));
  }
}
