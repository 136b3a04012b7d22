import { ApiOperation, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { VolunteersApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';
import { clientAddress } from '../common/request-context.js';
import { ImportUploadRoute } from './import-upload.js';

const api = VolunteersApi.operations;
const TAG = 'volunteers 志愿者';

const LIST_SUMMARY = '志愿者查询 / Search volunteers in your subtree (name, phone tail, skill, team, age band, status)';
const GET_SUMMARY = '志愿者详情 / A volunteer (ID number masked; ?reveal=idNumber reads it in full and is audited)';
const JOIN_SUMMARY = '通过站点报名链接自助登记（无需登录）/ Self-register through a station’s join link (public)';

/** Registration, search, privacy, self-registration; `POST volunteers/import` is the hand-written upload route. */
export const VolunteersController = routesController(
  'VolunteersController',
  TAG,
  [
    {
      route: 'POST volunteers',
      operation: api.register,
      name: 'register',
      status: 201,
      summary: '实名登记志愿者 / Register a volunteer (real name) at a tier node; returns an activation code',
    },
    {
      route: 'GET volunteers',
      operation: api.list,
      name: 'list',
      summary: LIST_SUMMARY,
      docs: [
        ApiOperation({
          summary: LIST_SUMMARY,
          description:
            '`teamId` finds the current members of a team (志愿服务队, `/teams/{id}/members`); membership changes reach this ' +
            'search through events, within moments. `teamName` matches the team name recorded on the profile at import.',
        }),
      ],
    },
    {
      route: 'GET volunteers/recruiters',
      operation: api.recruiters,
      name: 'recruiters',
      summary: '推荐人排行 / Top recruiters: who brought the most volunteers in',
    },
    {
      route: 'GET volunteers/imports/:id',
      operation: api.importGet,
      name: 'importStatus',
      summary: '导入进度 / Progress of an import (processed of total)',
    },
    {
      route: 'GET volunteers/:id',
      operation: api.get,
      name: 'get',
      summary: GET_SUMMARY,
      docs: [
        ApiOperation({
          summary: GET_SUMMARY,
          description:
            '完整证件号仅站长与本人可读，每次读取记入审计日志 / Full reads: station head and the volunteer; every one audited.',
        }),
      ],
    },
    {
      route: 'PATCH volunteers/:id',
      operation: api.update,
      name: 'update',
      summary: '修改志愿者信息 / Update a volunteer (volunteers: own skills and available times only)',
    },
    {
      route: 'POST volunteers/:id/confirm',
      operation: api.confirm,
      name: 'confirm',
      summary: '确认自助报名的志愿者 / Confirm a self-registered (pending) volunteer',
    },
    {
      route: 'POST stations/:stationId/join',
      operation: api.join,
      name: 'join',
      status: 201,
      summary: JOIN_SUMMARY,
      from: { address: (req) => clientAddress(req).slice(0, 64) },
      docs: [
        ApiOperation({
          summary: JOIN_SUMMARY,
          description:
            'Pending until a leader at the node confirms; the account is active with the chosen password. Throttled per address.',
        }),
        ApiTooManyRequestsResponse({ description: 'JOIN.TOO_MANY_ATTEMPTS; see Retry-After' }),
      ],
    },
  ],
  ImportUploadRoute,
);
