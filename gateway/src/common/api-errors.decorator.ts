import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { answersOf, Problem, type Operation } from '#linli/contracts';

const DESCRIPTIONS: Record<number, string> = {
  400: '请求无效 / Bad input (VALIDATION.FAILED with field errors)',
  401: '未登录 / No or bad token',
  403: '超出角色或管理范围 / Outside your role or subtree',
  404: '未找到 / Not found (also another station’s ids)',
  409: '与当前状态冲突 / Conflicts with current state',
  413: '内容过大 / Payload too large',
  415: '不支持的媒体类型 / Unsupported media type',
  422: '规则不允许 / A rule refuses it',
  429: '请求过于频繁 / Too many requests',
  503: '服务不可用 / A service is down',
  504: '服务超时 / A service timed out',
};

/**
 * Documents the problem+json answers of an operation from its declaration: each status with
 * the stable codes it carries, so the document lists exactly what the service may answer.
 */
export function ApiErrorsOf(op: Operation, extra: Record<string, number> = {}) {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries({ ...answersOf(op), ...extra })) {
    if (status === 500) continue;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ApiExtraModels(Problem),
    ...[...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) =>
        ApiResponse({
          status,
          description: `${DESCRIPTIONS[status] ?? ''} — codes: ${codes.join(', ')}`,
          content: { 'application/problem+json': { schema: { $ref: getSchemaPath(Problem) } } },
        }),
      ),
  );
}
