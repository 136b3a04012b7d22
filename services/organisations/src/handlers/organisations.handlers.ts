import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { OrganisationsService } from '../organisations/organisations.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class OrganisationsHandlers {
  constructor(private readonly organisations: OrganisationsService) {}

  @Handle(api.organisationCreate)
  create(request: RequestOf<typeof api.organisationCreate>, caller: CallerContext) {
    return this.organisations.create(caller, request);
  }

  @Handle(api.organisationList)
  list(query: RequestOf<typeof api.organisationList>, caller: CallerContext) {
    return this.organisations.list(caller, query);
  }

  @Handle(api.organisationGet)
  get({ id }: RequestOf<typeof api.organisationGet>, caller: CallerContext) {
    return this.organisations.get(caller, id);
  }

  @Handle(api.organisationUpdate)
  update({ id, ...changes }: RequestOf<typeof api.organisationUpdate>, caller: CallerContext) {
    return this.organisations.update(caller, id, changes);
  }

  @Handle(api.organisationChangeStatus)
  changeStatus({ id, ...change }: RequestOf<typeof api.organisationChangeStatus>, caller: CallerContext) {
    return this.organisations.changeStatus(caller, id, change);
  }
}
