import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import type { Answer } from './answer.js';
import { TiersService } from '../tiers/tiers.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class TiersHandlers {
  constructor(private readonly tiers: TiersService) {}

  @Handle(api.tierTree)
  tree(_request: RequestOf<typeof api.tierTree>, caller: CallerContext): Answer<typeof api.tierTree> {
    return this.tiers.tree(caller);
  }

  @Handle(api.tierGet)
  get({ id }: RequestOf<typeof api.tierGet>, caller: CallerContext): Answer<typeof api.tierGet> {
    return this.tiers.get(caller, id);
  }

  @Handle(api.tierCreate)
  create(request: RequestOf<typeof api.tierCreate>, caller: CallerContext): Answer<typeof api.tierCreate> {
    return this.tiers.create(caller, request);
  }

  @Handle(api.tierUpdate)
  update({ id, ...changes }: RequestOf<typeof api.tierUpdate>, caller: CallerContext): Answer<typeof api.tierUpdate> {
    return this.tiers.update(caller, id, changes);
  }
}
