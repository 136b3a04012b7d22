import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#linli/platform';
import { TierDirectory } from './access/tier-directory.js';
import { TierPathsRepository } from './access/tier-paths.repository.js';
import { ActivitiesConfig } from './activities.config.js';
import { activitiesData, SERVICE_NAME } from './activities.data.js';
import { ActivitiesRepository } from './activities/activities.repository.js';
import { ActivitiesService } from './activities/activities.service.js';
import { AttendanceService } from './attendance/attendance.service.js';
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';
import { StationEventsConsumer } from './consumers/station-events.consumer.js';
import { VolunteerCopyConsumer } from './consumers/volunteer-copy.consumer.js';
import { ActivitiesHandlers } from './handlers/activities.handlers.js';
import { AttendanceHandlers } from './handlers/attendance.handlers.js';
import { CalendarHandlers } from './handlers/calendar.handlers.js';
import { NotificationsHandlers } from './handlers/notifications.handlers.js';
import { ProjectsHandlers } from './handlers/projects.handlers.js';
import { ShiftsHandlers } from './handlers/shifts.handlers.js';
import { SignupsHandlers } from './handlers/signups.handlers.js';
import { ShiftJobs } from './jobs/shift-jobs.job.js';
import { channelsFromConfig } from './notifications/notification-channel.js';
import { NotificationsRepository } from './notifications/notifications.repository.js';
import { NOTIFICATION_CHANNELS, NotificationsService } from './notifications/notifications.service.js';
import { ShiftMessagesService } from './notifications/shift-messages.service.js';
import { ProjectsRepository } from './projects/projects.repository.js';
import { ProjectsService } from './projects/projects.service.js';
import { ShiftsRepository } from './shifts/shifts.repository.js';
import { ShiftsService } from './shifts/shifts.service.js';
import { SignupsRepository } from './signups/signups.repository.js';
import { SignupsService } from './signups/signups.service.js';
import { StationsRepository } from './stations/stations.repository.js';
import { StationSettingsService } from './stations/stations.service.js';
import { VolunteersRepository } from './volunteers/volunteers.repository.js';

@Module({})
export class ActivitiesModule {
  static register(config: ServiceConfig): DynamicModule {
    const activitiesConfig = Object.assign(new ActivitiesConfig(), config);
    return {
      module: ActivitiesModule,
      imports: [PlatformModule.forService({ name: SERVICE_NAME, config: activitiesConfig, data: activitiesData })],
      controllers: [
        ProjectsHandlers,
        ActivitiesHandlers,
        ShiftsHandlers,
        SignupsHandlers,
        AttendanceHandlers,
        NotificationsHandlers,
        CalendarHandlers,
      ],
      providers: [
        { provide: NOTIFICATION_CHANNELS, useValue: channelsFromConfig(activitiesConfig.NOTIFICATION_CHANNELS) },
        // Repositories: all SQL, one per feature's tables.
        TierPathsRepository,
        StationsRepository,
        VolunteersRepository,
        ProjectsRepository,
        ActivitiesRepository,
        ShiftsRepository,
        SignupsRepository,
        NotificationsRepository,
        CalendarRepository,
        // Features.
        StationSettingsService,
        TierDirectory,
        NotificationsService,
        ShiftMessagesService,
        ProjectsService,
        ActivitiesService,
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
