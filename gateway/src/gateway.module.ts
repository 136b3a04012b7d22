import { Module, type DynamicModule } from '@nestjs/common';
import { serviceClientProviders } from './common/service-client.provider.js';
import { GatewayConfig } from './gateway.config.js';
import { HealthController } from './health/health.controller.js';
import { GrantsController, StationsController, UsersController } from './identity/accounts.controller.js';
import { AuthController } from './identity/auth.controller.js';
import { CertificatesController, HoursController } from './hours/hours.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { TiersController } from './tiers/tiers.controller.js';
import {
  ActivitiesController,
  NotificationsController,
  ShiftsController,
  VolunteerScheduleController,
} from './activities/activities.controller.js';
import { TeamsController, VolunteerTeamsController } from './teams/teams.controller.js';
import { VolunteersController } from './volunteers/volunteers.controller.js';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [
        HealthController,
        AuthController,
        StationsController,
        UsersController,
        GrantsController,
        TiersController,
        OrganisationsController,
        HoursController,
        CertificatesController,
        ActivitiesController,
        ShiftsController,
        VolunteerScheduleController,
        NotificationsController,
        TeamsController,
        VolunteerTeamsController,
        VolunteersController,
      ],
      providers: [{ provide: GatewayConfig, useValue: config }, ...serviceClientProviders],
    };
  }
}
