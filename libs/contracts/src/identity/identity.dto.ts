import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/pagination.js';

export const ROLES = [
  'platform_admin',
  'station_head',
  'community_lead',
  'village_lead',
  'team_leader',
  'volunteer',
  'bureau_officer',
] as const;
export type RoleName = (typeof ROLES)[number];
/** The roles an account holds inside a station (a bureau officer's account belongs to none). */
export const STATION_ROLES = [
  'platform_admin',
  'station_head',
  'community_lead',
  'village_lead',
  'team_leader',
  'volunteer',
] as const;
export const GRANTABLE_ROLES = ['station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'] as const;

export const ROLE_LABELS: Record<RoleName, string> = {
  platform_admin: '平台管理员',
  station_head: '站长',
  community_lead: '社区社工服务队队长',
  village_lead: '村级社工服务点负责人',
  team_leader: '志愿服务队队长',
  volunteer: '志愿者',
  bureau_officer: '民政局督导',
};

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
const phoneMessage = { message: '手机号须为 11 位中国大陆手机号 / phone must be an 11-digit mainland mobile number' };
const passwordMessage = {
  message: '密码至少 8 位，须包含字母和数字 / password needs at least 8 characters with letters and digits',
};
const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,128}$/;

export class LoginDto {
  @ApiPropertyOptional({ example: '13800000001', description: '手机号（与用户名二选一）/ phone, or use username' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phone?: string;

  @ApiPropertyOptional({ example: 'admin' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  username?: string;

  @ApiProperty({ example: 'Linli@2021' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class ActivateDto {
  @ApiProperty({ example: '13900000001' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;

  @ApiProperty({ example: '482913', description: '负责人提供的一次性激活码 / one-time code from your leader' })
  @Matches(/^\d{6}$/, { message: '激活码为 6 位数字 / the code has 6 digits' })
  code: string;

  @ApiProperty({ example: 'MyPass2021' })
  @Matches(PASSWORD_PATTERN, passwordMessage)
  password: string;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ROLES }) role: RoleName;
  @ApiProperty({ description: '授权节点 / node the role covers (with its subtree)' }) tierNodeId: string;
  @ApiProperty({ required: false }) tierNodeName?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: '掩码手机号 / masked phone' }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) username: string | null;
  @ApiProperty({ enum: ['active', 'pending_activation', 'disabled'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) volunteerId: string | null;
  @ApiProperty({ type: [GrantDto] }) grants: GrantDto[];
}

export class TokenResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: '访问令牌有效秒数 / access token lifetime in seconds' }) expiresIn: number;
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class MeDto extends UserDto {
  @ApiProperty({ nullable: true, type: String }) stationId: string | null;
  @ApiProperty({ nullable: true, type: String }) stationName: string | null;
}

export class StationHeadDto {
  @ApiProperty({ example: '张站长' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13800000101' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;
}

export class CreateStationDto {
  @ApiProperty({ example: '南湖街道社工站' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name: string;

  @ApiProperty({ example: '吉林省长春市南关区南湖街道' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  region: string;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', default: 'Asia/Shanghai' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/)
  timezone?: string;

  @ApiProperty({ type: StationHeadDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => StationHeadDto)
  head: StationHeadDto;
}

/** What identity asks organisations for when a station opens. */
export class CreateStationRecordDto {
  @IsUUID('all') tenantId: string;
  @IsString() @IsNotEmpty() @MaxLength(64) name: string;
  @IsString() @IsNotEmpty() @MaxLength(128) region: string;
  @IsString() timezone: string;
}

export class StationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() region: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ format: 'uuid' }) rootNodeId: string;
  @ApiProperty() createdAt: string;
}

export class CreatedStationDto extends StationDto {
  @ApiProperty({ type: UserDto }) head: UserDto;
  @ApiProperty({ description: '站长首次登录用的一次性激活码 / one-time activation code for the head' })
  activationCode: string;
}

export class CreateUserDto {
  @ApiProperty({ example: '王丽' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13900000002' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;

  @ApiPropertyOptional({ example: 'wangli' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_.-]{2,31}$/, {
    message: '用户名 3–32 位小写字母数字 / username: 3–32 lowercase letters and digits',
  })
  username?: string;
}

export class CreatedUserDto extends UserDto {
  @ApiProperty({
    description: '交给本人用于激活账号的一次性激活码，72 小时有效 / one-time activation code, valid 72 h',
  })
  activationCode: string;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: '在该节点及下级有授权的用户 / users with a grant in this subtree',
  })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;

  @ApiPropertyOptional({ enum: STATION_ROLES })
  @IsOptional()
  @IsIn(STATION_ROLES)
  role?: (typeof STATION_ROLES)[number];
}

export class UserPage {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CreateGrantDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  userId: string;

  @ApiProperty({ enum: GRANTABLE_ROLES })
  @IsIn(GRANTABLE_ROLES)
  role: (typeof GRANTABLE_ROLES)[number];

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  tierNodeId: string;
}

/**
 * Asked by the volunteers service when a volunteer is registered: an account linked to the
 * volunteer profile, with the volunteer role at their node. With a password (self-registration)
 * the account is active at once; without one it waits for activation with the returned code.
 */
export class CreateVolunteerAccountDto {
  @IsUUID('all') volunteerId: string;
  @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Matches(PHONE_PATTERN, phoneMessage) phone: string;
  @IsUUID('all') tierNodeId: string;
  @IsOptional() @Matches(PASSWORD_PATTERN, passwordMessage) password?: string;
}

export class VolunteerAccountDto {
  userId: string;
  status: 'active' | 'pending_activation';
  /** Only for accounts waiting for activation: the leader hands it to the volunteer. */
  activationCode?: string;
}

/** `evt.identity.user.created`: an account was registered (by a leader, or for a volunteer). */
export class UserCreatedPayload {
  @IsUUID('all') userId: string;
  @IsString() @MaxLength(50) name: string;
  @IsOptional() @IsUUID('all') volunteerId?: string;
}

/** `evt.identity.grant.created`: a role was granted at a tier node. */
export class GrantCreatedPayload {
  @IsUUID('all') grantId: string;
  @IsUUID('all') userId: string;
  @IsIn(ROLES) role: RoleName;
  @IsUUID('all') tierNodeId: string;
  @IsString() @IsNotEmpty() tierPath: string;
}

/** `evt.identity.grant.revoked`: a grant stopped applying. */
export class GrantRevokedPayload {
  @IsUUID('all') grantId: string;
  @IsUUID('all') userId: string;
  @IsIn(ROLES) role: RoleName;
}

/** One station a bureau officer supervises, as identity knows it. */
export class SupervisedStationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '九龙街道社工站' }) name: string;
  @ApiProperty({ example: '山东省潍坊市坊子区九龙街道' }) region: string;
}

export class SupervisedStationsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: '所督导的社工站 / the stations the officer supervises (at least one, at most 50)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  stationIds: string[];
}

export class CreateBureauOfficerDto extends SupervisedStationsDto {
  @ApiProperty({ example: '张科长' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13800000106' })
  @Matches(PHONE_PATTERN, phoneMessage)
  phone: string;
}

export class BureauOfficerDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ type: [SupervisedStationDto] }) stations: SupervisedStationDto[];
}

export class CreatedBureauOfficerDto extends BureauOfficerDto {
  @ApiProperty({ description: '首次登录用的一次性激活码 / one-time activation code' }) activationCode: string;
}
