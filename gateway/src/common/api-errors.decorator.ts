import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { Problem } from '#linli/contracts';

const DESCRIPTIONS: Record<number, string> = {
  400: '请求无效 / Bad input (VALIDATION.FAILED with field errors)',
  401: '未登录 / No or bad token',
  403: '超出角色或管理范围 / Outside your role or subtree',
  404: '未找到 / Not found (also another station’s ids)',
  409: '与当前状态冲突 / Conflicts with current state',
  422: '规则不允许 / A rule refuses it',
  503: '服务不可用 / A service is down',
  504: '服务超时 / A service timed out',
};

/** Documents the problem+json answers of an endpoint, with the stable codes it can return. */
export function ApiErrors(statuses: number[], codes: string[] = []) {
  return applyDecorators(
    ApiExtraModels(Problem),
    ...[...new Set([...statuses, 503, 504])].map((status) =>
      ApiResponse({
        status,
        description: `${DESCRIPTIONS[status] ?? ''}${codes.length ? ` — codes: ${codes.join(', ')}` : ''}`,
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(Problem) } } },
      }),
    ),
  );
}
