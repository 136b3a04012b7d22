import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { LedgerService } from '../ledger/ledger.service.js';

const api = HoursApi.operations;

/** The ledger over NATS: a volunteer's hours, a leader's entries, decisions and corrections. */
@Controller()
export class LedgerHandlers {
  constructor(private readonly ledger: LedgerService) {}

  @Handle(api.summaryGet)
  volunteerHours({ id, ...period }: RequestOf<typeof api.summaryGet>, caller: CallerContext) {
    return this.ledger.volunteerHours(caller, id, period);
  }

  @Handle(api.entryCreate)
  create(entry: RequestOf<typeof api.entryCreate>, caller: CallerContext) {
    return this.ledger.create(caller, entry);
  }

  @Handle(api.entryList)
  list(query: RequestOf<typeof api.entryList>, caller: CallerContext) {
    return this.ledger.list(caller, query);
  }

  @Handle(api.entryApprove)
  approve({ id, minutes }: RequestOf<typeof api.entryApprove>, caller: CallerContext) {
    return this.ledger.approve(caller, id, minutes);
  }

  @Handle(api.entryReject)
  reject({ id, reason }: RequestOf<typeof api.entryReject>, caller: CallerContext) {
    return this.ledger.reject(caller, id, reason);
  }

  @Handle(api.entryApproveMany)
  approveMany({ ids }: RequestOf<typeof api.entryApproveMany>, caller: CallerContext) {
    return this.ledger.approveMany(caller, ids);
  }

  @Handle(api.correctionRequest)
  requestCorrection({ id, ...correction }: RequestOf<typeof api.correctionRequest>, caller: CallerContext) {
    return this.ledger.requestCorrection(caller, id, correction);
  }

  @Handle(api.correctionAccept)
  acceptCorrection({ id, reason }: RequestOf<typeof api.correctionAccept>, caller: CallerContext) {
    return this.ledger.acceptCorrection(caller, id, reason);
  }

  @Handle(api.correctionRefuse)
  refuseCorrection({ id, reason }: RequestOf<typeof api.correctionRefuse>, caller: CallerContext) {
    return this.ledger.refuseCorrection(caller, id, reason);
  }
}
