import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { serviceClientProviders } from './common/service-client.provider.js';
import { GatewayConfig } from './gateway.config.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { GrantsController, StationsController, UsersController } from './identity/accounts.routes.js';
import { AuthController } from './identity/auth.routes.js';
import { CertificatesController, HoursController } from './hours/hours.routes.js';
import { OrganisationsController } from './organisations/organisations.routes.js';
import { TiersController } from './tiers/tiers.routes.js';
import {
  ActivitiesController,
  NotificationsController,
  ShiftsController,
  VolunteerScheduleController,
} from './activities/activities.routes.js';
import { TeamsController, VolunteerTeamsController } from './teams/teams.routes.js';
import { VolunteersController } from './volunteers/volunteers.routes.js';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      // Failed checks are in the answer; terminus's own console logging is off (logs are JSON lines).
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [
        HealthController,
        MetricsController,
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
