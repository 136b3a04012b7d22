import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommonErrors, DomainException, type ErrorBody } from '#linli/platform';

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

/** Codes for what Express or Nest refuse before a handler runs. */
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
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    let body: ErrorBody;
    if (exception instanceof DomainException) {
      body = exception.toJSON();
    } else if (exception instanceof HttpException) {
      body = fromHttpException(exception);
    } else if (isBodyParserError(exception)) {
      body = {
        code: exception.type === 'entity.too.large' ? 'REQUEST.TOO_LARGE' : 'REQUEST.MALFORMED',
        status: exception.status,
        message:
          exception.type === 'entity.too.large'
            ? '请求体过大 / Request body too large'
            : '请求体不是有效 JSON / Malformed JSON body',
      };
    } else {
      this.logger.error(exception instanceof Error ? exception : String(exception), 'ProblemFilter');
      body = CommonErrors.internal().toJSON();
    }
    if (body.status >= 500) {
      this.logger.warn(`${req.method} ${req.originalUrl} → ${body.status} ${body.code}`, 'ProblemFilter');
    }
    const retryAfter = body.details?.retryAfterSeconds;
    if (body.status === 429 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res
      .status(body.status)
      .type('application/problem+json')
      .json({
        type: `https://linli.example/problems/${body.code.toLowerCase()}`,
        title: TITLES[body.status] ?? body.code,
        status: body.status,
        detail: body.message,
        code: body.code,
        instance: req.originalUrl,
        requestId: req.id ?? body.requestId,
        ...(body.errors ? { errors: body.errors } : {}),
        ...(body.details ? { details: body.details } : {}),
      });
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    typeof (e as { status?: unknown }).status === 'number'
  );
}
