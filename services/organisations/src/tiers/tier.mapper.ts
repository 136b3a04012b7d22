import type { TierNodeDto } from '#linli/contracts';
import type { TierNodeEntity } from './tier-node.entity.js';
import { pathIds } from './tiers.rules.js';

export function toTierNodeDto(node: TierNodeEntity): TierNodeDto {
  return {
    id: node.id,
    parentId: node.parentId,
    level: node.level,
    name: node.name,
    code: node.code,
    ancestors: pathIds(node.path).slice(0, -1),
    createdAt: node.createdAt.toISOString(),
    updatedAt: node.updatedAt.toISOString(),
  };
}
