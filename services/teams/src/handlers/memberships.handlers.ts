import { Controller } from '@nestjs/common';
import { TeamsApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { MembershipsService } from '../memberships/memberships.service.js';

const api = TeamsApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

@Controller()
export class MembershipsHandlers {
  constructor(private readonly memberships: MembershipsService) {}

  @Handle(api.memberAdd)
  add({ id, volunteerId, role }: RequestOf<typeof api.memberAdd>, caller: CallerContext): Answer<typeof api.memberAdd> {
    return this.memberships.add(caller, id, { volunteerId, role });
  }

  @Handle(api.memberRemove)
  remove(
    { id, volunteerId }: RequestOf<typeof api.memberRemove>,
    caller: CallerContext,
  ): Answer<typeof api.memberRemove> {
    return this.memberships.remove(caller, id, volunteerId);
  }

  @Handle(api.memberList)
  list({ id, include }: RequestOf<typeof api.memberList>, caller: CallerContext): Answer<typeof api.memberList> {
    return this.memberships.list(caller, id, include);
  }

  @Handle(api.volunteerTeamsList)
  forVolunteer(
    { id }: RequestOf<typeof api.volunteerTeamsList>,
    caller: CallerContext,
  ): Answer<typeof api.volunteerTeamsList> {
    return this.memberships.forVolunteer(caller, id);
  }
}
