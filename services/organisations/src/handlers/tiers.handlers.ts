import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { TiersService } from '../tiers/tiers.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class TiersHandlers {
  constructor(private readonly tiers: TiersService) {}

  @Handle(api.tierTree)
  tree(_request: RequestOf<typeof api.tierTree>, caller: CallerContext) {
    return this.tiers.tree(caller);
  }

  @Handle(api.tierGet)
  get({ id }: RequestOf<typeof api.tierGet>, caller: CallerContext) {
    return this.tiers.get(caller, id);
  }

  @Handle(api.tierCreate)
  create(request: RequestOf<typeof api.tierCreate>, caller: CallerContext) {
    return this.tiers.create(caller, request);
  }

  @Handle(api.tierUpdate)
  update({ id, ...changes }: RequestOf<typeof api.tierUpdate>, caller: CallerContext) {
    return this.tiers.update(caller, id, changes);
  }
}
