import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** An entity id sent over NATS (`{ id }`). */
export class IdRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id: string;
}

/** `YYYY-MM-DD`, a calendar date in the station's time zone. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** `YYYY-MM` or `YYYY-MM-DD`. */
export const MONTH_OR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
