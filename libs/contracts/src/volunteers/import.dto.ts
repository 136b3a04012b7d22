import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * Columns of a typical volunteer export, as the header row names them. The first four are
 * required; the guardian columns are optional (minors need them).
 */
export const IMPORT_COLUMNS = {
  name: '姓名',
  sex: '性别',
  idNumber: '身份证号',
  phone: '手机号',
  tier: '所属村/社区',
  skills: '技能',
  team: '志愿服务队',
  guardianName: '监护人姓名',
  guardianPhone: '监护人手机号',
  guardianRelation: '监护人关系',
} as const;
export type ImportField = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_IMPORT_COLUMNS: ImportField[] = ['name', 'idNumber', 'phone', 'tier'];
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Rows per NATS message from the gateway to the service: well under NATS's 1 MB message limit. */
export const IMPORT_BATCH_ROWS = 1000;
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One data row as read from the file (cells as text); `row` is the 1-based line in the sheet, header = 1. */
export class ImportRowDto {
  @IsInt() @Min(2) row: number;
  @IsOptional() @IsString() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(20) sex?: string;
  @IsOptional() @IsString() @MaxLength(64) idNumber?: string;
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @IsOptional() @IsString() @MaxLength(100) tier?: string;
  @IsOptional() @IsString() @MaxLength(1000) skills?: string;
  @IsOptional() @IsString() @MaxLength(100) team?: string;
  @IsOptional() @IsString() @MaxLength(50) guardianName?: string;
  @IsOptional() @IsString() @MaxLength(32) guardianPhone?: string;
  @IsOptional() @IsString() @MaxLength(20) guardianRelation?: string;
}

/** Opens an import job; sent by the gateway before the rows. */
export class ImportStartDto {
  /** Chosen by the client so it can watch progress while its upload is still being processed. */
  @IsOptional() @IsUUID('all') id?: string;
  @IsIn(IMPORT_FORMATS) format: ImportFormat;
  @IsBoolean() dryRun: boolean;
  @IsOptional() @IsString() @MaxLength(255) fileName?: string;
  @IsInt() @Min(0) total: number;
}

/** One batch of rows of an import job. */
export class ImportRowsDto {
  @IsUUID('all') importId: string;
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ImportRowDto)
  rows: ImportRowDto[];
}

/** Closes an import job; `errorCode` when the upload failed half-way. */
export class ImportFinishDto {
  @IsUUID('all') importId: string;
  @IsOptional() @IsString() @MaxLength(64) errorCode?: string;
}

export class ImportRejection {
  @ApiProperty({ example: 7 }) row: number;
  @ApiProperty({ example: 'VOLUNTEER.ID_CHECKSUM' }) code: string;
  @ApiProperty() message: string;
}

export class ImportBatchResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
}

export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) status: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: IMPORT_FORMATS }) format: string;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty({ description: '数据行数 / data rows in the file' }) total: number;
  @ApiProperty({ description: '已处理行数 / rows processed so far' }) processed: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ description: '与现有记录相同，未改动 / already present, nothing changed' }) unchanged: number;
  @ApiProperty({ description: '被拒行数 / rows rejected' }) rejectedCount: number;
  @ApiProperty({ nullable: true, type: String }) errorCode: string | null;
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
}

export class ImportResultDto extends ImportJobDto {
  @ApiProperty({ type: [ImportRejection], description: '被拒的行（最多前 1000 条）/ rejected rows (first 1,000)' })
  rejected: ImportRejection[];
}

export class ImportQuery {
  @ApiPropertyOptional({ description: '只检查不写入 / report without writing', default: false })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      '客户端自定的导入编号，上传处理期间可用 GET /volunteers/imports/{id} 查看进度 / ' +
      'an id of your choosing: poll GET /volunteers/imports/{id} for progress while this request runs',
  })
  @IsOptional()
  @IsUUID('all')
  importId?: string;
}
