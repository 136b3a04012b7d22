import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateStationRecordDto, StationSubjects, type StationDto } from '#linli/contracts';
import { Caller, DomainException, type CallerContext } from '#linli/platform';
import { StationsService } from './stations.service.js';

const platformOnly = (caller: CallerContext) => {
  if (!caller.grants.some((g) => g.role === 'platform_admin')) {
    throw new DomainException(
      'ACCESS.FORBIDDEN',
      403,
      '仅平台管理员可管理社工站 / Only the platform admin manages stations',
    );
  }
};

@Controller()
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  /** Opens a station with its root tier node; the identity service calls this when a platform admin creates a station. */
  @MessagePattern(StationSubjects.create)
  async create(@Payload() dto: CreateStationRecordDto, @Caller() caller: CallerContext): Promise<StationDto> {
    platformOnly(caller);
    return this.stations.create(dto);
  }

  @MessagePattern(StationSubjects.list)
  async list(@Caller() caller: CallerContext): Promise<StationDto[]> {
    platformOnly(caller);
    return (await this.stations.all()).map((s) => this.stations.toDto(s));
  }
}
