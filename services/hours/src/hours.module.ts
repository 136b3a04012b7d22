import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { CertificatesService } from './certificates/certificates.service.js';
import { HoursExportService } from './exports/hours-export.js';
import { CertificatesController, HoursController } from './hours.controller.js';
import { hoursData, SERVICE_NAME } from './hours.data.js';
import { AttendanceConsumer } from './ledger/attendance.consumer.js';
import { HoursService } from './ledger/hours.service.js';
import { StationEventsConsumer } from './settings/station-events.js';
import { StationSettingsService } from './settings/station-settings.js';
import { VolunteerCopyConsumer } from './volunteers/volunteer-copy.consumer.js';

@Module({})
export class HoursModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: HoursModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config, data: hoursData })],
      controllers: [HoursController, CertificatesController],
      providers: [
        HoursService,
        CertificatesService,
        HoursExportService,
        StationSettingsService,
        AttendanceConsumer,
        VolunteerCopyConsumer,
        StationEventsConsumer,
      ],
    };
  }
}
