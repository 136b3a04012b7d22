import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { TierDirectory } from './access/tier-directory.js';
import { ActivitiesConfig } from './activities.config.js';
import { InboxController, PlanningController, SignupsController } from './activities.controllers.js';
import { activitiesData, SERVICE_NAME } from './activities.data.js';
import { AttendanceService } from './attendance/attendance.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { ShiftJobs } from './jobs/shift-jobs.js';
import { channelsFromConfig } from './notifications/notification-channel.js';
import { NOTIFICATION_CHANNELS, NotificationsService } from './notifications/notifications.service.js';
import { ProjectsService } from './projects/projects.service.js';
import { ShiftsService } from './shifts/shifts.service.js';
import { SignupsService } from './signups/signups.service.js';
import { StationEventsConsumer } from './stations/station-events.js';
import { StationSettingsService } from './stations/station-settings.js';
import { VolunteerCopyConsumer } from './volunteers/volunteer-copy.js';

@Module({})
export class ActivitiesModule {
  static register(config: ServiceConfig): DynamicModule {
    const activitiesConfig = Object.assign(new ActivitiesConfig(), config);
    return {
      module: ActivitiesModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config: activitiesConfig, data: activitiesData })],
      controllers: [PlanningController, SignupsController, InboxController],
      providers: [
        { provide: NOTIFICATION_CHANNELS, useValue: channelsFromConfig(activitiesConfig.NOTIFICATION_CHANNELS) },
        StationSettingsService,
        TierDirectory,
        NotificationsService,
        ProjectsService,
        SignupsService,
        ShiftsService,
        AttendanceService,
        CalendarService,
        ShiftJobs,
        VolunteerCopyConsumer,
        StationEventsConsumer,
      ],
    };
  }
}
