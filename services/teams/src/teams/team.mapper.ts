import type {
  TeamDto,
  TeamEventPayload,
  TeamMemberDto,
  TeamRole,
  TeamStatus,
  VolunteerTeamDto,
} from '#linli/contracts';
import type { TeamEntity } from './team.entity.js';

export interface TeamRow extends TeamEntity {
  memberCount: number;
  leaderCount: number;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toTeamDto(row: TeamRow): TeamDto {
  return {
    id: row.id,
    name: row.name,
    tierNodeId: row.tierNodeId,
    organisationId: row.organisationId,
    description: row.description,
    status: row.status,
    memberCount: row.memberCount,
    leaderCount: row.leaderCount,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    dissolvedAt: iso(row.dissolvedAt),
  };
}

export function toTeamEventPayload(
  team: Pick<TeamEntity, 'id' | 'name' | 'status' | 'tierNodeId' | 'tierPath' | 'organisationId'>,
): TeamEventPayload {
  return {
    teamId: team.id,
    name: team.name,
    status: team.status,
    tierNodeId: team.tierNodeId,
    tierPath: team.tierPath,
    organisationId: team.organisationId,
  };
}

export interface MemberRow {
  membershipId: string;
  volunteerId: string;
  name: string | null;
  role: TeamRole;
  joinedAt: Date;
  leftAt: Date | null;
}

export function toTeamMemberDto(row: MemberRow): TeamMemberDto {
  return {
    membershipId: row.membershipId,
    volunteerId: row.volunteerId,
    name: row.name,
    role: row.role,
    joinedAt: iso(row.joinedAt)!,
    leftAt: iso(row.leftAt),
  };
}

export interface VolunteerTeamRow {
  teamId: string;
  teamName: string;
  tierNodeId: string;
  teamStatus: TeamStatus;
  role: TeamRole;
  joinedAt: Date;
  leftAt: Date | null;
}

export function toVolunteerTeamDto(row: VolunteerTeamRow): VolunteerTeamDto {
  return { ...row, joinedAt: iso(row.joinedAt)!, leftAt: iso(row.leftAt) };
}
