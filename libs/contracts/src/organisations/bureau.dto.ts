import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class BureauReportQuery {
  @ApiPropertyOptional({ example: '2021-11', description: '月报的月份；默认上个月 / the month, default last month' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 须为 YYYY-MM / month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ example: '2021', description: '年报的年份，代替 month / the year, instead of month' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'year 须为 YYYY / year must be YYYY' })
  year?: string;
}

export class BureauExportQuery extends BureauReportQuery {
  @ApiPropertyOptional({ enum: ['pdf', 'xlsx'], default: 'pdf' })
  @IsOptional()
  @IsIn(['pdf', 'xlsx'])
  format?: 'pdf' | 'xlsx';
}

export class BureauPeriod {
  @ApiProperty({ enum: ['month', 'year'] }) kind: 'month' | 'year';
  @ApiProperty({ example: '2021年11月' }) label: string;
  @ApiProperty({ example: '2021-11-01' }) from: string;
  @ApiProperty({ example: '2021-11-30' }) to: string;
}

export class BureauGrowthRow {
  @ApiProperty({ example: 'volunteer_team' }) key: string;
  @ApiProperty({ example: '志愿服务队' }) label: string;
  @ApiProperty({ description: '期末在册 / on the registry at the period’s end' }) count: number;
  @ApiProperty({ description: '期内新纳入 / joined in the period' }) new: number;
  @ApiProperty({ description: '期内注销 / dissolved in the period' }) dissolved: number;
}

export class BureauOrganisations {
  @ApiProperty() total: number;
  @ApiProperty() new: number;
  @ApiProperty() dissolved: number;
  @ApiProperty({ type: [BureauGrowthRow], description: '按类型 / by type' }) byType: BureauGrowthRow[];
  @ApiProperty({ type: [BureauGrowthRow], description: '按层级 / by tier' }) byTier: BureauGrowthRow[];
  @ApiProperty({ type: [BureauGrowthRow], description: '按状态 / by status' }) byStatus: BureauGrowthRow[];
}

export class BureauCommunityRow {
  @ApiProperty({ format: 'uuid' }) communityId: string;
  @ApiProperty({ example: '九龙社区' }) name: string;
  @ApiProperty({ description: '期内招募 / recruited in the period' }) recruited: number;
  @ApiProperty({ description: '其中未成年人 / of whom minors' }) recruitedMinors: number;
  @ApiProperty({ description: '期末在册志愿者 / volunteers on the books' }) volunteers: number;
  @ApiProperty({ description: '期内核定时长（小时）/ approved hours' }) approvedHours: number;
  @ApiProperty({ description: '期内开展活动 / activities held' }) activities: number;
}

export class BureauVolunteers {
  @ApiProperty({ description: '期末在册 / on the books at the period’s end' }) total: number;
  @ApiProperty({ description: '期内招募 / recruited in the period' }) recruited: number;
  @ApiProperty() recruitedAdults: number;
  @ApiProperty() recruitedMinors: number;
}

export class BureauDomainRow {
  @ApiProperty({ example: 'elderly_care' }) key: string;
  @ApiProperty({ example: '养老服务' }) label: string;
  @ApiProperty() minutes: number;
  @ApiProperty() hours: number;
}

export class BureauHours {
  @ApiProperty() approvedMinutes: number;
  @ApiProperty() approvedHours: number;
  @ApiProperty({ description: '期内有核定时长的志愿者（按村计）/ volunteers with approved hours, counted per village' })
  servingVolunteers: number;
  @ApiProperty() peopleServed: number;
  @ApiProperty({ type: [BureauDomainRow], description: '按服务领域 / by service domain' }) byDomain: BureauDomainRow[];
}

/** The monthly or yearly report a station sends the civil affairs bureau (民政局). */
export class BureauReport {
  @ApiProperty({ example: '九龙街道社工站' }) station: string;
  @ApiProperty({ type: BureauPeriod }) period: BureauPeriod;
  @ApiProperty() generatedAt: string;
  @ApiProperty({ type: BureauOrganisations }) organisations: BureauOrganisations;
  @ApiProperty({ type: BureauVolunteers }) volunteers: BureauVolunteers;
  @ApiProperty({ type: BureauHours }) hours: BureauHours;
  @ApiProperty({ description: '期内开展活动 / activities held' }) activitiesHeld: number;
  @ApiProperty({ description: '期内开展班次 / shifts held' }) shiftsHeld: number;
  @ApiProperty({ description: '期内出具的志愿服务证明 / certificates issued' }) certificatesIssued: number;
  @ApiProperty({ type: [BureauCommunityRow], description: '按社区 / by community' }) byCommunity: BureauCommunityRow[];
}

/** One supervised station's figures in a bureau officer's roll-up: counts only, no personal data. */
export class BureauRollupRow {
  @ApiProperty({ format: 'uuid' }) stationId: string;
  @ApiProperty({ example: '九龙街道社工站' }) name: string;
  @ApiProperty({ example: '山东省潍坊市坊子区九龙街道' }) region: string;
  @ApiProperty({ description: '期末在册组织 / organisations on the registry at the period’s end' })
  organisations: number;
  @ApiProperty({ description: '期内新增组织 / organisations joined in the period' }) newOrganisations: number;
  @ApiProperty({ description: '在册志愿者 / volunteers on the books' }) volunteers: number;
  @ApiProperty({ description: '期内招募 / recruited in the period' }) recruited: number;
  @ApiProperty({ description: '其中未成年人 / of whom minors' }) recruitedMinors: number;
  @ApiProperty({ description: '核定时长（小时）/ approved hours' }) approvedHours: number;
  @ApiProperty({ description: '服务对象人次 / people served' }) peopleServed: number;
  @ApiProperty({ description: '开展活动 / activities held' }) activitiesHeld: number;
  @ApiProperty({ description: '出具证明 / certificates issued' }) certificatesIssued: number;
  @ApiProperty({ description: '村（居）数 / villages' }) villages: number;
  @ApiProperty({ description: '期内已覆盖的村 / villages reached in the period' }) villagesReached: number;
}

export class BureauRollup {
  @ApiProperty({ type: BureauPeriod }) period: BureauPeriod;
  @ApiProperty({ type: [BureauRollupRow] }) stations: BureauRollupRow[];
  @ApiProperty({ type: BureauRollupRow, description: '各站合计（stationId 为空）/ all stations summed' })
  totals: BureauRollupRow;
}
