import { IdentityApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';

const api = IdentityApi.operations;

export const StationsController = routesController('StationsController', 'stations 社工站', [
  {
    route: 'POST stations',
    operation: api.stationCreate,
    name: 'create',
    status: 201,
    summary: '开通社工站（平台管理员）/ Open a station with its root node and first head (platform admin)',
  },
  {
    route: 'GET stations',
    operation: api.stationList,
    name: 'list',
    summary: '社工站列表 / Stations you can see',
  },
  {
    route: 'POST bureau-officers',
    operation: api.bureauOfficerCreate,
    name: 'createBureauOfficer',
    status: 201,
    summary: '开通民政局督导账号（平台管理员）/ Open a bureau officer’s account over several stations (platform admin)',
  },
  {
    route: 'GET bureau-officers',
    operation: api.bureauOfficerList,
    name: 'listBureauOfficers',
    summary: '民政局督导账号列表（平台管理员）/ Bureau officers and the stations they supervise',
  },
  {
    route: 'PUT bureau-officers/:id/stations',
    operation: api.bureauOfficerStations,
    name: 'setBureauOfficerStations',
    summary: '调整督导的社工站（平台管理员）/ Replace the stations an officer supervises',
  },
]);

export const UsersController = routesController('UsersController', 'users 账号', [
  {
    route: 'POST users',
    operation: api.userCreate,
    name: 'create',
    status: 201,
    summary: '登记账号，返回一次性激活码 / Register an account; returns its one-time activation code',
  },
  {
    route: 'GET users',
    operation: api.userList,
    name: 'list',
    summary: '您管理范围内有授权的账号 / Accounts with a grant in your subtree',
  },
]);

export const GrantsController = routesController('GrantsController', 'grants 授权', [
  {
    route: 'POST grants',
    operation: api.grantCreate,
    name: 'create',
    status: 201,
    summary: '在节点授予角色（含下级）/ Grant a role at a node (covers its subtree)',
  },
  {
    route: 'DELETE grants/:id',
    operation: api.grantDelete,
    name: 'revoke',
    summary: '撤销授权 / Revoke a grant',
  },
]);
