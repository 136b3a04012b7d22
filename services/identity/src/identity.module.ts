import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#linli/platform';
import { AuditRepository } from './audit/audit.repository.js';
import { AuthRepository } from './auth/auth.repository.js';
import { AuthService } from './auth/auth.service.js';
import { BureauOfficersService } from './bureau/bureau-officers.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { CredentialsRepository } from './credentials/credentials.repository.js';
import { CredentialsService } from './credentials/credentials.service.js';
import { GrantsRepository } from './grants/grants.repository.js';
import { GrantsService } from './grants/grants.service.js';
import { AuthHandlers } from './handlers/auth.handlers.js';
import { BureauOfficersHandlers } from './handlers/bureau-officers.handlers.js';
import { GrantsHandlers } from './handlers/grants.handlers.js';
import { StationsHandlers } from './handlers/stations.handlers.js';
import { UsersHandlers } from './handlers/users.handlers.js';
import type { IdentityConfig } from './identity.config.js';
import { identityData, SERVICE_NAME } from './identity.data.js';
import { StationsRepository } from './stations/stations.repository.js';
import { StationsService } from './stations/stations.service.js';
import { UsersRepository } from './users/users.repository.js';
import { UsersService } from './users/users.service.js';
import { VolunteerAccountsService } from './users/volunteer-accounts.service.js';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: identityData })],
      controllers: [AuthHandlers, StationsHandlers, UsersHandlers, GrantsHandlers, BureauOfficersHandlers],
      providers: [
        AuditRepository,
        AuthRepository,
        AuthService,
        BureauOfficersService,
        LoginThrottle,
        CredentialsRepository,
        CredentialsService,
        GrantsRepository,
        GrantsService,
        StationsRepository,
        StationsService,
        UsersRepository,
        UsersService,
        VolunteerAccountsService,
      ],
    };
  }
}
