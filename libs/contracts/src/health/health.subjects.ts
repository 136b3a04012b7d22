import { ApiProperty } from '@nestjs/swagger';

/** Each service answers `<service>.health.check`. */
export const healthSubject = (service: string) => `${service}.health.check`;

export class ServiceHealth {
  @ApiProperty({ example: 'organisations' }) service: string;
  @ApiProperty({ enum: ['ready', 'not_ready', 'unavailable', 'timeout'] }) status: string;
  @ApiProperty({ required: false }) instance?: string;
  @ApiProperty({ required: false, type: Object }) checks?: Record<string, string>;
}

export class HealthReport {
  @ApiProperty({ enum: ['ready', 'degraded'] }) status: string;
  @ApiProperty({ type: [ServiceHealth] }) services: ServiceHealth[];
}
