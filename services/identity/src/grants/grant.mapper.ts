import type { GrantDto, RoleName } from '#linli/contracts';

export interface GrantRow {
  id: string;
  userId: string;
  role: RoleName;
  tierNodeId: string | null;
  tierNodeName: string | null;
  tierPath: string;
}

export function toGrantDto(g: GrantRow): GrantDto {
  return {
    id: g.id,
    role: g.role,
    tierNodeId: g.tierNodeId ?? '',
    ...(g.tierNodeName ? { tierNodeName: g.tierNodeName } : {}),
  };
}
