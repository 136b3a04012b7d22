import { Controller } from '@nestjs/common';
import { IdentityApi, type RequestOf } from '#linli/contracts';
import { Handle, type CallerContext } from '#linli/platform';
import { AuthService } from '../auth/auth.service.js';

const api = IdentityApi.operations;

/** Login, refresh, logout and activation take no caller: they are how a caller comes to be. */
@Controller()
export class AuthHandlers {
  constructor(private readonly auth: AuthService) {}

  @Handle(api.login)
  login({ address, ...credentials }: RequestOf<typeof api.login>, _caller: { requestId: string }) {
    return this.auth.login(credentials, address);
  }

  @Handle(api.refresh)
  refresh({ refreshToken }: RequestOf<typeof api.refresh>, _caller: { requestId: string }) {
    return this.auth.refresh(refreshToken);
  }

  @Handle(api.logout)
  logout({ refreshToken }: RequestOf<typeof api.logout>, _caller: { requestId: string }) {
    return this.auth.logout(refreshToken);
  }

  @Handle(api.activate)
  activate({ address, ...activation }: RequestOf<typeof api.activate>, _caller: { requestId: string }) {
    return this.auth.activate(activation, address);
  }

  @Handle(api.me)
  me(_request: RequestOf<typeof api.me>, caller: CallerContext) {
    return this.auth.me(caller);
  }
}
