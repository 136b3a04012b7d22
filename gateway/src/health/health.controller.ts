import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { healthOperation, HealthReport, type ServiceHealth } from '#linli/contracts';
import { ServiceClient } from '#linli/platform';
import type { HttpReply } from '../common/http.js';
import { GatewayConfig, SERVICES } from '../gateway.config.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: '各服务就绪状态 / Readiness of the gateway and each service' })
  @ApiOkResponse({ type: HealthReport })
  @ApiServiceUnavailableResponse({ type: HealthReport })
  async health(@Res({ passthrough: true }) res: HttpReply): Promise<HealthReport> {
    const services = await Promise.all(SERVICES.map((name) => this.check(name)));
    const ready = services.every((s) => s.status === 'ready');
    res.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'degraded', services: [{ service: 'gateway', status: 'ready' }, ...services] };
  }

  private async check(service: string): Promise<ServiceHealth> {
    try {
      return await this.services.call(healthOperation(service), {}, undefined, this.config.HEALTH_TIMEOUT_MS);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { service, status: code === 'SERVICE.TIMEOUT' ? 'timeout' : 'unavailable' };
    }
  }
}
