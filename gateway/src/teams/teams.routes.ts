import { TeamsApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';

const api = TeamsApi.operations;
const TAG = 'teams 志愿服务队';

export const TeamsController = routesController('TeamsController', TAG, [
  {
    route: 'POST teams',
    operation: api.teamCreate,
    name: 'create',
    status: 201,
    summary: '成立志愿服务队 / Create a volunteer team at a tier node',
  },
  {
    route: 'GET teams',
    operation: api.teamList,
    name: 'list',
    summary: '服务队列表 / List teams (subtree, organisation, status, search)',
  },
  { route: 'GET teams/:id', operation: api.teamGet, name: 'get', summary: '服务队详情 / A team' },
  {
    route: 'PATCH teams/:id',
    operation: api.teamUpdate,
    name: 'update',
    summary: '修改或解散服务队 / Update a team; status dissolved ends every membership',
  },
  {
    route: 'POST teams/:id/members',
    operation: api.memberAdd,
    name: 'addMember',
    status: 201,
    summary: '队员入队 / Add a member or leader (leads in the subtree, or a leader of this team)',
  },
  {
    route: 'DELETE teams/:id/members/:volunteerId',
    operation: api.memberRemove,
    name: 'removeMember',
    summary: '队员离队（保留历史）/ Remove a member; the stint stays in the history',
  },
  {
    route: 'GET teams/:id/members',
    operation: api.memberList,
    name: 'members',
    summary: '队员名册 / Roster: current members, or with include=all every past stint',
  },
]);

export const VolunteerTeamsController = routesController('VolunteerTeamsController', TAG, [
  {
    route: 'GET volunteers/:id/teams',
    operation: api.volunteerTeamsList,
    name: 'teams',
    summary: '志愿者所在服务队（含历史）/ A volunteer’s teams, current and past',
  },
]);
