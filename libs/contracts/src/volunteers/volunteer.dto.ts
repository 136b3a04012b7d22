import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DATE_PATTERN } from '../common/id.js';
import { PageQuery } from '../common/pagination.js';
import { PHONE_PATTERN } from '../identity/identity.dto.js';

export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_pass', 'taiwan_pass', 'foreign_permanent'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_pass: '港澳居民来往内地通行证',
  taiwan_pass: '台湾居民来往大陆通行证',
  foreign_permanent: '外国人永久居留身份证',
};
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const VOLUNTEER_STATUSES = ['pending', 'active', 'suspended', 'left'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export const AGE_BANDS = ['under18', '18-35', '36-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Fields a full read may reveal (each reveal is audited). */
export const REVEALABLE = ['idNumber', 'guardianPhone'] as const;
export type Revealable = (typeof REVEALABLE)[number];
/** Version of the consent text a volunteer agrees to; recorded with the consent time. */
export const CONSENT_VERSION = '2021-11';

const phoneMessage = { message: '手机号须为 11 位中国大陆手机号 / phone must be an 11-digit mainland mobile number' };
const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };
const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,128}$/;
const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class GuardianDto {
  @ApiProperty({ example: '李红', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13905361234' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;

  @ApiProperty({ example: '母亲', maxLength: 20, description: '与志愿者关系 / relation to the volunteer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  relation: string;

  @ApiProperty({ description: '监护人已同意（书面同意书已存档）/ the guardian has consented (form on file)' })
  @IsBoolean()
  consentGiven: boolean;
}

/** Real-name fields (docs/DOMAIN.md): shared by registration by a leader and self-registration. */
export class VolunteerFieldsDto {
  @ApiProperty({ example: '陈晓梅', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({
    enum: SEXES,
    description: '居民身份证可省略，由证件号推出 / derived from a resident ID when omitted',
  })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({
    example: '1985-03-12',
    description: '居民身份证可省略 / derived from a resident ID when omitted',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  birthDate?: string;

  @ApiProperty({ enum: ID_TYPES })
  @IsIn(ID_TYPES)
  idType: IdType;

  @ApiProperty({ example: '370704198503121246', maxLength: 32 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  idNumber: string;

  @ApiProperty({ example: '13805361234' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;

  @ApiPropertyOptional({ type: [String], example: ['急救', '摄影'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(trimList)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(32, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [String], example: ['周末上午', '工作日晚上'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(32, { each: true })
  availableTimes?: string[];

  @ApiProperty({
    description: '本人同意登记与使用其信息（必须为 true）/ consent to the record; must be true',
    example: true,
  })
  @Equals(true, { message: '须同意登记 / consent must be given' })
  consent: boolean;

  @ApiProperty({ format: 'uuid', description: '所属层级节点 / tier node' })
  @IsUUID('all')
  tierNodeId: string;

  @ApiPropertyOptional({ format: 'uuid', description: '推荐人（志愿者 id）/ the volunteer who brought them in' })
  @IsOptional()
  @IsUUID('all')
  recruitedBy?: string;

  @ApiPropertyOptional({ type: GuardianDto, description: '未满 18 周岁必填 / required under 18' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;
}

export class RegisterVolunteerDto extends VolunteerFieldsDto {
  @ApiPropertyOptional({ example: '2022-12-31', description: '意外保险有效期至 / accident insurance valid until' })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  insuredUntil?: string;

  @ApiPropertyOptional({ example: '九龙青少年志愿服务队', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  teamName?: string;
}

export class JoinStationDto extends VolunteerFieldsDto {
  @ApiProperty({
    example: 'MyPass2021',
    description: '至少 8 位，含字母和数字 / 8+ characters with letters and digits',
  })
  @Matches(PASSWORD_PATTERN, {
    message: '密码至少 8 位，须包含字母和数字 / password needs at least 8 characters with letters and digits',
  })
  password: string;
}

export class UpdateVolunteerDto {
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, phoneMessage)
  phone?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(trimList)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(32, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(32, { each: true })
  availableTimes?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '负责人可改 / leaders only' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({
    enum: VOLUNTEER_STATUSES.filter((s) => s !== 'pending'),
    description: '负责人可改；待确认用 confirm / leaders only; pending → confirm',
  })
  @IsOptional()
  @IsIn(VOLUNTEER_STATUSES.filter((s) => s !== 'pending'))
  status?: Exclude<VolunteerStatus, 'pending'>;

  @ApiPropertyOptional({
    example: '2022-12-31',
    nullable: true,
    type: String,
    description: '负责人可改 / leaders only',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  insuredUntil?: string | null;

  @ApiPropertyOptional({ maxLength: 64, description: '负责人可改 / leaders only' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  teamName?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '负责人可改 / leaders only' })
  @IsOptional()
  @IsUUID('all')
  recruitedBy?: string;

  @ApiPropertyOptional({ type: GuardianDto, description: '负责人可改 / leaders only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;
}

export class GetVolunteerQuery {
  @ApiPropertyOptional({
    example: 'idNumber',
    description: '完整读取（记入审计日志）：idNumber, guardianPhone，逗号分隔 / full read, audited; comma-separated',
  })
  @IsOptional()
  @Matches(/^(idNumber|guardianPhone)(,(idNumber|guardianPhone))?$/, {
    message: 'reveal 只能是 idNumber, guardianPhone / reveal takes idNumber and/or guardianPhone',
  })
  reveal?: string;
}

export class ListVolunteersQuery extends PageQuery {
  @ApiPropertyOptional({ description: '姓名包含 / name contains', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: '手机尾号 4 位 / last 4 digits of the phone', example: '1234' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'phoneTail 须为 4 位数字 / phoneTail takes 4 digits' })
  phoneTail?: string;

  @ApiPropertyOptional({ maxLength: 32 })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  skill?: string;

  @ApiPropertyOptional({ description: '志愿服务队名称（导入时登记）/ team name recorded at import', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  teamName?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      '当前在该志愿服务队的志愿者（队伍成员变动为异步同步，稍有延迟）/ current members of this team ' +
      '(GET /teams/{id}/members); membership reaches this search through events, so a change shows after a moment',
  })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({
    enum: AGE_BANDS,
    description: '按登记站点时区今天的周岁 / age today in the station time zone',
  })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand;

  @ApiPropertyOptional({ enum: VOLUNTEER_STATUSES })
  @IsOptional()
  @IsIn(VOLUNTEER_STATUSES)
  status?: VolunteerStatus;

  @ApiPropertyOptional({ format: 'uuid', description: '节点及其下级 / the node and its subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;
}

export class RecruitersQuery {
  @ApiPropertyOptional({ format: 'uuid', description: '统计该节点及下级的被推荐人 / count recruits in this subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;
}

export class GuardianView {
  @ApiProperty() name: string;
  @ApiProperty({ description: '掩码，除非 reveal=guardianPhone / masked unless revealed' }) phone: string;
  @ApiProperty() relation: string;
  @ApiProperty() consentGiven: boolean;
  @ApiProperty({ nullable: true, type: String }) consentAt: string | null;
}

export class VolunteerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SEXES }) sex: Sex;
  @ApiProperty() birthDate: string;
  @ApiProperty({ description: '今天的周岁 / age today' }) age: number;
  @ApiProperty() isMinor: boolean;
  @ApiProperty({ enum: ID_TYPES }) idType: IdType;
  @ApiProperty({ example: '370704********1246', description: '掩码，除非 reveal=idNumber / masked unless revealed' })
  idNumber: string;
  @ApiProperty({ description: 'true 时为完整证件号（已审计）/ true when idNumber is the full number (audited)' })
  idNumberRevealed: boolean;
  @ApiProperty() phone: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) availableTimes: string[];
  @ApiProperty({ enum: VOLUNTEER_STATUSES }) status: VolunteerStatus;
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ nullable: true, type: String }) recruitedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName: string | null;
  @ApiProperty({ nullable: true, type: String }) insuredUntil: string | null;
  @ApiProperty({ nullable: true, type: GuardianView }) guardian: GuardianView | null;
  @ApiProperty() consentAt: string;
  @ApiProperty() consentVersion: string;
  @ApiProperty({ enum: ['leader', 'self', 'import'] }) source: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class RegisteredVolunteerDto extends VolunteerDto {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: '志愿者账号 / the volunteer’s user account',
  })
  userId: string | null;
  @ApiPropertyOptional({
    description: '交给志愿者激活账号的一次性激活码 / one-time code the leader hands to the volunteer',
  })
  activationCode?: string;
}

export class VolunteerPage {
  @ApiProperty({ type: [VolunteerDto] }) items: VolunteerDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class RecruiterDto {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() name: string;
  @ApiProperty() recruitedCount: number;
}

export class JoinedDto {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ description: '可登录；负责人确认后方可报名活动 / can log in; sign-ups open once a leader confirms' })
  message: string;
}

/**
 * Payload of `evt.volunteers.volunteer.registered` and `...updated`: what other services keep a
 * copy of. The volunteers service sends every field; consumers take an absent field as "unchanged"
 * (docs/ARCHITECTURE.md, "Copies"), so only `volunteerId` is required. Validated when consumed.
 */
export class VolunteerEventPayload {
  @IsUUID('all') volunteerId: string;
  @IsOptional() @IsUUID('all') tierNodeId?: string;
  @IsOptional() @IsString() @MaxLength(1000) tierPath?: string;
  @IsOptional() @IsString() @MaxLength(200) name?: string;
  @IsOptional() @IsIn(SEXES) sex?: Sex;
  @IsOptional() @IsString() @MaxLength(32) birthDate?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) skills?: string[];
  @IsOptional() @IsIn(VOLUNTEER_STATUSES) status?: VolunteerStatus;
  @IsOptional() @IsBoolean() isMinor?: boolean;
  @IsOptional() @IsBoolean() guardianConsent?: boolean;
  @IsOptional() @IsBoolean() hasInsurance?: boolean;
  @IsOptional() @IsString() @MaxLength(32) insuredUntil?: string | null;
  @IsOptional() @IsUUID('all') recruitedBy?: string | null;
}
