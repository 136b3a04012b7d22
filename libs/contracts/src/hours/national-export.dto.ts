import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { HoursPeriodQuery } from './hours.dto.js';

export const NATIONAL_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type NationalExportFormat = (typeof NATIONAL_EXPORT_FORMATS)[number];

/**
 * The station head's export in the national volunteer information system's import format. Without
 * `from` and `to` it covers 1 January of this year to today, in the station's time zone.
 */
export class NationalExportQuery extends HoursPeriodQuery {
  @ApiPropertyOptional({
    enum: NATIONAL_EXPORT_FORMATS,
    default: 'xlsx',
    description:
      'xlsx：志愿者信息与服务记录两张表；csv：仅服务记录 / xlsx: volunteers and service records; csv: records only',
  })
  @IsOptional()
  @IsIn(NATIONAL_EXPORT_FORMATS)
  format?: NationalExportFormat;
}
