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
  @ApiProperty({
    required: false,
    type: Object,
    description:
      '每项检查的结果（各服务、NATS 连接、内存、磁盘）/ each check by name (every service, the NATS connection, heap, disk): `{ status: up or down, … }`',
  })
  details?: Record<string, { status: string } & Record<string, unknown>>;
}

/** `GET /health/live`: the gateway's process answers, whatever its dependencies. */
export class LivenessReport {
  @ApiProperty({ enum: ['ok', 'shutting_down'] }) status: string;
  @ApiProperty({ description: '进程已运行的秒数 / seconds since the process started' }) uptimeSeconds: number;
}

/** The readiness check every service answers (the platform registers its handler). */
export const healthOperation = (service: string) =>
  operation({ subject: healthSubject(service), response: ServiceHealth, public: true });
