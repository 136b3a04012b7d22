import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { CertificatesRepository } from './certificates/certificates.repository.js';
import { CertificatesService } from './certificates/certificates.service.js';
import { AttendanceConsumer } from './consumers/attendance.consumer.js';
import { StationEventsConsumer } from './consumers/station-events.consumer.js';
import { VolunteerCopyConsumer } from './consumers/volunteer-copy.consumer.js';
import { ExportsService } from './exports/exports.service.js';
import { CertificatesHandlers } from './handlers/certificates.handlers.js';
import { ExportsHandlers } from './handlers/exports.handlers.js';
import { LedgerHandlers } from './handlers/ledger.handlers.js';
import { NationalHandlers } from './handlers/national.handlers.js';
import { StationsHandlers } from './handlers/stations.handlers.js';
import { hoursData, SERVICE_NAME } from './hours.data.js';
import { LedgerRepository } from './ledger/ledger.repository.js';
import { LedgerService } from './ledger/ledger.service.js';
import { NationalExportService } from './national/national.service.js';
import { StationsRepository } from './stations/stations.repository.js';
import { StationsService } from './stations/stations.service.js';

@Module({})
export class HoursModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: HoursModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: hoursData })],
      controllers: [LedgerHandlers, CertificatesHandlers, ExportsHandlers, NationalHandlers, StationsHandlers],
      providers: [
        LedgerRepository,
        LedgerService,
        CertificatesRepository,
        CertificatesService,
        ExportsService,
        NationalExportService,
        StationsRepository,
        StationsService,
        AttendanceConsumer,
        VolunteerCopyConsumer,
        StationEventsConsumer,
      ],
    };
  }
}
