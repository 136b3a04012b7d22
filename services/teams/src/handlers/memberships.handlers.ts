import { Controller } from '@nestjs/common';
import { TeamsApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { MembershipsService } from '../memberships/memberships.service.js';

const api = TeamsApi.operations;

@Controller()
export class MembershipsHandlers {
  constructor(private readonly memberships: MembershipsService) {}

  @Handle(api.memberAdd)
  add({ id, volunteerId, role }: RequestOf<typeof api.memberAdd>, caller: CallerContext) {
    return this.memberships.add(caller, id, { volunteerId, role });
  }

  @Handle(api.memberRemove)
  remove({ id, volunteerId }: RequestOf<typeof api.memberRemove>, caller: CallerContext) {
    return this.memberships.remove(caller, id, volunteerId);
  }

  @Handle(api.memberList)
  list({ id, include }: RequestOf<typeof api.memberList>, caller: CallerContext) {
    return this.memberships.list(caller, id, include);
  }

  @Handle(api.volunteerTeamsList)
  forVolunteer({ id }: RequestOf<typeof api.volunteerTeamsList>, caller: CallerContext) {
    return this.memberships.forVolunteer(caller, id);
  }
}
