import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import { INSTANT_PATTERN, instantMessage, RISK_LEVELS, type RiskLevel } from './activity.dto.js';

export class CreateShiftsDto {
  @ApiProperty({ example: '2021-12-06T09:00:00+08:00', description: '首个班次开始 / start of the (first) shift' })
  @Matches(INSTANT_PATTERN, instantMessage)
  startsAt: string;

  @ApiProperty({ example: '2021-12-06T12:00:00+08:00' })
  @Matches(INSTANT_PATTERN, instantMessage)
  endsAt: string;

  @ApiProperty({ minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity: number;

  @ApiPropertyOptional({ example: '轮值志愿者', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  role?: string;

  @ApiPropertyOptional({ type: [String], example: ['first_aid'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  requiredSkills?: string[];

  @ApiPropertyOptional({
    example: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=12',
    description:
      'RFC 5545 RRULE, expanded in the station time zone: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT or UNTIL (one required), ' +
      'BYDAY (ordinals such as 1SA, -1FR in monthly and yearly rules), BYMONTHDAY, BYMONTH, BYSETPOS, BYYEARDAY, BYWEEKNO, WKST; ' +
      'at most 366 shifts. 每月第一个周六: FREQ=MONTHLY;BYDAY=1SA;COUNT=12',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recurrence?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['2027-02-06'],
    description:
      '系列中跳过的日期（站点时区，如春节）/ local dates a series skips (e.g. the Spring Festival), as EXDATE: COUNT counts them before they are left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: '日期格式应为 YYYY-MM-DD / dates must be YYYY-MM-DD' })
  exceptDates?: string[];

  @ApiPropertyOptional({
    description:
      '报名开放时间（每个班次相对开始时间同样提前）/ sign-up opening; in a series, the same lead before each shift',
  })
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  signupOpensAt?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 10080,
    description: '开始前多少分钟后不可自行取消 / self-cancel closes this many minutes before the start',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  cancelCutoffMinutes?: number;
}

export class UpdateShiftDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  startsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  endsAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  role?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  requiredSkills?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  signupOpensAt?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 10080 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  cancelCutoffMinutes?: number;
}

export const SHIFT_EDIT_SCOPES = ['this', 'following'] as const;
export type ShiftEditScope = (typeof SHIFT_EDIT_SCOPES)[number];

export class UpdateShiftQuery {
  @ApiPropertyOptional({
    enum: SHIFT_EDIT_SCOPES,
    default: 'this',
    description: 'following = 本班次及系列中其后的班次 / this shift and the rest of its series',
  })
  @IsOptional()
  @IsIn(SHIFT_EDIT_SCOPES)
  scope?: ShiftEditScope;
}

export class ListShiftsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '开始时间不早于 / starting at or after' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  from?: string;

  @ApiPropertyOptional({ description: '开始时间早于 / starting before' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  activityId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '只看可报名（已开放、未开始、未满）/ open for sign-up, not started, not full',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  openOnly?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['me'],
    description: '只看我能报名的班次 / shifts the caller’s volunteer can sign up for',
  })
  @IsOptional()
  @IsIn(['me'])
  eligibleFor?: 'me';
}

export class ShiftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) activityId: string;
  @ApiProperty() activityTitle: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) seriesId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) projectId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) teamId: string | null;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty() location: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() capacity: number;
  @ApiProperty() confirmedCount: number;
  @ApiProperty() waitlistCount: number;
  @ApiProperty({ nullable: true, type: String }) role: string | null;
  @ApiProperty({ type: [String] }) requiredSkills: string[];
  @ApiProperty({ nullable: true, type: String }) signupOpensAt: string | null;
  @ApiProperty() cancelCutoffMinutes: number;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ nullable: true, type: Number }) minAge: number | null;
}

export class ShiftPage {
  @ApiProperty({ type: [ShiftDto] }) items: ShiftDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CreatedShifts {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) seriesId: string | null;
  @ApiProperty({ type: [ShiftDto] }) items: ShiftDto[];
}

