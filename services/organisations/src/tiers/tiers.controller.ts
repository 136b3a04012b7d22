import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateTierNodeDto, IdRequest, OrganisationsSubjects, UpdateTierNodeRequest } from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { TiersService } from './tiers.service.js';

@Controller()
export class TiersController {
  constructor(private readonly tiers: TiersService) {}

  @MessagePattern(OrganisationsSubjects.tierTree)
  tree(@Caller() caller: CallerContext) {
    return this.tiers.tree(caller);
  }

  @MessagePattern(OrganisationsSubjects.tierGet)
  get(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.tiers.get(caller, request.id);
  }

  @MessagePattern(OrganisationsSubjects.tierCreate)
  create(@Payload() dto: CreateTierNodeDto, @Caller() caller: CallerContext) {
    return this.tiers.create(caller, dto);
  }

  @MessagePattern(OrganisationsSubjects.tierUpdate)
  update(@Payload() request: UpdateTierNodeRequest, @Caller() caller: CallerContext) {
    return this.tiers.update(caller, request.id, request.changes);
  }
}
