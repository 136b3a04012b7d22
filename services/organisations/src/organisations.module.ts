import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { GrowthSnapshotJob } from './growth/growth-snapshot.job.js';
import { GrowthController } from './growth/growth.controller.js';
import { GrowthService } from './growth/growth.service.js';
import { organisationsData, organisationsEntities, SERVICE_NAME } from './organisations.data.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { StationsController } from './stations/stations.controller.js';
import { StationsService } from './stations/stations.service.js';
import { TiersController } from './tiers/tiers.controller.js';
import { TiersService } from './tiers/tiers.service.js';

@Module({})
export class OrganisationsModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: OrganisationsModule,
      imports: [
        PlatformModule.forService({ name: SERVICE_NAME, config, data: organisationsData }),
        TypeOrmModule.forFeature(organisationsEntities),
      ],
      controllers: [StationsController, TiersController, OrganisationsController, GrowthController],
      providers: [StationsService, TiersService, OrganisationsService, GrowthService, GrowthSnapshotJob],
    };
  }
}
