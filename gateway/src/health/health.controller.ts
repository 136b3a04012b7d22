import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { Transport } from '@nestjs/microservices';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  DiskHealthIndicator,
  HealthCheckService,
  HealthIndicatorService,
  MemoryHealthIndicator,
  MicroserviceHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import {
  healthOperation,
  HealthReport,
  INSTANCES_SUBJECT,
  LivenessReport,
  type InstanceHealth,
  type NatsHealth,
  type ServiceHealth,
} from '#linli/contracts';
import { ServiceClient } from '#linli/platform';
import type { HttpReply } from '../common/http.js';
import { GatewayConfig, SERVICES } from '../gateway.config.js';

/** The gateway's own checks, beside one per service. */
const GATEWAY_CHECKS = ['nats', 'memory_heap', 'disk'] as const;

/**
 * Readiness and liveness on `@nestjs/terminus`. Readiness runs every service's own health check
 * over NATS (as the services answer it: ready, dead letters waiting), a fresh connection to NATS,
 * the gateway's heap against V8's limit and the disk its uploads stream to; all up is 200, any
 * down (or the process shutting down) is 503. The answer keeps its first shape (`status`,
 * `services`) and adds terminus's `details`. Liveness asks nothing of anyone.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly heapLimit = getHeapStatistics().heap_size_limit;

  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly microservice: MicroserviceHealthIndicator,
    private readonly memory: MemoryHealthIndicator,
    private readonly disk: DiskHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: '各服务就绪状态 / Readiness of the gateway and each service' })
  @ApiOkResponse({ type: HealthReport })
  @ApiServiceUnavailableResponse({ type: HealthReport })
  async readiness(@Res({ passthrough: true }) res: HttpReply): Promise<HealthReport> {
    const rollCall = this.rollCall();
    const result = await this.run([
      ...SERVICES.map((name) => () => this.service(name)),
      () =>
        this.microservice
          .pingCheck('nats', {
            transport: Transport.NATS,
            options: { servers: this.config.NATS_URL.split(','), name: 'gateway-health', reconnect: false },
          })
          .withTimeout(this.config.HEALTH_TIMEOUT_MS),
      () => this.memory.checkHeap('memory_heap', (this.heapLimit * this.config.HEALTH_HEAP_MAX_PERCENT) / 100),
      () =>
        this.disk.checkStorage('disk', { path: tmpdir(), thresholdPercent: this.config.HEALTH_DISK_MAX_PERCENT / 100 }),
    ]);
    const details = result.details;
    const gatewayChecks = Object.fromEntries(GATEWAY_CHECKS.map((key) => [key, details[key]?.status ?? 'down']));
    const gateway: ServiceHealth = {
      service: 'gateway',
      status: Object.values(gatewayChecks).every((s) => s === 'up') ? 'ready' : 'not_ready',
      checks: gatewayChecks,
    };
    const ready = result.status === 'ok';
    res.status(ready ? 200 : 503);
    const { replicas, nats } = await rollCall;
    return {
      status: ready ? 'ready' : 'degraded',
      services: [gateway, ...SERVICES.map((name) => serviceHealthOf(name, details[name]))],
      details,
      replicas,
      ...(nats ? { nats } : {}),
    };
  }

  /**
   * Every replica of every service (each process answers the roll call, no queue group), and
   * the NATS cluster as the gateway's connection knows it: the node it is on and every node's
   * client address the cluster announces.
   */
  private async rollCall(): Promise<{ replicas: InstanceHealth[]; nats?: NatsHealth }> {
    const replicas = await this.services
      .gather<InstanceHealth>(INSTANCES_SUBJECT, Math.min(this.config.HEALTH_TIMEOUT_MS, 500))
      .catch(() => [] as InstanceHealth[]);
    replicas.sort((a, b) => a.service.localeCompare(b.service) || a.instance.localeCompare(b.instance));
    const info = await this.services.serverInfo().catch(() => undefined);
    if (!info) return { replicas };
    const own = `nats://${info.host}:${info.port}`;
    const announced = (info.connect_urls ?? []).map((u) => (u.includes('://') ? u : `nats://${u}`));
    return {
      replicas,
      nats: {
        connectedTo: info.server_name,
        ...(info.cluster ? { cluster: info.cluster } : {}),
        servers: [...new Set([own, ...announced])].sort(),
      },
    };
  }

  @Get('live')
  @ApiOperation({ summary: '网关进程存活（不检查依赖）/ Liveness: the gateway process answers, no dependency asked' })
  @ApiOkResponse({ type: LivenessReport })
  @ApiServiceUnavailableResponse({ type: LivenessReport, description: 'shutting down' })
  async liveness(@Res({ passthrough: true }) res: HttpReply): Promise<LivenessReport> {
    const result = await this.run([]);
    res.status(result.status === 'ok' ? 200 : 503);
    return { status: result.status, uptimeSeconds: Math.floor(process.uptime()) };
  }

  /** Terminus answers a failed check by throwing 503 with the result; here the result is the answer either way. */
  private async run(checks: HealthIndicatorFunction[]): Promise<HealthCheckResult> {
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    }
  }

  /**
   * A service's readiness as it reports it over NATS; up only when it says ready. Its `status`
   * travels as `state` (terminus keeps `status` for up or down); no answer is `unavailable`, or
   * `timeout` when the time ran out.
   */
  private async service(service: string): Promise<HealthIndicatorResult> {
    const check = this.indicators.check(service);
    let reply: ServiceHealth;
    try {
      reply = await this.services.call(healthOperation(service), {}, undefined, this.config.HEALTH_TIMEOUT_MS);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return check.down({ state: code === 'SERVICE.TIMEOUT' ? 'timeout' : 'unavailable' });
    }
    const { status, service: _name, ...rest } = reply;
    return status === 'ready' ? check.up({ state: status, ...rest }) : check.down({ state: status, ...rest });
  }
}

/** A service's entry of `services` from its terminus result, as `/health` has always shown it. */
function serviceHealthOf(service: string, result: ({ status: string } & Record<string, unknown>) | undefined) {
  if (!result) return { service, status: 'unavailable' };
  const { status: _upOrDown, state, ...rest } = result;
  return { service, status: typeof state === 'string' ? state : 'unavailable', ...rest } as ServiceHealth;
}
