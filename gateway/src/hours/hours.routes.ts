import { ApiParam } from '@nestjs/swagger';
import { CERTIFICATE_NUMBER_PATTERN, HoursApi } from '#linli/contracts';
import { DomainException } from '#linli/platform';
import { baseUrlOf } from '../common/http.js';
import { routesController } from '../common/routes.js';

const api = HoursApi.operations;

/** A number that cannot be a certificate's is simply not found, before any call. */
function certificateNumber(value: string): string {
  if (!CERTIFICATE_NUMBER_PATTERN.test(value)) {
    throw new DomainException('CERTIFICATE.NOT_FOUND', 404, '证明不存在 / Certificate not found', { number: value });
  }
  return value;
}

export const HoursController = routesController('HoursController', 'hours 服务时长', [
  {
    route: 'GET volunteers/:id/hours',
    operation: api.summaryGet,
    name: 'volunteerHours',
    summary: '志愿者时长、星级与记录 / A volunteer’s approved and pending minutes, star level and every entry',
  },
  {
    route: 'POST hours',
    operation: api.entryCreate,
    name: 'create',
    status: 201,
    summary: '负责人补录班次外的服务 / A leader records service outside a shift (pending)',
  },
  {
    route: 'GET hours',
    operation: api.entryList,
    name: 'list',
    summary: '待审核队列（本辖区）/ The pending queue (or another status) in your subtree, paged',
  },
  {
    route: 'GET hours/export',
    operation: api.exportBuild,
    name: 'export',
    summary: '按志愿者/队伍/项目/村导出时长 / Hours by volunteer, team, project or village as CSV or XLSX',
    file: {
      disposition: 'attachment',
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
  },
  {
    route: 'GET hours/export/national',
    operation: api.nationalExport,
    name: 'exportNational',
    summary:
      '导出全国志愿服务信息系统格式（站长；含完整证件号码，逐人记入审计）/ Volunteers and approved records in the national volunteer information system’s import format (station head; full ID numbers, each audited)',
    file: {
      disposition: 'attachment',
      produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
    },
  },
  {
    route: 'GET hours/settings',
    operation: api.settingsGet,
    name: 'settings',
    summary: '本站时长设置 / The station’s hours settings (share rule, star thresholds, certificate issuer)',
  },
  {
    route: 'PUT hours/settings',
    operation: api.settingsUpdate,
    name: 'updateSettings',
    summary: '修改本站时长设置（站长）/ Change the station’s hours settings (station head)',
  },
  {
    route: 'POST hours/approve',
    operation: api.entryApproveMany,
    name: 'approveMany',
    summary: '批量审核通过 / Approve many entries; the outcome of each id is reported',
  },
  {
    route: 'POST hours/:id/approve',
    operation: api.entryApprove,
    name: 'approve',
    summary: '审核通过（可延长超出班次的时长）/ Approve an entry; `minutes` extends it beyond the shift length',
  },
  {
    route: 'POST hours/:id/reject',
    operation: api.entryReject,
    name: 'reject',
    summary: '驳回 / Reject an entry with a reason',
  },
  {
    route: 'POST hours/:id/corrections',
    operation: api.correctionRequest,
    name: 'requestCorrection',
    status: 201,
    summary:
      '申请更正（追加一条关联记录，原记录不变）/ Ask for a correction: a new linked entry, the old one unchanged',
  },
  {
    route: 'POST hours/corrections/:id/accept',
    operation: api.correctionAccept,
    name: 'acceptCorrection',
    summary: '接受更正（更正记录取代原记录）/ Accept a correction: it counts in place of the old entry',
  },
  {
    route: 'POST hours/corrections/:id/refuse',
    operation: api.correctionRefuse,
    name: 'refuseCorrection',
    summary: '拒绝更正 / Refuse a correction (the old entry stands)',
  },
]);

export const CertificatesController = routesController('CertificatesController', 'certificates 志愿服务证明', [
  {
    route: 'POST volunteers/:id/certificates',
    operation: api.certificateIssue,
    name: 'issue',
    status: 201,
    summary: '出具志愿服务证明 / Issue a certificate for a period (the volunteer, or a leader for them)',
  },
  {
    route: 'GET certificates/verify/:code',
    operation: api.certificateVerify,
    name: 'verify',
    summary: '公开核验证明（无需登录）/ Public check: what it certifies and whether it still stands',
    check: { code: (code) => code.slice(0, 64) },
    docs: [ApiParam({ name: 'code', example: '7K3QH2M9XW4C' })],
  },
  {
    route: 'GET certificates/:number.pdf',
    operation: api.certificatePdf,
    name: 'pdf',
    summary: '证明 PDF（志愿者本人或辖区负责人）/ The certificate as PDF (the volunteer, leaders in subtree)',
    check: { number: certificateNumber },
    from: { baseUrl: baseUrlOf },
    file: { disposition: 'inline', produces: ['application/pdf'] },
    docs: [ApiParam({ name: 'number', example: 'JL-2021-000123' })],
  },
  {
    route: 'POST certificates/:number/revoke',
    operation: api.certificateRevoke,
    name: 'revoke',
    summary: '撤销证明 / Revoke a certificate (leaders in subtree); the public check then says so',
    check: { number: certificateNumber },
  },
]);
