import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { StationsService } from '../stations/stations.service.js';

const api = IdentityApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

@Controller()
export class StationsHandlers {
  constructor(private readonly stations: StationsService) {}

  @Handle(api.stationCreate)
  create(request: RequestOf<typeof api.stationCreate>, caller: CallerContext): Answer<typeof api.stationCreate> {
    return this.stations.create(caller, request);
  }

  @Handle(api.stationList)
  list(_request: RequestOf<typeof api.stationList>, caller: CallerContext): Answer<typeof api.stationList> {
    return this.stations.list(caller);
  }
}
