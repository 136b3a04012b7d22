import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ActivitiesSubjects,
  ActivityDto,
  ActivityPage,
  AttendanceDto,
  CalendarLinkDto,
  CancelResultDto,
  CheckInCodeDto,
  CheckInDto,
  CheckOutDto,
  CreateActivityDto,
  CreatedShifts,
  CreateProjectDto,
  CreateShiftsDto,
  ListActivitiesQuery,
  ListProjectsQuery,
  ListShiftsQuery,
  NotificationDto,
  NotificationListQuery,
  NotificationPage,
  ProjectDto,
  ProjectPage,
  RosterDto,
  ShiftDto,
  ShiftMessageDto,
  ShiftMessageResultDto,
  ShiftPage,
  SignupDto,
  SignupResultDto,
  UpdateActivityDto,
  UpdateShiftDto,
  UpdateShiftQuery,
  VolunteerShiftDto,
  VolunteerShiftsQuery,
} from '#linli/contracts';
import { DomainException, ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { anonymous, HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

const SIGNUP_CODES = [
  'SHIFT.NOT_FOUND',
  'VOLUNTEER.NOT_FOUND',
  'VOLUNTEER.NOT_ACTIVE',
  'SIGNUP.NOT_OPEN',
  'SIGNUP.CLOSED',
  'SIGNUP.CLASH',
  'SIGNUP.TOO_YOUNG',
  'SIGNUP.SKILLS_MISSING',
  'SIGNUP.GUARDIAN_CONSENT_REQUIRED',
  'SIGNUP.INSURANCE_REQUIRED',
  'SIGNUP.ALREADY',
  'SIGNUP.OUTSIDE_AREA',
];

@ApiTags('activities 项目与活动')
@Controller()
export class ActivitiesController {
  constructor(private readonly services: ServiceClient) {}

  @Post('projects')
  @HttpCode(201)
  @ApiOperation({ summary: '新建项目 / Create a project in one of the four service domains' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiErrors([400, 401, 403, 404, 409], ['TIER.NOT_FOUND', 'PROJECT.NAME_TAKEN'])
  createProject(@Body() dto: CreateProjectDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.projectCreate, dto, caller);
  }

  @Get('projects')
  @ApiOperation({ summary: '项目列表 / List projects (subtree, domain)' })
  @ApiOkResponse({ type: ProjectPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  listProjects(@Query() query: ListProjectsQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.projectList, query, caller);
  }

  @Post('activities')
  @HttpCode(201)
  @ApiOperation({ summary: '新建活动 / Create an activity at a tier node, under a project or team' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ActivityDto })
  @ApiErrors([400, 401, 403, 404, 422], ['TIER.NOT_FOUND', 'PROJECT.NOT_FOUND', 'TIME.RANGE_INVALID'])
  createActivity(@Body() dto: CreateActivityDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.activityCreate, dto, caller);
  }

  @Get('activities')
  @ApiOperation({ summary: '活动列表 / List activities (subtree, project, team)' })
  @ApiOkResponse({ type: ActivityPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  listActivities(@Query() query: ListActivitiesQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.activityList, query, caller);
  }

  @Get('activities/:id')
  @ApiOperation({ summary: '活动详情 / An activity' })
  @ApiOkResponse({ type: ActivityDto })
  @ApiErrors([400, 401, 403, 404], ['ACTIVITY.NOT_FOUND'])
  getActivity(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.activityGet, { id }, caller);
  }

  @Patch('activities/:id')
  @ApiOperation({ summary: '修改活动 / Update an activity' })
  @ApiOkResponse({ type: ActivityDto })
  @ApiErrors([400, 401, 403, 404, 422], ['ACTIVITY.NOT_FOUND', 'PROJECT.NOT_FOUND', 'TIME.RANGE_INVALID'])
  updateActivity(
    @Param('id', uuidPipe) id: string,
    @Body() changes: UpdateActivityDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(ActivitiesSubjects.activityUpdate, { id, changes }, caller);
  }

  @Post('activities/:id/shifts')
  @HttpCode(201)
  @ApiOperation({ summary: '发布班次（可按 RRULE 重复）/ Publish a shift or a recurring series in one transaction' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CreatedShifts })
  @ApiErrors(
    [400, 401, 403, 404, 422],
    [
      'ACTIVITY.NOT_FOUND',
      'TIME.RANGE_INVALID',
      'SHIFT.TOO_LONG',
      'SHIFT.RECURRENCE_INVALID',
      'SHIFT.RECURRENCE_UNBOUNDED',
      'SHIFT.RECURRENCE_TOO_LONG',
    ],
  )
  createShifts(
    @Param('id', uuidPipe) activityId: string,
    @Body() shift: CreateShiftsDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(ActivitiesSubjects.shiftCreate, { activityId, shift }, caller);
  }
}

@ApiTags('shifts 班次、报名与签到')
@Controller()
export class ShiftsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('shifts')
  @ApiOperation({
    summary: '班次列表；eligibleFor=me 为“我能报名的班次” / Shifts; eligibleFor=me lists those you can sign up for',
  })
  @ApiOkResponse({ type: ShiftPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND', 'ACCESS.NO_VOLUNTEER_PROFILE'])
  list(@Query() query: ListShiftsQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.shiftList, query, caller);
  }

  @Get('shifts/:id')
  @ApiOperation({ summary: '班次详情 / A shift' })
  @ApiOkResponse({ type: ShiftDto })
  @ApiErrors([400, 401, 403, 404], ['SHIFT.NOT_FOUND'])
  get(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.shiftGet, { id }, caller);
  }

  @Patch('shifts/:id')
  @ApiOperation({
    summary: '修改班次，scope=following 同时修改系列中其后的班次 / Edit a shift, or it and the rest of its series',
  })
  @ApiOkResponse({ type: ShiftDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    [
      'SHIFT.NOT_FOUND',
      'SHIFT.CAPACITY_BELOW_CONFIRMED',
      'SHIFT.STARTED',
      'SIGNUP.CLASH',
      'TIME.RANGE_INVALID',
      'SHIFT.TOO_LONG',
    ],
  )
  update(
    @Param('id', uuidPipe) id: string,
    @Query() query: UpdateShiftQuery,
    @Body() changes: UpdateShiftDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(ActivitiesSubjects.shiftUpdate, { id, scope: query.scope ?? 'this', changes }, caller);
  }

  @Get('shifts/:id/roster')
  @ApiOperation({ summary: '班次名单：确认、候补、已签到、缺席 / Roster: confirmed, waitlisted, checked in, no-show' })
  @ApiOkResponse({ type: RosterDto })
  @ApiErrors([400, 401, 403, 404], ['SHIFT.NOT_FOUND'])
  roster(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.shiftRoster, { id }, caller);
  }

  @Post('shifts/:id/signups')
  @HttpCode(201)
  @ApiOperation({ summary: '报名；满员则进入候补 / Sign up; a full shift waitlists' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: SignupResultDto })
  @ApiErrors([400, 401, 403, 404, 409, 422], SIGNUP_CODES)
  signUp(@Param('id', uuidPipe) shiftId: string, @Body() dto: SignupDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.signupCreate, { shiftId, volunteerId: dto.volunteerId }, caller);
  }

  @Delete('shifts/:id/signups/:volunteerId')
  @ApiOperation({
    summary: '取消报名；首位仍符合条件的候补自动递补 / Cancel; the first waitlisted who still fits is promoted',
  })
  @ApiOkResponse({ type: CancelResultDto })
  @ApiErrors(
    [400, 401, 403, 404, 422],
    ['SHIFT.NOT_FOUND', 'SIGNUP.NOT_FOUND', 'SIGNUP.CLOSED', 'SIGNUP.CANCEL_CUTOFF', 'VOLUNTEER.NOT_FOUND'],
  )
  cancel(
    @Param('id', uuidPipe) shiftId: string,
    @Param('volunteerId', uuidPipe) volunteerId: string,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(ActivitiesSubjects.signupCancel, { shiftId, volunteerId }, caller);
  }

  @Post('shifts/:id/check-in')
  @HttpCode(200)
  @ApiOperation({
    summary: '签到：负责人直接签到，志愿者凭 6 位签到码 / Check in: leaders directly, volunteers with the code',
  })
  @ApiOkResponse({ type: AttendanceDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    ['SHIFT.NOT_FOUND', 'CHECKIN.NOT_CONFIRMED', 'CHECKIN.OUTSIDE_WINDOW', 'CHECKIN.CODE_INVALID', 'CHECKIN.ALREADY'],
  )
  checkIn(@Param('id', uuidPipe) shiftId: string, @Body() dto: CheckInDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.checkIn, { shiftId, ...dto }, caller);
  }

  @Post('shifts/:id/check-out')
  @HttpCode(200)
  @ApiOperation({ summary: '签退，生成待审核时长 / Check out; records attendance for the hours ledger' })
  @ApiOkResponse({ type: AttendanceDto })
  @ApiErrors(
    [400, 401, 403, 404, 409],
    ['SHIFT.NOT_FOUND', 'CHECKIN.NOT_CONFIRMED', 'CHECKOUT.NOT_CHECKED_IN', 'CHECKOUT.ALREADY'],
  )
  checkOut(@Param('id', uuidPipe) shiftId: string, @Body() dto: CheckOutDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.checkOut, { shiftId, ...dto }, caller);
  }

  @Get('shifts/:id/check-in-code')
  @ApiOperation({ summary: '签到码与二维码内容 / The shift’s check-in code and QR payload (leaders)' })
  @ApiOkResponse({ type: CheckInCodeDto })
  @ApiErrors([400, 401, 403, 404], ['SHIFT.NOT_FOUND'])
  checkInCode(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.checkInCode, { id }, caller);
  }

  @Post('shifts/:id/messages')
  @HttpCode(201)
  @ApiOperation({ summary: '给名单上所有人发通知 / Message everyone on the roster' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ShiftMessageResultDto })
  @ApiErrors([400, 401, 403, 404], ['SHIFT.NOT_FOUND'])
  message(@Param('id', uuidPipe) shiftId: string, @Body() dto: ShiftMessageDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.messageSend, { shiftId, ...dto }, caller);
  }
}

