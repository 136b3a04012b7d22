import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { GrowthService } from '../growth/growth.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class GrowthHandlers {
  constructor(private readonly growth: GrowthService) {}

  @Handle(api.growthGet)
  get(query: RequestOf<typeof api.growthGet>, caller: CallerContext) {
    return this.growth.growth(caller, query);
  }
}
