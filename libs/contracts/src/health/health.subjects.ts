import { ApiProperty } from '@nestjs/swagger';
import { operation } from '../api/operation.js';

/** Each service answers `<service>.health.check`. */
export const healthSubject = (service: string) => `${service}.health.check`;

/** Every process of every service answers this (no queue group): the roll call of replicas. */
export const INSTANCES_SUBJECT = 'linli.health.instances';

/** One running process of a service, as it answers the roll call. */
export class InstanceHealth {
  @ApiProperty({ example: 'activities' }) service: string;
  @ApiProperty({ example: 'activities-4711' }) instance: string;
  @ApiProperty({ enum: ['up', 'down'], description: '该进程的数据库连接 / this process’s database' }) database: string;
  @ApiProperty({ description: '该进程连接的 NATS 节点 / the NATS node this process is connected to', required: false })
  natsServer?: string;
  @ApiProperty({ description: '进程已运行的秒数 / seconds since the process started' }) uptimeSeconds: number;
}

/** The NATS cluster as the gateway sees it. */
export class NatsHealth {
  @ApiProperty({ description: '网关当前连接的节点 / the node the gateway is connected to' }) connectedTo: string;
  @ApiProperty({ required: false, description: '集群名 / cluster name' }) cluster?: string;
  @ApiProperty({
    type: [String],
    description: '集群中已知的节点地址 / every node’s client address the cluster announces',
  })
  servers: string[];
}

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
  @ApiProperty({
    type: [InstanceHealth],
    required: false,
    description: '每个服务的每个副本 / every replica of every service that answered the roll call',
  })
  replicas?: InstanceHealth[];
  @ApiProperty({ type: NatsHealth, required: false }) nats?: NatsHealth;
}

/** `GET /health/live`: the gateway's process answers, whatever its dependencies. */
export class LivenessReport {
  @ApiProperty({ enum: ['ok', 'shutting_down'] }) status: string;
  @ApiProperty({ description: '进程已运行的秒数 / seconds since the process started' }) uptimeSeconds: number;
}

/** The readiness check every service answers (the platform registers its handler). */
export const healthOperation = (service: string) =>
  operation({ subject: healthSubject(service), response: ServiceHealth, public: true });
