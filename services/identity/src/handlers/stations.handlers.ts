import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { StationsService } from '../stations/stations.service.js';

const api = IdentityApi.operations;

@Controller()
export class StationsHandlers {
  constructor(private readonly stations: StationsService) {}

  @Handle(api.stationCreate)
  create(request: RequestOf<typeof api.stationCreate>, caller: CallerContext) {
    return this.stations.create(caller, request);
  }

  @Handle(api.stationList)
  list(_request: RequestOf<typeof api.stationList>, caller: CallerContext) {
    return this.stations.list(caller);
  }
}
