import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblem {
  @ApiProperty({ example: 'name' }) field: string;
  @ApiProperty({ example: 'FIELD.IS_NOT_EMPTY' }) code: string;
  @ApiProperty() message: string;
}

/** RFC 9457 problem details, as every error leaves the gateway. */
export class Problem {
  @ApiProperty({ example: 'https://linli.example/problems/organisation.not_found' }) type: string;
  @ApiProperty({ example: '组织不存在 / Organisation not found' }) title: string;
  @ApiProperty({ example: 404 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ example: 'ORGANISATION.NOT_FOUND' }) code: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: [FieldProblem] }) errors?: FieldProblem[];
  @ApiPropertyOptional({ type: Object }) details?: Record<string, unknown>;
}
