import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../common/pagination.js';

export const TEAM_STATUSES = ['active', 'dissolved'] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export const TEAM_ROLES = ['member', 'leader'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = { member: '队员', leader: '队长' };

export class CreateTeamDto {
  @ApiProperty({ example: '九龙街道小龙人学生志愿服务队', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'uuid', description: '所属层级节点 / tier node the team belongs to' })
  @IsUUID('all')
  tierNodeId: string;

  @ApiPropertyOptional({ format: 'uuid', description: '所属社区社会组织 / organisation the team belongs to' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class UpdateTeamDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null 解除关联 / null unlinks' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({
    enum: TEAM_STATUSES,
    description: '解散后成员关系全部结束，不可恢复 / dissolving ends every membership and is final',
  })
  @IsOptional()
  @IsIn(TEAM_STATUSES)
  status?: TeamStatus;
}

export class ListTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({ enum: TEAM_STATUSES })
  @IsOptional()
  @IsIn(TEAM_STATUSES)
  status?: TeamStatus;

  @ApiPropertyOptional({ description: '名称搜索 / search by name', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

export class AddTeamMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  volunteerId: string;

  @ApiProperty({ enum: TEAM_ROLES })
  @IsIn(TEAM_ROLES)
  role: TeamRole;
}

export const MEMBER_LIST_INCLUDE = ['current', 'all'] as const;

export class ListTeamMembersQuery {
  @ApiPropertyOptional({
    enum: MEMBER_LIST_INCLUDE,
    default: 'current',
    description: 'all 含已退出的历史记录 / all includes past memberships',
  })
  @IsOptional()
  @IsIn(MEMBER_LIST_INCLUDE)
  include?: (typeof MEMBER_LIST_INCLUDE)[number];
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: TEAM_STATUSES }) status: TeamStatus;
  @ApiProperty({ description: '在队人数 / current members' }) memberCount: number;
  @ApiProperty({ description: '在任队长人数 / current leaders' }) leaderCount: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ nullable: true, type: String }) dissolvedAt: string | null;
}

export class TeamPage {
  @ApiProperty({ type: [TeamDto] }) items: TeamDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: '志愿者姓名（本地副本）/ name from the local volunteer copy',
  })
  name: string | null;
  @ApiProperty({ enum: TEAM_ROLES }) role: TeamRole;
  @ApiProperty() joinedAt: string;
  @ApiProperty({ nullable: true, type: String }) leftAt: string | null;
}

export class TeamMemberList {
  @ApiProperty({ type: [TeamMemberDto] }) items: TeamMemberDto[];
}

export class VolunteerTeamDto {
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty() teamName: string;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ enum: TEAM_STATUSES }) teamStatus: TeamStatus;
  @ApiProperty({ enum: TEAM_ROLES }) role: TeamRole;
  @ApiProperty() joinedAt: string;
  @ApiProperty({ nullable: true, type: String }) leftAt: string | null;
}

export class VolunteerTeamList {
  @ApiProperty({ type: [VolunteerTeamDto] }) items: VolunteerTeamDto[];
}

/** Payload of `evt.teams.team.*`. */
export class TeamEventPayload {
  @IsUUID('all') teamId: string;
  @IsString() name: string;
  @IsIn(TEAM_STATUSES) status: TeamStatus;
  @IsUUID('all') tierNodeId: string;
  @IsString() tierPath: string;
  @IsOptional() @IsUUID('all') organisationId: string | null;
}

/**
 * Why a membership ended (`evt.teams.member.left` only): a leader took the volunteer off the
 * roster, the team was dissolved, or the volunteer's own status became `left` or `suspended`.
 */
export const TEAM_MEMBER_LEFT_REASONS = ['removed', 'team_dissolved', 'volunteer_left', 'volunteer_suspended'] as const;
export type TeamMemberLeftReason = (typeof TEAM_MEMBER_LEFT_REASONS)[number];

/** Payload of `evt.teams.member.joined` and `evt.teams.member.left`. */
export class TeamMemberEventPayload {
  @IsUUID('all') teamId: string;
  @IsUUID('all') volunteerId: string;
  @IsIn(TEAM_ROLES) role: TeamRole;
  @IsUUID('all') tierNodeId: string;
  @IsString() tierPath: string;
  @IsUUID('all') membershipId: string;
  @IsISO8601() joinedAt: string;
  @IsOptional() @IsISO8601() leftAt?: string;
  /** On `left` events; absent on events published before it existed (read as `removed`). */
  @IsOptional() @IsIn(TEAM_MEMBER_LEFT_REASONS) reason?: TeamMemberLeftReason;
  /**
   * On `left` events: true when the leaver was the team's last leader and other members remain,
   * i.e. the team now has members but no leader. Only a volunteer's own departure can do this
   * (a leader removing the last leader is refused with TEAM.LAST_LEADER).
   */
  @IsOptional() @IsBoolean() leftTeamLeaderless?: boolean;
}
