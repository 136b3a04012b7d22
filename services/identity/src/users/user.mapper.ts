import type { UserDto } from '#linli/contracts';
import { toGrantDto, type GrantRow } from '../grants/grant.mapper.js';

export interface UserRow {
  id: string;
  name: string;
  phone: string | null;
  username: string | null;
  status: string;
  volunteerId: string | null;
}

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
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
