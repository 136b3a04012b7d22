import { Controller } from '@nestjs/common';
import { VolunteersApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ImportsService } from '../imports/imports.service.js';

const api = VolunteersApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

/** NATS handlers of import jobs: the gateway opens a job, sends its rows in batches, then closes it. */
@Controller()
export class ImportsHandlers {
  constructor(private readonly imports: ImportsService) {}

  @Handle(api.importStart)
  start(request: RequestOf<typeof api.importStart>, caller: CallerContext): Answer<typeof api.importStart> {
    return this.imports.start(caller, request);
  }

  @Handle(api.importRows)
  rows(request: RequestOf<typeof api.importRows>, caller: CallerContext): Answer<typeof api.importRows> {
    return this.imports.rows(caller, request);
  }

  @Handle(api.importFinish)
  finish(request: RequestOf<typeof api.importFinish>, caller: CallerContext): Answer<typeof api.importFinish> {
    return this.imports.finish(caller, request);
  }

  @Handle(api.importGet)
  get({ id }: RequestOf<typeof api.importGet>, caller: CallerContext): Answer<typeof api.importGet> {
    return this.imports.get(caller, id);
  }
}
