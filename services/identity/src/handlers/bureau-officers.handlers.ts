import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { BureauOfficersService } from '../bureau/bureau-officers.service.js';

const api = IdentityApi.operations;

@Controller()
export class BureauOfficersHandlers {
  constructor(private readonly officers: BureauOfficersService) {}

  @Handle(api.bureauOfficerCreate)
  create(request: RequestOf<typeof api.bureauOfficerCreate>, caller: CallerContext) {
    return this.officers.create(caller, request);
  }

  @Handle(api.bureauOfficerList)
  list(_request: RequestOf<typeof api.bureauOfficerList>, caller: CallerContext) {
    return this.officers.list(caller);
  }

  @Handle(api.bureauOfficerStations)
  stations(request: RequestOf<typeof api.bureauOfficerStations>, caller: CallerContext) {
    return this.officers.setStations(caller, request);
  }
}
