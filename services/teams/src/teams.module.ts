import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { VolunteerCopyConsumer } from './consumers/volunteer-copy.consumer.js';
import { MembershipsHandlers } from './handlers/memberships.handlers.js';
import { TeamsHandlers } from './handlers/teams.handlers.js';
import { MembershipsRepository } from './memberships/memberships.repository.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { SERVICE_NAME, teamsData, teamsEntities } from './teams.data.js';
import { TeamsRepository } from './teams/teams.repository.js';
import { TeamsService } from './teams/teams.service.js';
import { VolunteersRepository } from './volunteers/volunteers.repository.js';

@Module({})
export class TeamsModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: TeamsModule,
      imports: [
        PlatformModule.forService({ name: SERVICE_NAME, config, data: teamsData }),
        TypeOrmModule.forFeature(teamsEntities),
      ],
      controllers: [TeamsHandlers, MembershipsHandlers],
      providers: [
        TeamsRepository,
        MembershipsRepository,
        VolunteersRepository,
        TeamsService,
        MembershipsService,
        VolunteerCopyConsumer,
      ],
    };
  }
}
