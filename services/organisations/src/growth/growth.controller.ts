import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GrowthQuery, OrganisationsSubjects } from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { GrowthService } from './growth.service.js';

@Controller()
export class GrowthController {
  constructor(private readonly growth: GrowthService) {}

  @MessagePattern(OrganisationsSubjects.growthGet)
  get(@Payload() query: GrowthQuery, @Caller() caller: CallerContext) {
    return this.growth.growth(caller, query);
  }
}
