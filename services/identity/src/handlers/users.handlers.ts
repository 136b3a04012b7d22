import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { UsersService } from '../users/users.service.js';
import { VolunteerAccountsService } from '../users/volunteer-accounts.service.js';

const api = IdentityApi.operations;

@Controller()
export class UsersHandlers {
  constructor(
    private readonly users: UsersService,
    private readonly volunteerAccounts: VolunteerAccountsService,
  ) {}

  @Handle(api.userCreate)
  create(request: RequestOf<typeof api.userCreate>, caller: CallerContext) {
    return this.users.create(caller, request);
  }

  @Handle(api.userList)
  list(query: RequestOf<typeof api.userList>, caller: CallerContext) {
    return this.users.list(caller, query);
  }

  /** Not on the public API: the hours service names who recorded the entries of an export. */
  @Handle(api.userNames)
  names({ ids }: RequestOf<typeof api.userNames>, caller: CallerContext) {
    return this.users.names(caller, ids);
  }

  /** Not on the public API: the volunteers service calls it while registering a volunteer. */
  @Handle(api.volunteerAccountCreate)
  createVolunteerAccount(request: RequestOf<typeof api.volunteerAccountCreate>, caller: CallerContext) {
    return this.volunteerAccounts.create(caller, request);
  }
}
