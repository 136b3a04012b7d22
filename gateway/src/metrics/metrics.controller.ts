import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import {
  aggregateMetrics,
  DomainException,
  METRICS_SUBJECT,
  metricsSnapshot,
  ServiceClient,
  startProcessMetrics,
  type ProcessSnapshot,
} from '#linli/platform';
import type { HttpReply } from '../common/http.js';
import { GatewayConfig } from '../gateway.config.js';

/**
 * Prometheus metrics of the whole system at one address: the gateway's own and every service
 * replica's, gathered over NATS at scrape time, each series labelled with its service and
 * replicas summed. For operators, not part of the public API.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
  ) {
    startProcessMetrics();
  }

  @Get()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() res: HttpReply) {
    if (this.config.METRICS_TOKEN && !sameText(authorization ?? '', `Bearer ${this.config.METRICS_TOKEN}`)) {
      throw new DomainException('AUTH.TOKEN_REQUIRED', 401, '需要指标令牌 / A metrics token is required');
    }
    const [own, others] = await Promise.all([
      metricsSnapshot(),
      this.services.gather<ProcessSnapshot>(METRICS_SUBJECT, this.config.METRICS_WAIT_MS).catch(() => []),
    ]);
    const text = await aggregateMetrics([{ service: 'gateway', instance: 'gateway', metrics: own }, ...others]);
    return res.status(200).type('text/plain; version=0.0.4; charset=utf-8').send(text);
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
