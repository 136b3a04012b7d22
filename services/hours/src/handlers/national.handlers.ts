import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { NationalExportService } from '../national/national.service.js';

const api = HoursApi.operations;

/** The export for the national volunteer information system over NATS: the file is built here, the gateway sends it. */
@Controller()
export class NationalHandlers {
  constructor(private readonly national: NationalExportService) {}

  @Handle(api.nationalExport)
  export(query: RequestOf<typeof api.nationalExport>, caller: CallerContext) {
    return this.national.build(caller, query);
  }
}
