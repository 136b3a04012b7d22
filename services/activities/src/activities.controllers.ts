import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActivitiesSubjects,
  CalendarFeedRequest,
  CheckInRequest,
  CheckOutRequest,
  CreateActivityDto,
  CreateProjectDto,
  CreateShiftsRequest,
  IdRequest,
  ListActivitiesQuery,
  ListProjectsQuery,
  ListShiftsQuery,
  NotificationListQuery,
  ShiftMessageRequest,
  SignupRequest,
  UpdateActivityRequest,
  UpdateShiftRequest,
  VolunteerShiftsRequest,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { AttendanceService } from './attendance/attendance.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { ProjectsService } from './projects/projects.service.js';
import { ShiftsService } from './shifts/shifts.service.js';
import { SignupsService } from './signups/signups.service.js';

@Controller()
export class PlanningController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly shifts: ShiftsService,
  ) {}

  @MessagePattern(ActivitiesSubjects.projectCreate)
  createProject(@Payload() dto: CreateProjectDto, @Caller() caller: CallerContext) {
    return this.projects.createProject(caller, dto);
  }

  @MessagePattern(ActivitiesSubjects.projectList)
  listProjects(@Payload() query: ListProjectsQuery, @Caller() caller: CallerContext) {
    return this.projects.listProjects(caller, query);
  }

  @MessagePattern(ActivitiesSubjects.activityCreate)
  createActivity(@Payload() dto: CreateActivityDto, @Caller() caller: CallerContext) {
    return this.projects.createActivity(caller, dto);
  }

  @MessagePattern(ActivitiesSubjects.activityList)
  listActivities(@Payload() query: ListActivitiesQuery, @Caller() caller: CallerContext) {
    return this.projects.listActivities(caller, query);
  }

  @MessagePattern(ActivitiesSubjects.activityGet)
  getActivity(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.projects.getActivity(caller, request.id);
  }

  @MessagePattern(ActivitiesSubjects.activityUpdate)
  updateActivity(@Payload() request: UpdateActivityRequest, @Caller() caller: CallerContext) {
    return this.projects.updateActivity(caller, request.id, request.changes);
  }

  @MessagePattern(ActivitiesSubjects.shiftCreate)
  createShifts(@Payload() request: CreateShiftsRequest, @Caller() caller: CallerContext) {
    return this.shifts.create(caller, request.activityId, request.shift);
  }

  @MessagePattern(ActivitiesSubjects.shiftList)
  listShifts(@Payload() query: ListShiftsQuery, @Caller() caller: CallerContext) {
    return this.shifts.list(caller, query);
  }

  @MessagePattern(ActivitiesSubjects.shiftGet)
  getShift(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.shifts.get(caller, request.id);
  }

  @MessagePattern(ActivitiesSubjects.shiftUpdate)
  updateShift(@Payload() request: UpdateShiftRequest, @Caller() caller: CallerContext) {
    return this.shifts.update(caller, request.id, request.scope, request.changes);
  }

  @MessagePattern(ActivitiesSubjects.shiftRoster)
  roster(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.shifts.roster(caller, request.id);
  }
}

@Controller()
export class SignupsController {
  constructor(
    private readonly signups: SignupsService,
    private readonly attendance: AttendanceService,
  ) {}

  @MessagePattern(ActivitiesSubjects.signupCreate)
  signUp(@Payload() request: SignupRequest, @Caller() caller: CallerContext) {
    return this.signups.signUp(caller, request.shiftId, request.volunteerId);
  }

  @MessagePattern(ActivitiesSubjects.signupCancel)
  cancel(@Payload() request: SignupRequest, @Caller() caller: CallerContext) {
    return this.signups.cancel(caller, request.shiftId, request.volunteerId);
  }

  @MessagePattern(ActivitiesSubjects.volunteerShifts)
  volunteerShifts(@Payload() request: VolunteerShiftsRequest, @Caller() caller: CallerContext) {
    const { volunteerId, ...query } = request;
    return this.signups.volunteerShifts(caller, volunteerId, query);
  }

  @MessagePattern(ActivitiesSubjects.checkIn)
  checkIn(@Payload() request: CheckInRequest, @Caller() caller: CallerContext) {
    return this.attendance.checkIn(caller, request.shiftId, request.volunteerId, request.code);
  }

  @MessagePattern(ActivitiesSubjects.checkOut)
  checkOut(@Payload() request: CheckOutRequest, @Caller() caller: CallerContext) {
    return this.attendance.checkOut(caller, request.shiftId, request.volunteerId);
  }

  @MessagePattern(ActivitiesSubjects.checkInCode)
  checkInCode(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.attendance.checkInCode(caller, request.id);
  }

  @MessagePattern(ActivitiesSubjects.messageSend)
  message(@Payload() request: ShiftMessageRequest, @Caller() caller: CallerContext) {
    return this.attendance.message(caller, request.shiftId, request.text);
  }
}

@Controller()
export class InboxController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly calendar: CalendarService,
  ) {}

  @MessagePattern(ActivitiesSubjects.notificationList)
  list(@Payload() query: NotificationListQuery, @Caller() caller: CallerContext) {
    return this.notifications.list(caller, query);
  }

  @MessagePattern(ActivitiesSubjects.notificationRead)
  read(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.notifications.markRead(caller, request.id);
  }

  @MessagePattern(ActivitiesSubjects.calendarLink)
  link(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.calendar.link(caller, request.id);
  }

  /** Public: the token is the credential, so no caller is read. */
  @MessagePattern(ActivitiesSubjects.calendarFeed)
  async feed(@Payload() request: CalendarFeedRequest) {
    return { text: await this.calendar.feed(request.token) };
  }
}
