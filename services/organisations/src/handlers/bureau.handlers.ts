import { Controller } from '@nestjs/common';
import { OrganisationsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { BureauService } from '../bureau/bureau.service.js';

const api = OrganisationsApi.operations;

@Controller()
export class BureauHandlers {
  constructor(private readonly bureau: BureauService) {}

  @Handle(api.bureauReportGet)
  get(query: RequestOf<typeof api.bureauReportGet>, caller: CallerContext) {
    return this.bureau.report(caller, query);
  }

  @Handle(api.bureauReportExport)
  export(query: RequestOf<typeof api.bureauReportExport>, caller: CallerContext) {
    return this.bureau.export(caller, query);
  }

  @Handle(api.bureauRollup)
  rollup(query: RequestOf<typeof api.bureauRollup>, caller: CallerContext) {
    return this.bureau.rollup(caller, query);
  }

  @Handle(api.bureauStationReport)
  stationReport({ stationId, ...query }: RequestOf<typeof api.bureauStationReport>, caller: CallerContext) {
    return this.bureau.stationReport(caller, stationId, query);
  }

  @Handle(api.bureauStationExport)
  stationExport({ stationId, ...query }: RequestOf<typeof api.bureauStationExport>, caller: CallerContext) {
    return this.bureau.stationExport(caller, stationId, query);
  }
}