@ApiTags('volunteers 志愿者')
@Controller()
export class VolunteerScheduleController {
  constructor(private readonly services: ServiceClient) {}

  @Get('volunteers/:id/shifts')
  @ApiOperation({ summary: '我的班次（确认与候补）/ A volunteer’s confirmed and waitlisted shifts' })
  @ApiOkResponse({ type: [VolunteerShiftDto] })
  @ApiErrors([400, 401, 403, 404], ['VOLUNTEER.NOT_FOUND'])
  shifts(
    @Param('id', uuidPipe) volunteerId: string,
    @Query() query: VolunteerShiftsQuery,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(ActivitiesSubjects.volunteerShifts, { volunteerId, ...query }, caller);
  }

  @Get('volunteers/:id/calendar-link')
  @ApiOperation({ summary: '私密 iCal 订阅地址 / The volunteer’s private iCal feed URL' })
  @ApiOkResponse({ type: CalendarLinkDto })
  @ApiErrors([400, 401, 403, 404], ['VOLUNTEER.NOT_FOUND'])
  calendarLink(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.calendarLink, { id }, caller);
  }

  @Get('calendar/:token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({ summary: 'iCal 订阅（公开，令牌即凭证）/ iCal feed (public: the token is the credential)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiErrors([400, 404], ['CALENDAR.NOT_FOUND'])
  async calendar(@Param('token') token: string, @Req() req: Request & { id?: string }) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
      throw new DomainException('CALENDAR.NOT_FOUND', 404, '订阅地址无效 / Unknown calendar feed');
    const { text } = await this.services.send<{ text: string }>(
      ActivitiesSubjects.calendarFeed,
      { token },
      anonymous(req),
    );
    return text;
  }
}

@ApiTags('me 我的')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: '我的通知（最新在前）/ My notifications, newest first' })
  @ApiOkResponse({ type: NotificationPage })
  @ApiErrors([400, 401])
  list(@Query() query: NotificationListQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.notificationList, query, caller);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标为已读 / Mark a notification read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiErrors([400, 401, 403, 404], ['NOTIFICATION.NOT_FOUND', 'ACCESS.NO_VOLUNTEER_PROFILE'])
  read(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(ActivitiesSubjects.notificationRead, { id }, caller);
  }
}
