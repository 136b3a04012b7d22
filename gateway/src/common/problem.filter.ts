import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import { CommonErrors, DomainException, type ErrorBody } from '#linli/platform';
import type { HttpReply, HttpRequest } from './http.js';

const TITLES: Record<number, string> = {
  400: '请求无效 / Bad request',
  401: '未登录 / Unauthenticated',
  403: '无权操作 / Forbidden',
  404: '未找到 / Not found',
  409: '状态冲突 / Conflict',
  413: '内容过大 / Payload too large',
  415: '不支持的媒体类型 / Unsupported media type',
  422: '规则不允许 / Unprocessable',
  429: '请求过于频繁 / Too many requests',
  500: '服务器内部错误 / Internal server error',
  503: '服务暂不可用 / Service unavailable',
  504: '服务响应超时 / Service timed out',
};

/** Codes for what Nest refuses before a handler runs. */
function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
  const code =
    status === 404
      ? 'ROUTE.NOT_FOUND'
      : status === 413
        ? 'REQUEST.TOO_LARGE'
        : status === 400
          ? 'REQUEST.MALFORMED'
          : status === 415
            ? 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
            : `HTTP.${status}`;
  return { code, status, message: Array.isArray(message) ? message.join('; ') : String(message) };
}

/**
 * Every error leaves the gateway as RFC 9457 problem+json with a stable `code`: a service's
 * domain error keeps its status and code; anything unexpected is a 500 carrying only the request id.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: LoggerService) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<HttpRequest>();
    const res = ctx.getResponse<HttpReply>();
    let body: ErrorBody;
    if (exception instanceof DomainException) {
      body = exception.toJSON();
    } else if (exception instanceof HttpException) {
      body = fromHttpException(exception);
    } else if (isFastifyError(exception)) {
      body = fromFastifyError(exception);
    } else {
      this.logger.error(exception instanceof Error ? exception : String(exception), 'ProblemFilter');
      body = CommonErrors.internal().toJSON();
    }
    if (body.status >= 500) {
      this.logger.warn(`${req.method} ${req.url} → ${body.status} ${body.code}`, 'ProblemFilter');
    }
    const retryAfter = body.details?.retryAfterSeconds;
    if (body.status === 429 && typeof retryAfter === 'number') res.header('Retry-After', String(retryAfter));
    res
      .status(body.status)
      .type('application/problem+json')
      .send({
        type: `https://linli.example/problems/${body.code.toLowerCase()}`,
        title: TITLES[body.status] ?? body.code,
        status: body.status,
        detail: body.message,
        code: body.code,
        instance: req.url,
        requestId: req.id ?? body.requestId,
        ...(body.errors ? { errors: body.errors } : {}),
        ...(body.details ? { details: body.details } : {}),
      });
  }
}

/** What Fastify refuses while reading a request (its errors carry `FST_*` codes and a status). */
interface FastifyError {
  code: string;
  statusCode: number;
}

function isFastifyError(e: unknown): e is FastifyError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (e as { code: string }).code.startsWith('FST_') &&
    typeof (e as { statusCode?: unknown }).statusCode === 'number'
  );
}

function fromFastifyError(e: FastifyError): ErrorBody {
  if (e.statusCode === 413) {
    return { code: 'REQUEST.TOO_LARGE', status: 413, message: '请求体过大 / Request body too large' };
  }
  if (e.statusCode === 415) {
    return {
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      status: 415,
      message: '不支持的内容类型 / Unsupported content type',
    };
  }
  if (e.statusCode >= 400 && e.statusCode < 500) {
    return { code: 'REQUEST.MALFORMED', status: 400, message: '请求格式无效 / Malformed request' };
  }
  return CommonErrors.internal().toJSON();
}
