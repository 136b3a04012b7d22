import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { GrantsService } from '../grants/grants.service.js';

const api = IdentityApi.operations;

@Controller()
export class GrantsHandlers {
  constructor(private readonly grants: GrantsService) {}

  @Handle(api.grantCreate)
  create(request: RequestOf<typeof api.grantCreate>, caller: CallerContext) {
    return this.grants.create(caller, request);
  }

  @Handle(api.grantDelete)
  revoke({ id }: RequestOf<typeof api.grantDelete>, caller: CallerContext) {
    return this.grants.revoke(caller, id);
  }
}
