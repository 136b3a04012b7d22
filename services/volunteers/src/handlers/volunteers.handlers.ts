import { Controller } from '@nestjs/common';
import { REVEALABLE, VolunteersApi, type RequestOf, type Revealable } from '#linli/contracts';
import { Handle, type CallerContext, type RequestIdentity } from '#linli/platform';
import { VolunteersService } from '../volunteers/volunteers.service.js';

const api = VolunteersApi.operations;

/** `?reveal=idNumber,guardianPhone` as a list of distinct fields (the query class has checked the words). */
const revealed = (reveal: string | undefined): Revealable[] =>
  [...new Set((reveal ?? '').split(','))].filter((f): f is Revealable => (REVEALABLE as readonly string[]).includes(f));

/** NATS handlers of volunteer records: each validates its declared request and hands it to the service. */
@Controller()
export class VolunteersHandlers {
  constructor(private readonly volunteers: VolunteersService) {}

  @Handle(api.register)
  register(request: RequestOf<typeof api.register>, caller: CallerContext) {
    return this.volunteers.register(caller, request);
  }

  /** The public join link: no caller; the station and the client address come in the request, the key in the headers. */
  @Handle(api.join)
  join(request: RequestOf<typeof api.join>, caller: RequestIdentity) {
    const { stationId, address, ...registration } = request;
    return this.volunteers.join(
      { stationId, address, idempotencyKey: caller.idempotencyKey, requestId: caller.requestId },
      registration,
    );
  }

  @Handle(api.confirm)
  confirm({ id }: RequestOf<typeof api.confirm>, caller: CallerContext) {
    return this.volunteers.confirm(caller, id);
  }

  @Handle(api.list)
  list(query: RequestOf<typeof api.list>, caller: CallerContext) {
    return this.volunteers.list(caller, query);
  }

  @Handle(api.get)
  get({ id, reveal }: RequestOf<typeof api.get>, caller: CallerContext) {
    return this.volunteers.get(caller, id, revealed(reveal));
  }

  @Handle(api.update)
  update({ id, ...changes }: RequestOf<typeof api.update>, caller: CallerContext) {
    return this.volunteers.update(caller, id, changes);
  }

  @Handle(api.recruiters)
  recruiters(query: RequestOf<typeof api.recruiters>, caller: CallerContext) {
    return this.volunteers.recruiters(caller, query);
  }

  /** Not on the public API: the hours service asks it for the station head's national export. */
  @Handle(api.nationalRecords)
  nationalRecords({ ids }: RequestOf<typeof api.nationalRecords>, caller: CallerContext) {
    return this.volunteers.nationalRecords(caller, ids);
  }

  @Handle(api.coverageCounts)
  coverage(range: RequestOf<typeof api.coverageCounts>, caller: CallerContext) {
    return this.volunteers.coverage(caller, range);
  }
}