export class RosterEntryDto {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) status: 'confirmed' | 'waitlisted';
  @ApiProperty({ nullable: true, type: Number }) position: number | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedOutAt: string | null;
  @ApiProperty() noShow: boolean;
  @ApiProperty() signedUpAt: string;
}

export class RosterDto {
  @ApiProperty({ type: ShiftDto }) shift: ShiftDto;
  @ApiProperty({ type: [RosterEntryDto] }) confirmed: RosterEntryDto[];
  @ApiProperty({ type: [RosterEntryDto], description: '按候补顺序 / in waitlist order' }) waitlisted: RosterEntryDto[];
  @ApiProperty({ type: [RosterEntryDto] }) checkedIn: RosterEntryDto[];
  @ApiProperty({ type: [RosterEntryDto] }) noShow: RosterEntryDto[];
}

export class SignupDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  volunteerId: string;
}

export class SignupResultDto {
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) status: 'confirmed' | 'waitlisted';
  @ApiPropertyOptional({ description: '候补位次（从 1 起）/ waitlist position from 1' }) position?: number;
}

export class CancelResultDto {
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ enum: ['cancelled'] }) status: 'cancelled';
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: '递补确认的志愿者 / the waitlisted volunteer promoted',
  })
  promotedVolunteerId: string | null;
}

export class VolunteerShiftsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INSTANT_PATTERN, instantMessage)
  to?: string;
}

export class VolunteerShiftDto extends ShiftDto {
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) signupStatus: 'confirmed' | 'waitlisted';
  @ApiProperty({ nullable: true, type: Number }) position: number | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedOutAt: string | null;
  @ApiProperty() noShow: boolean;
}

export class CheckInDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  volunteerId: string;

  @ApiPropertyOptional({
    example: '482913',
    description: '志愿者自助签到用的 6 位签到码 / the shift’s 6-digit code, for self check-in',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字 / code must be 6 digits' })
  code?: string;
}

export class CheckOutDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  volunteerId: string;
}

export class AttendanceDto {
  @ApiProperty({ format: 'uuid' }) attendanceId: string;
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() checkedInAt: string;
  @ApiProperty({ nullable: true, type: String }) checkedOutAt: string | null;
  @ApiPropertyOptional({ description: '签到到签退的分钟数 / minutes between check-in and check-out' }) minutes?: number;
}

export class CheckInCodeDto {
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ example: '482913' }) code: string;
  @ApiProperty({ example: 'linli:checkin:<shiftId>:482913', description: '二维码内容 / what the QR code encodes' })
  qrPayload: string;
  @ApiPropertyOptional({
    example: 'https://linli.example/#/my?checkin=<shiftId>&code=482913',
    description: '扫码打开的签到地址（网关地址可知时）/ the console address the QR image opens, when the host is known',
  })
  checkInUrl?: string;
  @ApiProperty({
    description:
      '二维码图片（SVG），编码签到地址，否则编码 qrPayload / the QR code as SVG: checkInUrl when present, else qrPayload',
  })
  qrSvg: string;
  @ApiProperty({ description: '自助签到开放 / self check-in opens' }) opensAt: string;
  @ApiProperty({ description: '自助签到关闭 / self check-in closes' }) closesAt: string;
}

export class ShiftMessageDto {
  @ApiProperty({ example: '明早八点半在大厅门口集合', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  text: string;
}

export class ShiftMessageResultDto {
  @ApiProperty({ format: 'uuid' }) messageId: string;
  @ApiProperty({ description: '收到通知的志愿者数 / volunteers notified' }) recipients: number;
}

export const NOTIFICATION_KINDS = [
  'reminder_24h',
  'reminder_2h',
  'promoted',
  'shift_message',
  'shift_changed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) shiftId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) readAt: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class NotificationListQuery extends PageQuery {}

export class CalendarLinkDto {
  @ApiProperty({
    example: '/api/v1/calendar/Jx3…q.ics',
    description: '私密订阅地址，勿外传 / private feed URL: keep it secret',
  })
  url: string;
}

/** The iCal text of a volunteer's private feed (the gateway sends it as `text/calendar`). */
export class CalendarFeedDto {
  @ApiProperty() text: string;
}
