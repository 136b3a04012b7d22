import { Get, Header, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiSecurity } from '@nestjs/swagger';
import { ActivitiesApi, SHIFT_EDIT_SCOPES } from '#linli/contracts';
import { DomainException, type ServiceClient } from '#linli/platform';
import { ApiErrorsOf } from '../common/api-errors.decorator.js';
import { baseUrlOf, type HttpRequest } from '../common/http.js';
import { anonymous } from '../common/request-context.js';
import { routesController } from '../common/routes.js';

const api = ActivitiesApi.operations;

export const ActivitiesController = routesController('ActivitiesController', 'activities 项目与活动', [
  {
    route: 'POST projects',
    operation: api.projectCreate,
    name: 'createProject',
    status: 201,
    summary: '新建项目 / Create a project in one of the four service domains',
  },
  {
    route: 'GET projects',
    operation: api.projectList,
    name: 'listProjects',
    summary: '项目列表 / List projects (subtree, domain)',
  },
  {
    route: 'POST activities',
    operation: api.activityCreate,
    name: 'createActivity',
    status: 201,
    summary: '新建活动 / Create an activity at a tier node, under a project or team',
  },
  {
    route: 'GET activities',
    operation: api.activityList,
    name: 'listActivities',
    summary: '活动列表 / List activities (subtree, project, team)',
  },
  { route: 'GET activities/:id', operation: api.activityGet, name: 'getActivity', summary: '活动详情 / An activity' },
  {
    route: 'PATCH activities/:id',
    operation: api.activityUpdate,
    name: 'updateActivity',
    summary: '修改活动 / Update an activity',
  },
  {
    route: 'POST activities/:id/shifts',
    operation: api.shiftCreate,
    name: 'createShifts',
    status: 201,
    summary: '发布班次（可按 RRULE 重复）/ Publish a shift or a recurring series in one transaction',
  },
]);

export const ShiftsController = routesController('ShiftsController', 'shifts 班次、报名与签到', [
  {
    route: 'GET shifts',
    operation: api.shiftList,
    name: 'list',
    summary: '班次列表；eligibleFor=me 为“我能报名的班次” / Shifts; eligibleFor=me lists those you can sign up for',
  },
  { route: 'GET shifts/:id', operation: api.shiftGet, name: 'get', summary: '班次详情 / A shift' },
  {
    route: 'PATCH shifts/:id',
    operation: api.shiftUpdate,
    name: 'update',
    summary: '修改班次，scope=following 同时修改系列中其后的班次 / Edit a shift, or it and the rest of its series',
    // `this` when absent; anything but one string is left out, so the service refuses it as invalid.
    from: {
      scope: (req) => {
        const { scope } = req.query as Record<string, unknown>;
        return scope === undefined ? 'this' : typeof scope === 'string' ? scope : undefined;
      },
    },
    docs: [
      ApiQuery({
        name: 'scope',
        required: false,
        enum: SHIFT_EDIT_SCOPES,
        schema: { default: 'this', type: 'string', enum: [...SHIFT_EDIT_SCOPES] },
        description: 'following = 本班次及系列中其后的班次 / this shift and the rest of its series',
      }),
    ],
  },
  {
    route: 'GET shifts/:id/roster',
    operation: api.shiftRoster,
    name: 'roster',
    summary: '班次名单：确认、候补、已签到、缺席 / Roster: confirmed, waitlisted, checked in, no-show',
  },
  {
    route: 'POST shifts/:id/signups',
    operation: api.signupCreate,
    name: 'signUp',
    status: 201,
    summary: '报名；满员则进入候补 / Sign up; a full shift waitlists',
  },
  {
    route: 'DELETE shifts/:id/signups/:volunteerId',
    operation: api.signupCancel,
    name: 'cancel',
    summary: '取消报名；首位仍符合条件的候补自动递补 / Cancel; the first waitlisted who still fits is promoted',
  },
  {
    route: 'POST shifts/:id/check-in',
    operation: api.checkIn,
    name: 'checkIn',
    summary: '签到：负责人直接签到，志愿者凭 6 位签到码 / Check in: leaders directly, volunteers with the code',
  },
  {
    route: 'POST shifts/:id/check-out',
    operation: api.checkOut,
    name: 'checkOut',
    summary: '签退，生成待审核时长 / Check out; records attendance for the hours ledger',
  },
  {
    route: 'GET shifts/:id/check-in-code',
    operation: api.checkInCode,
    name: 'checkInCode',
    summary: '签到码与二维码（SVG 图片）/ The shift’s check-in code and its QR code as an image (leaders)',
    from: { baseUrl: baseUrlOf },
  },
  {
    route: 'GET shifts/:id/check-in-sheet',
    operation: api.checkInSheet,
    name: 'checkInSheet',
    summary: '打印签到单（A4 PDF：二维码与签到码）/ The check-in sheet to print: QR code and code on A4 (leaders)',
    from: { baseUrl: baseUrlOf },
    file: { disposition: 'attachment', produces: ['application/pdf'] },
  },
  {
    route: 'POST shifts/:id/messages',
    operation: api.messageSend,
    name: 'message',
    status: 201,
    summary: '给名单上所有人发通知 / Message everyone on the roster',
  },
]);

const FEED_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The iCal feed answers plain `text/calendar` (cached briefly by calendar apps), not JSON or a
 * download, so it stays a hand-written method; it still calls the declared operation.
 */
class CalendarFeedRoute {
  declare readonly services: ServiceClient;

  @Get('calendar/:token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({ summary: 'iCal 订阅（公开，令牌即凭证）/ iCal feed (public: the token is the credential)' })
  @ApiSecurity({})
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiErrorsOf(api.calendarFeed)
  async calendar(@Param('token') token: string, @Req() req: HttpRequest) {
    if (!FEED_TOKEN.test(token))
      throw new DomainException('CALENDAR.NOT_FOUND', 404, '订阅地址无效 / Unknown calendar feed');
    const { text } = await this.services.call(api.calendarFeed, { token }, anonymous(req));
    return text;
  }
}

export const VolunteerScheduleController = routesController(
  'VolunteerScheduleController',
  'volunteers 志愿者',
  [
    {
      route: 'GET volunteers/:id/shifts',
      operation: api.volunteerShifts,
      name: 'shifts',
      summary: '我的班次（确认与候补）/ A volunteer’s confirmed and waitlisted shifts',
      // The operation answers a list of these.
    },
    {
      route: 'GET volunteers/:id/calendar-link',
      operation: api.calendarLink,
      name: 'calendarLink',
      summary: '私密 iCal 订阅地址 / The volunteer’s private iCal feed URL',
    },
  ],
  CalendarFeedRoute,
);

export const NotificationsController = routesController('NotificationsController', 'me 我的', [
  {
    route: 'GET me/notifications',
    operation: api.notificationList,
    name: 'list',
    summary: '我的通知（最新在前）/ My notifications, newest first',
  },
  {
    route: 'POST me/notifications/:id/read',
    operation: api.notificationRead,
    name: 'read',
    summary: '标为已读 / Mark a notification read',
  },
]);
