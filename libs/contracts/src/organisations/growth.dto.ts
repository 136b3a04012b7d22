import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { MONTH_OR_DATE_PATTERN } from '../common/id.js';

export const GROWTH_INTERVALS = ['month', 'quarter', 'year'] as const;
export const GROWTH_DIMENSIONS = ['total', 'type', 'tier', 'status', 'community'] as const;
export type GrowthDimension = (typeof GROWTH_DIMENSIONS)[number];

export class GrowthQuery {
  @ApiPropertyOptional({
    example: '2021-06',
    description: '起始月份（含），默认 12 个月前 / first period, default 12 months ago',
  })
  @IsOptional()
  @Matches(MONTH_OR_DATE_PATTERN, { message: 'from 须为 YYYY-MM / from must be YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({
    example: '2021-11',
    description: '结束月份（含），默认本月 / last period, default this month',
  })
  @IsOptional()
  @Matches(MONTH_OR_DATE_PATTERN, { message: 'to 须为 YYYY-MM / to must be YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ enum: GROWTH_INTERVALS, default: 'month' })
  @IsOptional()
  @IsIn(GROWTH_INTERVALS)
  interval?: (typeof GROWTH_INTERVALS)[number] = 'month';

  @ApiPropertyOptional({
    enum: GROWTH_DIMENSIONS,
    default: 'total',
    description: 'type 类型 / tier 层级 (station, community, village) / status 状态 / community 所属社区',
  })
  @IsOptional()
  @IsIn(GROWTH_DIMENSIONS)
  by?: GrowthDimension = 'total';

  @ApiPropertyOptional({ format: 'uuid', description: '只统计该节点及下级 / only this subtree' })
  @IsOptional()
  @IsUUID('all')
  tierNodeId?: string;
}

export class GrowthPoint {
  @ApiProperty({ example: '2021-11' }) period: string;
  @ApiProperty({ example: 'volunteer_team' }) key: string;
  @ApiProperty({ description: '期末在册数 / count at the end of the period' }) count: number;
  @ApiProperty({ description: '本期新纳入 / joined during the period' }) new: number;
  @ApiProperty({ description: '本期注销 / dissolved during the period' }) dissolved: number;
}

export class GrowthReport {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() interval: string;
  @ApiProperty() by: string;
  @ApiProperty({
    description: '键的中文名 / Chinese label per key',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  labels: Record<string, string>;
  @ApiProperty({ type: [GrowthPoint] }) series: GrowthPoint[];
}
