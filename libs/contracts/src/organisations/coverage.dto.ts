import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DATE_PATTERN } from '../common/id.js';

const dateMessage = { message: '$property 须为 YYYY-MM-DD 日期 / must be a YYYY-MM-DD date' };

export class CoverageQuery {
  @ApiPropertyOptional({
    example: '2021-11',
    description: '统计月份，代替 from/to / a calendar month, instead of from and to',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 须为 YYYY-MM / month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: '起始日期（含），默认本年 1 月 1 日 / from, default 1 January',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: '截止日期（含），默认今天 / to (inclusive), default today',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, dateMessage)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '只看该节点下的村 / only the villages under this node' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;
}

export class CoverageExportQuery extends CoverageQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

/** What a village (or a total) holds and did in the period. */
export class CoverageFigures {
  @ApiProperty({ description: '在册组织（不含已注销）/ organisations on the registry, dissolved excluded' })
  organisations: number;
  @ApiProperty({ description: '其中活跃（培育、活跃、已登记）/ of which active (incubating, active, registered)' })
  activeOrganisations: number;
  @ApiProperty({ description: '其中休眠 / of which dormant' }) dormantOrganisations: number;
  @ApiProperty({ description: '在册志愿者（待审核与在岗）/ volunteers, pending and active' }) volunteers: number;
  @ApiProperty({ description: '在岗志愿队 / active teams' }) teams: number;
  @ApiProperty({ description: '期内开展的活动 / activities held in the period' }) activities: number;
  @ApiProperty({ description: '期内开展的班次 / shifts held in the period' }) shifts: number;
  @ApiProperty({ description: '期内核定的服务时长（分钟）/ approved service minutes in the period' })
  approvedMinutes: number;
  @ApiProperty({ description: '期内核定的服务时长（小时）/ approved service hours' }) approvedHours: number;
  @ApiProperty({ description: '期内有核定时长的志愿者 / volunteers with approved hours' }) servingVolunteers: number;
  @ApiProperty({
    description:
      '期内服务对象人次（按记录中“服务对象”的数字合计）/ people served, the numbers recorded in the entries’ recipients',
  })
  peopleServed: number;
}

export class VillageCoverageDto extends CoverageFigures {
  @ApiProperty({ format: 'uuid' }) tierNodeId: string;
  @ApiProperty({ example: '九龙村' }) name: string;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty({ format: 'uuid' }) communityId: string;
  @ApiProperty({ example: '九龙社区' }) communityName: string;
  @ApiProperty({ description: '期内开展了活动或核定了时长 / held an activity or had hours approved in the period' })
  reached: boolean;
  @ApiProperty({
    type: [String],
    description: '缺少的方面 / what the village has none of',
    example: ['organisations', 'teams'],
  })
  missing: string[];
}

export class CoverageReport {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-03' }) to: string;
  @ApiProperty({ type: [VillageCoverageDto] }) villages: VillageCoverageDto[];
  @ApiProperty({ type: CoverageFigures, description: '所列各村合计 / the villages listed, summed' })
  totals: CoverageFigures;
  @ApiProperty({ description: '期内未覆盖的村 / villages not reached in the period' }) unreached: number;
}
