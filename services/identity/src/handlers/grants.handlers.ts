import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf, type ResponseOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { GrantsService } from '../grants/grants.service.js';

const api = IdentityApi.operations;

/** What `@Handle(op)` lets a handler answer. */
type Answer<O> = Promise<ResponseOf<O>> | ResponseOf<O>;

@Controller()
export class GrantsHandlers {
  constructor(private readonly grants: GrantsService) {}

  @Handle(api.grantCreate)
  create(request: RequestOf<typeof api.grantCreate>, caller: CallerContext): Answer<typeof api.grantCreate> {
    return this.grants.create(caller, request);
  }

  @Handle(api.grantDelete)
  revoke({ id }: RequestOf<typeof api.grantDelete>, caller: CallerContext): Answer<typeof api.grantDelete> {
    return this.grants.revoke(caller, id);
  }
}
