import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { ExportsService } from '../exports/exports.service.js';

const api = HoursApi.operations;

/** Exports over NATS: the file is built here, the gateway sends it. */
@Controller()
export class ExportsHandlers {
  constructor(private readonly exports: ExportsService) {}

  @Handle(api.exportBuild)
  export(query: RequestOf<typeof api.exportBuild>, caller: CallerContext) {
    return this.exports.build(caller, query);
  }

  @Handle(api.coverageCounts)
  coverage(range: RequestOf<typeof api.coverageCounts>, caller: CallerContext) {
    return this.exports.coverage(caller, range);
  }
}
