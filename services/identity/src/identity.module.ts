import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#linli/platform';
import { AuthService } from './auth/auth.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { GrantsService } from './grants/grants.service.js';
import type { IdentityConfig } from './identity.config.js';
import { AccountsController, AuthController } from './identity.controllers.js';
import { identityData, SERVICE_NAME } from './identity.data.js';
import { StationsService } from './stations/stations.service.js';
import { UsersService } from './users/users.service.js';
import { VolunteerAccountsService } from './users/volunteer-accounts.service.js';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: identityData })],
      controllers: [AuthController, AccountsController],
      providers: [AuthService, LoginThrottle, UsersService, GrantsService, StationsService, VolunteerAccountsService],
    };
  }
}
