import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import { SERVICE_DOMAINS, type ServiceDomain } from './events.js';

/** ISO 8601 instant with an explicit offset (`2021-11-29T09:00:00+08:00` or `...Z`). */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export const instantMessage = {
  message: '$property 须为带时区偏移的 ISO 8601 时间 / must be an ISO 8601 time with offset',
};

export const SERVICE_DOMAIN_LABELS: Record<ServiceDomain, string> = {
  social_assistance: '社会救助',
  elderly_care: '养老服务',
  child_care: '儿童关爱',
  community_governance: '社区治理',
};

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
/** `high` = injury risk: every volunteer needs accident insurance covering the shift date. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

export class CreateProjectDto {
  @ApiProperty({ example: '九龙夕阳红', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: SERVICE_DOMAINS })
  @IsIn(SERVICE_DOMAINS)
  domain: ServiceDomain;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  tierNodeId: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class ListProjectsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ enum: SERVICE_DOMAINS })
  @IsOptional()
  @IsIn(SERVICE_DOMAINS)
  domain?: ServiceDomain;
}

export class ProjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SERVICE_DOMAINS }) domain: ServiceDomain;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() createdAt: string;
}

export class ProjectPage {
  @ApiProperty({ type: [ProjectDto] }) items: ProjectDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CreateActivityDto {
  @ApiProperty({ example: '消防安全进农户', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '组织活动的志愿服务队 / the team running it' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  tierNodeId: string;

  @ApiProperty({ example: '九龙街道便民服务大厅', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  location: string;

  @ApiProperty({ example: '2021-12-06T09:00:00+08:00' })
  @Matches(INSTANT_PATTERN, instantMessage)
  startsAt: string;

  @ApiProperty({ example: '2021-12-31T17:00:00+08:00' })
  @Matches(INSTANT_PATTERN, instantMessage)
  endsAt: string;

  @ApiProperty({ enum: RISK_LEVELS, description: 'high = 有受伤风险，需意外保险 / injury risk, insurance required' })
  @IsIn(RISK_LEVELS)
  riskLevel: RiskLevel;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAge?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class UpdateActivityDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  startsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  endsAt?: string;

  @ApiPropertyOptional({ enum: RISK_LEVELS })
  @IsOptional()
  @IsIn(RISK_LEVELS)
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAge?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class ListActivitiesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) projectId: string | null;
  @ApiProperty({ enum: SERVICE_DOMAINS, nullable: true }) projectDomain: ServiceDomain | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId: string | null;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty() location: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ nullable: true, type: Number }) minAge: number | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ActivityPage {
  @ApiProperty({ type: [ActivityDto] }) items: ActivityDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
