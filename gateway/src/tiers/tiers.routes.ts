import { OrganisationsApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';

const api = OrganisationsApi.operations;

export const TiersController = routesController('TiersController', 'tiers 三级服务体系', [
  {
    route: 'GET tiers/tree',
    operation: api.tierTree,
    name: 'tree',
    summary: '层级树 / The tier tree you can see, with organisation counts',
    // The answer is a list of root nodes, which an operation's single response class cannot say.
  },
  {
    route: 'POST tiers',
    operation: api.tierCreate,
    name: 'create',
    status: 201,
    summary: '新建社区或村节点 / Create a community or village node',
  },
  { route: 'GET tiers/:id', operation: api.tierGet, name: 'get', summary: '节点详情 / A tier node' },
  {
    route: 'PATCH tiers/:id',
    operation: api.tierUpdate,
    name: 'update',
    summary: '重命名节点 / Rename a node or change its code',
  },
]);
