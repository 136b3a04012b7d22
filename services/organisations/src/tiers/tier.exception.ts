import { DomainException } from '#linli/platform';

export const TierErrors = {
  notFound: (id: string) => new DomainException('TIER.NOT_FOUND', 404, '层级节点不存在 / Tier node not found', { id }),
  parentNotFound: (id: string) =>
    new DomainException('TIER.PARENT_NOT_FOUND', 404, '上级节点不存在 / Parent node not found', { parentId: id }),
  levelNotAllowed: (parentLevel: string, level: string) =>
    new DomainException(
      'TIER.LEVEL_NOT_ALLOWED',
      422,
      `不能在${parentLevel}下创建${level}节点 / A ${level} cannot be created under a ${parentLevel}`,
      { parentLevel, level },
    ),
  nameTaken: (name: string) =>
    new DomainException('TIER.NAME_TAKEN', 409, `同级已有名为“${name}”的节点 / A sibling named ${name} exists`, {
      name,
    }),
  codeTaken: (code: string) =>
    new DomainException('TIER.CODE_TAKEN', 409, `编码 ${code} 已被使用 / Code ${code} is in use`, { code }),
  outsideScope: () =>
    new DomainException('TIER.OUTSIDE_SCOPE', 403, '该节点不在您的管理范围内 / This node is outside your area'),
};
