import type { GrantDto, RoleName, UserDto } from '#linli/contracts';

export interface UserRow {
  id: string;
  name: string;
  phone: string | null;
  username: string | null;
  status: string;
  volunteerId: string | null;
}

export interface GrantRow {
  id: string;
  userId: string;
  role: RoleName;
  tierNodeId: string | null;
  tierNodeName: string | null;
  tierPath: string;
}

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
}

export function toGrantDto(g: GrantRow): GrantDto {
  return {
    id: g.id,
    role: g.role,
    tierNodeId: g.tierNodeId ?? '',
    ...(g.tierNodeName ? { tierNodeName: g.tierNodeName } : {}),
  };
}

/** Phones are shown in full only to their owner. */
export function toUserDto(user: UserRow, grants: GrantRow[], fullPhone = false): UserDto {
  return {
    id: user.id,
    name: user.name,
    phone: fullPhone ? user.phone : maskPhone(user.phone),
    username: user.username,
    status: user.status,
    volunteerId: user.volunteerId,
    grants: grants.map(toGrantDto),
  };
}
