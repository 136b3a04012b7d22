import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { CoverageService } from '../coverage/coverage.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class CoverageHandlers {
  constructor(private readonly coverage: CoverageService) {}

  @Handle(api.coverageGet)
  get(query: RequestOf<typeof api.coverageGet>, caller: CallerContext) {
    return this.coverage.report(caller, query);
  }

  @Handle(api.coverageExport)
  export(query: RequestOf<typeof api.coverageExport>, caller: CallerContext) {
    return this.coverage.export(caller, query);
  }
}
