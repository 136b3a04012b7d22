import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { BureauService } from './bureau/bureau.service.js';
import { CoverageRepository } from './coverage/coverage.repository.js';
import { CoverageService } from './coverage/coverage.service.js';
import { GrowthRepository } from './growth/growth.repository.js';
import { GrowthService } from './growth/growth.service.js';
import { BureauHandlers } from './handlers/bureau.handlers.js';
import { CoverageHandlers } from './handlers/coverage.handlers.js';
import { GrowthHandlers } from './handlers/growth.handlers.js';
import { OrganisationsHandlers } from './handlers/organisations.handlers.js';
import { StationsHandlers } from './handlers/stations.handlers.js';
import { TiersHandlers } from './handlers/tiers.handlers.js';
import { GrowthSnapshotJob } from './jobs/growth-snapshot.job.js';
import { organisationsData, organisationsEntities, SERVICE_NAME } from './organisations.data.js';
import { OrganisationsRepository } from './organisations/organisations.repository.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { StationsRepository } from './stations/stations.repository.js';
import { StationsService } from './stations/stations.service.js';
import { TiersRepository } from './tiers/tiers.repository.js';
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
      controllers: [
        StationsHandlers,
        TiersHandlers,
        OrganisationsHandlers,
        GrowthHandlers,
        CoverageHandlers,
        BureauHandlers,
      ],
      providers: [
        StationsRepository,
        TiersRepository,
        OrganisationsRepository,
        GrowthRepository,
        CoverageRepository,
        StationsService,
        TiersService,
        OrganisationsService,
        GrowthService,
        CoverageService,
        BureauService,
        GrowthSnapshotJob,
      ],
    };
  }
}
