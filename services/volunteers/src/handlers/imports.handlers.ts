import { Controller } from '@nestjs/common';
import { VolunteersApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ImportsService } from '../imports/imports.service.js';

const api = VolunteersApi.operations;

/** NATS handlers of import jobs: the gateway opens a job, sends its rows in batches, then closes it. */
@Controller()
export class ImportsHandlers {
  constructor(private readonly imports: ImportsService) {}

  @Handle(api.importStart)
  start(request: RequestOf<typeof api.importStart>, caller: CallerContext) {
    return this.imports.start(caller, request);
  }

  @Handle(api.importRows)
  rows(request: RequestOf<typeof api.importRows>, caller: CallerContext) {
    return this.imports.rows(caller, request);
  }

  @Handle(api.importFinish)
  finish(request: RequestOf<typeof api.importFinish>, caller: CallerContext) {
    return this.imports.finish(caller, request);
  }

  @Handle(api.importGet)
  get({ id }: RequestOf<typeof api.importGet>, caller: CallerContext) {
    return this.imports.get(caller, id);
  }
}
