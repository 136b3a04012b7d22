import { CoverageCounts, CoverageRange } from '../common/coverage.js';
import { IsIn } from 'class-validator';
import { event, listOf, operation, serviceApi } from '../api/operation.js';
import { FileReply } from '../hours/hours.dto.js';
import {
  ActivityDto,
  ActivityPage,
  CreateActivityDto,
  CreateProjectDto,
  ListActivitiesQuery,
  ListProjectsQuery,
  ProjectDto,
  ProjectPage,
  UpdateActivityDto,
} from './activity.dto.js';
import { AttendanceRecordedPayload, SignupCancelledPayload, SignupConfirmedPayload } from './events.js';
import {
  AttendanceDto,
  CalendarFeedDto,
  CalendarLinkDto,
  CancelResultDto,
  CheckInCodeDto,
  CheckInDto,
  CheckOutDto,
  CreatedShifts,
  CreateShiftsDto,
  ListShiftsQuery,
  NotificationDto,
  NotificationListQuery,
  NotificationPage,
  RosterDto,
  ShiftDto,
  ShiftMessageDto,
  ShiftMessageResultDto,
  ShiftPage,
  SHIFT_EDIT_SCOPES,
  SignupDto,
  SignupResultDto,
  UpdateShiftDto,
  VolunteerShiftDto,
  VolunteerShiftsQuery,
} from './shift.dto.js';

const NODE = { 'TIER.NOT_FOUND': 404 } as const;
const ACTIVITY = { 'ACTIVITY.NOT_FOUND': 404 } as const;
const SHIFT = { 'SHIFT.NOT_FOUND': 404 } as const;
const VOLUNTEER = { 'VOLUNTEER.NOT_FOUND': 404 } as const;
/** A volunteer acting for someone else (a leader acts for anyone in their subtree). */
const NOT_YOURSELF = { 'ACCESS.NOT_YOURSELF': 403 } as const;
const NO_PROFILE = { 'ACCESS.NO_VOLUNTEER_PROFILE': 403 } as const;
const RANGE = { 'TIME.RANGE_INVALID': 422 } as const;
/** Passed through from the teams service when an activity names a team the caller cannot see. */
const TEAM = { 'TEAM.NOT_FOUND': 404 } as const;

/**
 * Every operation and event of the activities service: projects, activities, shifts and their
 * series, sign-ups and waitlists, attendance, messages, notifications and calendar feeds.
 */
