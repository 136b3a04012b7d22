import { Controller } from '@nestjs/common';
import { HoursApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { LedgerService } from '../ledger/ledger.service.js';

const api = HoursApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

/** The ledger over NATS: a volunteer's hours, a leader's entries, decisions and corrections. */
@Controller()
export class LedgerHandlers {
  constructor(private readonly ledger: LedgerService) {}

  @Handle(api.summaryGet)
  volunteerHours(
    { id, ...period }: RequestOf<typeof api.summaryGet>,
    caller: CallerContext,
  ): Answer<typeof api.summaryGet> {
    return this.ledger.volunteerHours(caller, id, period);
  }

  @Handle(api.entryCreate)
  create(entry: RequestOf<typeof api.entryCreate>, caller: CallerContext): Answer<typeof api.entryCreate> {
    return this.ledger.create(caller, entry);
  }

  @Handle(api.entryList)
  list(query: RequestOf<typeof api.entryList>, caller: CallerContext): Answer<typeof api.entryList> {
    return this.ledger.list(caller, query);
  }

  @Handle(api.entryApprove)
  approve({ id, minutes }: RequestOf<typeof api.entryApprove>, caller: CallerContext): Answer<typeof api.entryApprove> {
    return this.ledger.approve(caller, id, minutes);
  }

  @Handle(api.entryReject)
  reject({ id, reason }: RequestOf<typeof api.entryReject>, caller: CallerContext): Answer<typeof api.entryReject> {
    return this.ledger.reject(caller, id, reason);
  }

  @Handle(api.entryApproveMany)
  approveMany(
    { ids }: RequestOf<typeof api.entryApproveMany>,
    caller: CallerContext,
  ): Answer<typeof api.entryApproveMany> {
    return this.ledger.approveMany(caller, ids);
  }

  @Handle(api.correctionRequest)
  requestCorrection(
    { id, ...correction }: RequestOf<typeof api.correctionRequest>,
    caller: CallerContext,
  ): Answer<typeof api.correctionRequest> {
    return this.ledger.requestCorrection(caller, id, correction);
  }

  @Handle(api.correctionAccept)
  acceptCorrection(
    { id, reason }: RequestOf<typeof api.correctionAccept>,
    caller: CallerContext,
  ): Answer<typeof api.correctionAccept> {
    return this.ledger.acceptCorrection(caller, id, reason);
  }

  @Handle(api.correctionRefuse)
  refuseCorrection(
    { id, reason }: RequestOf<typeof api.correctionRefuse>,
    caller: CallerContext,
  ): Answer<typeof api.correctionRefuse> {
    return this.ledger.refuseCorrection(caller, id, reason);
  }
}
