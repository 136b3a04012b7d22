import { OrganisationsApi } from '#linli/contracts';
import { routesController } from '../common/routes.js';

const api = OrganisationsApi.operations;

export const OrganisationsController = routesController('OrganisationsController', 'organisations 社区社会组织', [
  {
    route: 'POST organisations',
    operation: api.organisationCreate,
    name: 'create',
    status: 201,
    summary: '登记组织 / Register a community organisation',
  },
  {
    route: 'GET organisations',
    operation: api.organisationList,
    name: 'list',
    summary: '组织列表 / List organisations (subtree, type, status, search)',
  },
  // Before `organisations/:id`, so `growth` is not read as an id.
  {
    route: 'GET organisations/growth',
    operation: api.growthGet,
    name: 'growth',
    summary: '组织发展趋势 / Organisation growth per period by type, tier, status or community',
  },
  {
    route: 'GET organisations/:id',
    operation: api.organisationGet,
    name: 'get',
    summary: '组织详情与状态历史 / An organisation with its status history',
  },
  {
    route: 'PATCH organisations/:id',
    operation: api.organisationUpdate,
    name: 'update',
    summary: '修改组织信息 / Update an organisation (status has its own endpoint)',
  },
  {
    route: 'POST organisations/:id/status',
    operation: api.organisationChangeStatus,
    name: 'changeStatus',
    summary: '变更组织状态（留痕）/ Change status with reason and effective date, kept as history',
  },
  {
    route: 'GET reports/coverage',
    operation: api.coverageGet,
    name: 'villageCoverage',
    summary:
      '村级覆盖：期内每个村的组织、志愿者、队伍、活动、时长与服务对象 / Every village with what it holds and did in the period',
  },
  {
    route: 'GET reports/coverage/export',
    operation: api.coverageExport,
    name: 'villageCoverageExport',
    summary: '村级覆盖导出（XLSX 或 CSV）/ Village coverage as XLSX or CSV',
    file: {
      disposition: 'attachment',
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
  },
  {
    route: 'GET reports/bureau',
    operation: api.bureauReportGet,
    name: 'bureauReport',
    summary:
      '民政局月报/年报：组织、志愿者、时长、活动与证明 / The monthly or yearly report for the civil affairs bureau',
  },
  {
    route: 'GET reports/bureau/export',
    operation: api.bureauReportExport,
    name: 'bureauReportExport',
    summary: '民政局报表导出（A4 PDF 或 XLSX）/ The bureau report as a printable PDF or XLSX',
    file: {
      disposition: 'attachment',
      produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
  },
  {
    route: 'GET bureau/stations',
    operation: api.bureauRollup,
    name: 'bureauRollup',
    summary:
      '民政局督导：所督导各站的汇总数字 / A bureau officer’s roll-up of the stations they supervise (counts only)',
  },
  {
    route: 'GET bureau/stations/:stationId/report',
    operation: api.bureauStationReport,
    name: 'bureauStationReport',
    summary: '所督导社工站的民政局报表 / One supervised station’s bureau report',
  },
  {
    route: 'GET bureau/stations/:stationId/report/export',
    operation: api.bureauStationExport,
    name: 'bureauStationExport',
    summary: '所督导社工站的报表导出（PDF 或 XLSX）/ One supervised station’s report as PDF or XLSX',
    file: {
      disposition: 'attachment',
      produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
  },
]);
