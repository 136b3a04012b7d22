import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DATE_PATTERN } from '../common/id.js';
import { PageQuery } from '../common/pagination.js';
import { TIER_LEVELS, type TierLevel } from './tier.dto.js';

export const ORGANISATION_TYPES = [
  'volunteer_team',
  'elderly_association',
  'culture_sports',
  'caring_enterprise',
  'caring_individuals',
  'mutual_aid',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Chinese labels for reports and the console. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  volunteer_team: '志愿服务队',
  elderly_association: '老年协会',
  culture_sports: '文体队伍',
  caring_enterprise: '爱心企业',
  caring_individuals: '爱心人士团体',
  mutual_aid: '特殊群体互助组',
  other: '其他',
};

export const ORGANISATION_STATUSES = ['incubating', 'active', 'registered', 'dormant', 'dissolved'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const ORGANISATION_STATUS_LABELS: Record<OrganisationStatus, string> = {
  incubating: '培育中',
  active: '活跃',
  registered: '已备案',
  dormant: '休眠',
  dissolved: '已注销',
};

const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };

export class CreateOrganisationDto {
  @ApiProperty({ example: '九龙街道夕阳红志愿服务队', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  @ApiProperty({ format: 'uuid', description: '所在层级节点 / tier node the organisation belongs to' })
  @IsUUID('all')
  tierNodeId: string;

  @ApiProperty({ example: '2021-03-15', description: '成立日期 / founding date' })
  @Matches(DATE_PATTERN, dateMessage)
  foundedOn: string;

  @ApiPropertyOptional({
    example: '2021-06-20',
    description: '纳入社工站名录日期，默认今天 / joined the registry; defaults to today',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  joinedOn?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES.filter((s) => s !== 'dissolved'), default: 'incubating' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES.filter((s) => s !== 'dissolved'))
  status?: Exclude<OrganisationStatus, 'dissolved'>;

  @ApiPropertyOptional({ example: '王秀英', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  leader?: string;

  @ApiPropertyOptional({ example: '13805361234', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contact?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  memberCount?: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  foundedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  joinedOn?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  leader?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contact?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  memberCount?: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class ChangeOrganisationStatusDto {
  @ApiProperty({ enum: ORGANISATION_STATUSES })
  @IsIn(ORGANISATION_STATUSES)
  status: OrganisationStatus;

  @ApiProperty({ example: '完成民政备案', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  @ApiProperty({ example: '2021-09-01', description: '生效日期 / effective date' })
  @Matches(DATE_PATTERN, dateMessage)
  effectiveOn: string;
}

export class ListOrganisationsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;

  @ApiPropertyOptional({ description: '名称、负责人搜索 / search name or leader', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: OrganisationType;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty() tierNodeName: string;
  @ApiProperty({ enum: TIER_LEVELS }) tierLevel: TierLevel;
  @ApiProperty({ example: '2021-03-15' }) foundedOn: string;
  @ApiProperty({ example: '2021-06-20' }) joinedOn: string;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status: OrganisationStatus;
  @ApiProperty({ example: '2021-09-01' }) statusSince: string;
  @ApiProperty({ nullable: true, type: String }) leader: string | null;
  @ApiProperty({ nullable: true, type: String }) contact: string | null;
  @ApiProperty({ nullable: true, type: Number }) memberCount: number | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class OrganisationStatusChangeDto {
  @ApiProperty({ enum: ORGANISATION_STATUSES, nullable: true }) fromStatus: OrganisationStatus | null;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) toStatus: OrganisationStatus;
  @ApiProperty() reason: string;
  @ApiProperty() effectiveOn: string;
  @ApiProperty({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty() recordedAt: string;
}

export class OrganisationDetailDto extends OrganisationDto {
  @ApiProperty({ type: [OrganisationStatusChangeDto] }) statusHistory: OrganisationStatusChangeDto[];
}

export class OrganisationPage {
  @ApiProperty({ type: [OrganisationDto] }) items: OrganisationDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Payload of `evt.organisations.organisation.*`. */
export class OrganisationEventPayload {
  @IsUUID('all') organisationId: string;
  @IsString() name: string;
  @IsIn(ORGANISATION_TYPES) type: OrganisationType;
  @IsIn(ORGANISATION_STATUSES) status: OrganisationStatus;
  @IsUUID('all') tierNodeId: string;
  @IsString() tierPath: string;
  @Matches(DATE_PATTERN) joinedOn: string;
  /** On `status_changed` only. */
  @IsOptional() @IsIn(ORGANISATION_STATUSES) fromStatus?: OrganisationStatus | null;
  @IsOptional() @IsString() reason?: string;
  @IsOptional() @Matches(DATE_PATTERN) effectiveOn?: string;
}
