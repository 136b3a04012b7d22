import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { MembershipsController } from './memberships/memberships.controller.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { SERVICE_NAME, teamsData, teamsEntities } from './teams.data.js';
import { TeamsController } from './teams/teams.controller.js';
import { TeamsService } from './teams/teams.service.js';
import { VolunteerCopyConsumer } from './volunteers/volunteer-copy.consumer.js';

@Module({})
export class TeamsModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: TeamsModule,
      imports: [
        PlatformModule.forService({ name: SERVICE_NAME, config, data: teamsData }),
        TypeOrmModule.forFeature(teamsEntities),
      ],
      controllers: [TeamsController, MembershipsController],
      providers: [TeamsService, MembershipsService, VolunteerCopyConsumer],
    };
  }
}
