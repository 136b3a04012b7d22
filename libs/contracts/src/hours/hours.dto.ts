import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DATE_PATTERN } from '../common/id.js';
import { IsOmittable } from '../common/presence.js';
import { PageQuery } from '../common/pagination.js';

const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };

export const HOURS_ENTRY_KINDS = ['attendance', 'manual', 'correction'] as const;
export type HoursEntryKind = (typeof HOURS_ENTRY_KINDS)[number];
/**
 * `pending` awaits a leader; `not_counted` fell below the station's minimum attendance share and
 * needs no decision (a correction can still make it count); `superseded` was replaced by an
 * accepted correction, which then carries the minutes.
 */
export const HOURS_ENTRY_STATUSES = ['pending', 'approved', 'rejected', 'not_counted', 'superseded'] as const;
export type HoursEntryStatus = (typeof HOURS_ENTRY_STATUSES)[number];

export class HoursPeriodQuery {
  @ApiPropertyOptional({ example: '2021-01-01', description: '起始日期（含）/ from (inclusive)' })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  from?: string;

  @ApiPropertyOptional({ example: '2021-12-31', description: '截止日期（含）/ to (inclusive)' })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  to?: string;
}

export class CreateHoursEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  volunteerId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  activityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  shiftId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: '服务所在节点；默认取志愿者所在节点 / where the service was done; defaults to the volunteer’s node',
  })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ maxLength: 100, example: '入户探访困难家庭' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  activityTitle?: string;

  @ApiProperty({ example: '2021-11-20', description: '服务日期 / service date' })
  @Matches(DATE_PATTERN, dateMessage)
  date: string;

  @ApiProperty({
    minimum: 1,
    maximum: 1440,
    description: '实际服务时长（分钟，不含路途）/ actual service minutes, travel excluded',
  })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes: number;

  @ApiProperty({ maxLength: 500, example: '为独居老人送安全头盔并讲解交通安全' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  content: string;

  @ApiProperty({ maxLength: 100, example: '九龙街道北村' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place: string;

  @ApiProperty({ maxLength: 200, example: '独居老人 12 户' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recipients: string;
}

export class ApproveHoursDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1440,
    description:
      '负责人延长：超过班次时长的实际分钟数，最多到签到签退间的实际分钟 / a leader’s extension beyond the shift length, up to the actual minutes',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes?: number;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 500, example: '签退时间有误' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class BulkApproveDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids: string[];
}

export class RequestCorrectionDto {
  @ApiProperty({ minimum: 0, maximum: 1440, description: '更正后的分钟数 / the minutes it should be' })
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes: number;

  @ApiProperty({ maxLength: 500, example: '实际 17:30 才签退，系统记录为 16:00' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class HoursQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: HOURS_ENTRY_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(HOURS_ENTRY_STATUSES)
  status?: HoursEntryStatus;

  @ApiPropertyOptional({ enum: HOURS_ENTRY_KINDS })
  @IsOptional()
  @IsIn(HOURS_ENTRY_KINDS)
  kind?: HoursEntryKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  volunteerId?: string;
}

export const EXPORT_GROUPS = ['volunteer', 'team', 'project', 'village'] as const;
export type ExportGroup = (typeof EXPORT_GROUPS)[number];

export class HoursExportQuery extends HoursPeriodQuery {
  @ApiProperty({ enum: EXPORT_GROUPS })
  @IsIn(EXPORT_GROUPS)
  groupBy: ExportGroup;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export class HoursSettingsDto {
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0.01,
    maximum: 1,
    example: 0.6,
    description:
      '计入时长所需的最低出勤比例（null 为不要求）/ minimum share of a shift attended for it to count (null: none)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.01)
  @Max(1)
  minAttendanceShare?: number | null;

  @ApiPropertyOptional({
    type: [Number],
    example: [100, 300, 600, 1000, 1500],
    description: '星级门槛（小时）/ star thresholds in hours',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(100000, { each: true })
  starThresholdsHours?: number[];

  @ApiPropertyOptional({ example: '九龙街道社工站', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  issuerName?: string;

  @ApiPropertyOptional({ example: '李站长', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  personInCharge?: string;

  @ApiPropertyOptional({ example: '王干事', maxLength: 50, description: '证明经办人 / certificate handler' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  handlerName?: string;

  @ApiPropertyOptional({ example: '0536-7600000', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contact?: string;

  @ApiPropertyOptional({ example: 'JL', description: '证明编号前缀 / certificate number prefix' })
  @IsOmittable()
  @Matches(/^[A-Z]{1,6}$/, { message: 'certificatePrefix 须为 1-6 位大写字母 / 1-6 capital letters' })
  certificatePrefix?: string;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  timezone?: string;
}

export class HoursSettingsView {
  @ApiProperty({ nullable: true, type: Number }) minAttendanceShare: number | null;
  @ApiProperty({ type: [Number] }) starThresholdsHours: number[];
  @ApiProperty({ nullable: true, type: String }) issuerName: string | null;
  @ApiProperty({ nullable: true, type: String }) personInCharge: string | null;
  @ApiProperty({ nullable: true, type: String }) handlerName: string | null;
  @ApiProperty({ nullable: true, type: String }) contact: string | null;
  @ApiProperty() certificatePrefix: string;
  @ApiProperty() timezone: string;
}

export class HoursEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ nullable: true, type: String }) volunteerName: string | null;
  @ApiProperty({ enum: HOURS_ENTRY_KINDS }) kind: HoursEntryKind;
  @ApiProperty({ enum: HOURS_ENTRY_STATUSES }) status: HoursEntryStatus;
  @ApiProperty({ example: '2021-11-20' }) date: string;
  @ApiProperty({ description: '记录的分钟数（已按班次时长封顶）/ minutes recorded (capped at the shift length)' })
  minutes: number;
  @ApiProperty({ description: '计入的分钟数 / minutes that count toward the total' }) countedMinutes: number;
  @ApiProperty() hours: number;
  @ApiProperty({ nullable: true, type: Number }) actualMinutes: number | null;
  @ApiProperty({ nullable: true, type: Number }) shiftMinutes: number | null;
  @ApiProperty({ nullable: true, type: Number }) attendedShare: number | null;
  @ApiProperty({ nullable: true, type: String }) notCountedReason: string | null;
  @ApiProperty({ nullable: true, type: String }) activityId: string | null;
  @ApiProperty({ nullable: true, type: String }) activity: string | null;
  @ApiProperty({ nullable: true, type: String }) shiftId: string | null;
  @ApiProperty({ nullable: true, type: String }) teamId: string | null;
  @ApiProperty({ nullable: true, type: String }) projectId: string | null;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ nullable: true, type: String }) content: string | null;
  @ApiProperty({ nullable: true, type: String }) place: string | null;
  @ApiProperty({ nullable: true, type: String }) recipients: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedOutAt: string | null;
  @ApiProperty({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ nullable: true, type: String }) approvedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: '被更正的记录 / the entry this corrects' }) correctionOf?: string;
  @ApiPropertyOptional({ description: '更正理由 / why a correction was asked' }) correctionReason?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '取代本记录的更正 / the accepted correction replacing this' })
  supersededBy?: string;
}

export class NextStarDto {
  @ApiProperty() level: number;
  @ApiProperty() minutesToGo: number;
}

export class VolunteerHoursDto {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ nullable: true, type: String }) volunteerName: string | null;
  @ApiProperty() approvedMinutes: number;
  @ApiProperty() pendingMinutes: number;
  @ApiProperty({ description: '已核准小时（派生）/ approved hours, derived' }) hours: number;
  @ApiProperty() pendingHours: number;
  @ApiProperty({ description: '累计核准时长所得星级（不随 from/to 变化）/ from all-time approved hours' })
  starLevel: number;
  @ApiProperty({ nullable: true, type: NextStarDto }) nextStar: NextStarDto | null;
  @ApiProperty() totalApprovedMinutes: number;
  @ApiProperty({ type: [HoursEntryDto] }) entries: HoursEntryDto[];
}

export class HoursEntryPage {
  @ApiProperty({ type: [HoursEntryDto] }) items: HoursEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class BulkApproveOutcome {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['approved', 'already_decided', 'not_found', 'forbidden', 'not_pending'] }) outcome: string;
  @ApiPropertyOptional() code?: string;
}

export class BulkApproveResult {
  @ApiProperty() approved: number;
  @ApiProperty({ type: [BulkApproveOutcome] }) results: BulkApproveOutcome[];
}

/**
 * A file built by a service and handed to the gateway, which sends it as the body (a class so an
 * operation can name it as its reply; never part of the OpenAPI document, the route says binary).
 */
export class FileReply {
  filename: string;
  contentType: string;
  base64: string;
}

/** Payload of `evt.hours.star_level.changed`: a volunteer's star level moved with their approved minutes. */
export class StarLevelChangedPayload {
  @IsUUID('all') volunteerId: string;
  @IsString() @IsNotEmpty() tierPath: string;
  @IsInt() @Min(0) fromLevel: number;
  @IsInt() @Min(0) toLevel: number;
  @IsInt() @Min(0) approvedMinutes: number;
}
