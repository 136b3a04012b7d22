import { ApiProperty } from '@nestjs/swagger';
import { operation } from '../api/operation.js';

/** Each service answers `<service>.health.check`. */
export const healthSubject = (service: string) => `${service}.health.check`;

export class ServiceHealth {
  @ApiProperty({ example: 'organisations' }) service: string;
  @ApiProperty({ enum: ['ready', 'not_ready', 'unavailable', 'timeout'] }) status: string;
  @ApiProperty({ required: false }) instance?: string;
  @ApiProperty({ required: false, type: Object }) checks?: Record<string, string>;
  @ApiProperty({ required: false, description: '待重放的死信事件 / events set aside, waiting for a replay' })
  deadLetters?: number;
}

export class HealthReport {
  @ApiProperty({ enum: ['ready', 'degraded'] }) status: string;
  @ApiProperty({ type: [ServiceHealth] }) services: ServiceHealth[];
}

/** The readiness check every service answers (the platform registers its handler). */
export const healthOperation = (service: string) =>
  operation({ subject: healthSubject(service), response: ServiceHealth, public: true });