export const ActivitiesApi = serviceApi(
  'activities',
  {
    /** What the subtree holds or did per tier path, for the station's village coverage. */
    coverageCounts: operation({
      subject: 'activities.coverage.counts',
      input: CoverageRange,
      response: CoverageCounts,
    }),
    projectCreate: operation({
      subject: 'activities.project.create',
      input: CreateProjectDto,
      response: ProjectDto,
      idempotent: true,
      errors: { ...NODE, 'PROJECT.NAME_TAKEN': 409 },
    }),
    projectList: operation({
      subject: 'activities.project.list',
      input: ListProjectsQuery,
      response: ProjectPage,
      errors: NODE,
    }),
    activityCreate: operation({
      subject: 'activities.activity.create',
      input: CreateActivityDto,
      response: ActivityDto,
      idempotent: true,
      errors: { ...NODE, 'PROJECT.NOT_FOUND': 404, ...RANGE, ...TEAM },
    }),
    activityList: operation({
      subject: 'activities.activity.list',
      input: ListActivitiesQuery,
      response: ActivityPage,
      errors: NODE,
    }),
    activityGet: operation({
      subject: 'activities.activity.get',
      fields: { id: 'uuid' },
      response: ActivityDto,
      errors: ACTIVITY,
    }),
    activityUpdate: operation({
      subject: 'activities.activity.update',
      input: UpdateActivityDto,
      fields: { id: 'uuid' },
      response: ActivityDto,
      errors: { ...ACTIVITY, 'PROJECT.NOT_FOUND': 404, ...RANGE, ...TEAM },
    }),
    /** `id` is the activity's. */
    shiftCreate: operation({
      subject: 'activities.shift.create',
      input: CreateShiftsDto,
      fields: { id: 'uuid' },
      response: CreatedShifts,
      idempotent: true,
      errors: {
        ...ACTIVITY,
        ...RANGE,
        'SHIFT.TOO_LONG': 422,
        'SHIFT.RECURRENCE_INVALID': 400,
        'SHIFT.RECURRENCE_UNBOUNDED': 400,
        'SHIFT.RECURRENCE_TOO_LONG': 422,
      },
    }),
    shiftList: operation({
      subject: 'activities.shift.list',
      input: ListShiftsQuery,
      response: ShiftPage,
      errors: { ...NODE, ...NO_PROFILE, ...VOLUNTEER },
    }),
    shiftGet: operation({ subject: 'activities.shift.get', fields: { id: 'uuid' }, response: ShiftDto, errors: SHIFT }),
    /** `scope` (`this` | `following`) comes from the query string; the body holds the changes. */
    shiftUpdate: operation({
      subject: 'activities.shift.update',
      input: UpdateShiftDto,
      fields: { id: 'uuid', scope: 'string' },
      response: ShiftDto,
      errors: {
        ...SHIFT,
        'SHIFT.CAPACITY_BELOW_CONFIRMED': 409,
        'SHIFT.STARTED': 409,
        'SIGNUP.CLASH': 409,
        ...RANGE,
        'SHIFT.TOO_LONG': 422,
      },
    }),
    shiftRoster: operation({
      subject: 'activities.shift.roster',
      fields: { id: 'uuid' },
      response: RosterDto,
      errors: SHIFT,
    }),
    /** `id` is the shift's. */
    signupCreate: operation({
      subject: 'activities.signup.create',
      input: SignupDto,
      fields: { id: 'uuid' },
      response: SignupResultDto,
      idempotent: true,
      errors: {
        ...SHIFT,
        ...VOLUNTEER,
        ...NOT_YOURSELF,
        'VOLUNTEER.NOT_ACTIVE': 422,
        'SIGNUP.NOT_OPEN': 422,
        'SIGNUP.CLOSED': 422,
        'SIGNUP.CLASH': 409,
        'SIGNUP.TOO_YOUNG': 422,
        'SIGNUP.SKILLS_MISSING': 422,
        'SIGNUP.GUARDIAN_CONSENT_REQUIRED': 422,
        'SIGNUP.INSURANCE_REQUIRED': 422,
        'SIGNUP.ALREADY': 409,
        'SIGNUP.OUTSIDE_AREA': 403,
      },
    }),
    signupCancel: operation({
      subject: 'activities.signup.cancel',
      fields: { id: 'uuid', volunteerId: 'uuid' },
      response: CancelResultDto,
      errors: {
        ...SHIFT,
        ...VOLUNTEER,
        ...NOT_YOURSELF,
        'SIGNUP.NOT_FOUND': 404,
        'SIGNUP.CLOSED': 422,
        'SIGNUP.CANCEL_CUTOFF': 422,
      },
    }),
    /** `id` is the volunteer's. */
    volunteerShifts: operation({
      subject: 'activities.volunteer_shifts.list',
      input: VolunteerShiftsQuery,
      fields: { id: 'uuid' },
      // The answer is a list of VolunteerShiftDto; the route documents it as an array.
      response: listOf(VolunteerShiftDto),
      errors: { ...VOLUNTEER, ...NOT_YOURSELF },
    }),
    checkIn: operation({
      subject: 'activities.attendance.check_in',
      input: CheckInDto,
      fields: { id: 'uuid' },
      response: AttendanceDto,
      errors: {
        ...SHIFT,
        ...NOT_YOURSELF,
        'CHECKIN.NOT_CONFIRMED': 409,
        'CHECKIN.OUTSIDE_WINDOW': 422,
        'CHECKIN.CODE_INVALID': 422,
        'CHECKIN.ALREADY': 409,
        'CHECKIN.TOO_MANY_ATTEMPTS': 429,
      },
    }),
    checkOut: operation({
      subject: 'activities.attendance.check_out',
      input: CheckOutDto,
      fields: { id: 'uuid' },
      response: AttendanceDto,
      errors: {
        ...SHIFT,
        ...NOT_YOURSELF,
        'CHECKIN.NOT_CONFIRMED': 409,
        'CHECKOUT.NOT_CHECKED_IN': 409,
        'CHECKOUT.ALREADY': 409,
      },
    }),
    /** `baseUrl` is where the gateway is reached (absent when the host is unusable), for the QR image's address. */
    checkInCode: operation({
      subject: 'activities.check_in_code.get',
      fields: { id: 'uuid', baseUrl: 'string?' },
      response: CheckInCodeDto,
      errors: SHIFT,
    }),
    /**
     * Answers a FileReply: the check-in code as an A4 PDF to print for the village point (the QR
     * image of `checkInCode`, the code in large type, the station, activity, time and place).
     */
    checkInSheet: operation({
      subject: 'activities.check_in_sheet.get',
      fields: { id: 'uuid', baseUrl: 'string?' },
      response: FileReply,
      errors: SHIFT,
    }),
    messageSend: operation({
      subject: 'activities.message.send',
      input: ShiftMessageDto,
      fields: { id: 'uuid' },
      response: ShiftMessageResultDto,
      idempotent: true,
      errors: SHIFT,
    }),
    notificationList: operation({
      subject: 'activities.notification.list',
      input: NotificationListQuery,
      response: NotificationPage,
    }),
    notificationRead: operation({
      subject: 'activities.notification.read',
      fields: { id: 'uuid' },
      response: NotificationDto,
      errors: { 'NOTIFICATION.NOT_FOUND': 404, ...NO_PROFILE, ...NOT_YOURSELF },
    }),
    /** `id` is the volunteer's. */
    calendarLink: operation({
      subject: 'activities.calendar.link',
      fields: { id: 'uuid' },
      response: CalendarLinkDto,
      errors: { ...VOLUNTEER, ...NOT_YOURSELF },
    }),
    /** Public: the token is the credential. */
    calendarFeed: operation({
      subject: 'activities.calendar.feed',
      fields: { token: 'string' },
      response: CalendarFeedDto,
      public: true,
      errors: { 'CALENDAR.NOT_FOUND': 404 },
    }),
  },
  {
    attendanceRecorded: event('evt.activities.attendance.recorded', AttendanceRecordedPayload),
    signupConfirmed: event('evt.activities.signup.confirmed', SignupConfirmedPayload),
    signupCancelled: event('evt.activities.signup.cancelled', SignupCancelledPayload),
  },
);

// The edit scope arrives as a query parameter beside the body; the service checks it as the gateway did.
IsIn(SHIFT_EDIT_SCOPES)(ActivitiesApi.operations.shiftUpdate.request.prototype, 'scope');
