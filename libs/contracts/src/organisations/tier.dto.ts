import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export const TIER_LEVELS = ['station', 'community', 'village'] as const;
export type TierLevel = (typeof TIER_LEVELS)[number];

export class CreateTierNodeDto {
  @ApiProperty({ format: 'uuid', description: '上级节点 / parent node' })
  @IsUUID('all')
  parentId: string;

  @ApiProperty({ enum: ['community', 'village'] })
  @IsIn(['community', 'village'])
  level: 'community' | 'village';

  @ApiProperty({ example: '北王社区', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name: string;

  @ApiPropertyOptional({ example: '370704-JL-01', maxLength: 32 })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,32}$/)
  code?: string;
}

export class UpdateTierNodeDto {
  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name?: string;

  @ApiPropertyOptional({ maxLength: 32 })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,32}$/)
  code?: string;
}

export class TierNodeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ enum: TIER_LEVELS }) level: TierLevel;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty({ description: '自根节点起的路径 / ancestors from the root', type: [String] }) ancestors: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class TierTreeNodeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TIER_LEVELS }) level: TierLevel;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty({
    description: '本节点及下级的在册组织数（不含已注销）/ organisations in this subtree, dissolved excluded',
  })
  organisationCount: number;
  @ApiProperty({ type: () => [TierTreeNodeDto] }) children: TierTreeNodeDto[];
}

/** Payload of `evt.organisations.tier_node.created`. */
export class TierNodeCreatedPayload {
  @IsUUID('all') tierNodeId: string;
  /** Null for a station's root node. */
  @IsOptional() @IsUUID('all') parentId: string | null;
  @IsIn(TIER_LEVELS) level: TierLevel;
  @IsString() name: string;
  @IsString() path: string;
}

/** Payload of `evt.organisations.tier_node.updated`. */
export class TierNodeUpdatedPayload {
  @IsUUID('all') tierNodeId: string;
  @IsString() name: string;
  @IsOptional() @IsString() code: string | null;
  @IsString() path: string;
}
