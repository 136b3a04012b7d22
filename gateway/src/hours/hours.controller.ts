import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ApproveHoursDto,
  BulkApproveDto,
  BulkApproveResult,
  CERTIFICATE_NUMBER_PATTERN,
  CertificateIssuedDto,
  CertificateVerificationDto,
  CreateHoursEntryDto,
  HoursEntryDto,
  HoursEntryPage,
  HoursExportQuery,
  HoursPeriodQuery,
  HoursQueueQuery,
  HoursSettingsDto,
  HoursSettingsView,
  HoursSubjects,
  IssueCertificateDto,
  OptionalReasonDto,
  ReasonDto,
  RequestCorrectionDto,
  RevokeCertificateDto,
  VolunteerHoursDto,
  type FileReply,
} from '#linli/contracts';
import { DomainException, ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { anonymous, HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

/** Sends a file a service built as the response body, with its own content type. */
function sendFile(res: Response, file: FileReply, disposition: 'inline' | 'attachment') {
  const body = Buffer.from(file.base64, 'base64');
  res
    .status(200)
    .type(file.contentType)
    .setHeader('Content-Disposition', `${disposition}; filename="${file.filename}"`)
    .setHeader('Cache-Control', 'private, no-store')
    .send(body);
}

function certificateNumber(value: string): string {
  if (!CERTIFICATE_NUMBER_PATTERN.test(value)) {
    throw new DomainException('CERTIFICATE.NOT_FOUND', 404, '证明不存在 / Certificate not found', { number: value });
  }
  return value;
}

@ApiTags('hours 服务时长')
@Controller()
export class HoursController {
  constructor(private readonly services: ServiceClient) {}

  @Get('volunteers/:id/hours')
  @ApiOperation({
    summary: '志愿者时长、星级与记录 / A volunteer’s approved and pending minutes, star level and every entry',
  })
  @ApiOkResponse({ type: VolunteerHoursDto })
  @ApiErrors([400, 401, 403, 404], ['HOURS.VOLUNTEER_NOT_FOUND', 'HOURS.RANGE_INVALID'])
  volunteerHours(
    @Param('id', uuidPipe) id: string,
    @Query() query: HoursPeriodQuery,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(HoursSubjects.volunteerHours, { ...query, volunteerId: id }, caller);
  }

  @Post('hours')
  @HttpCode(201)
  @ApiOperation({ summary: '负责人补录班次外的服务 / A leader records service outside a shift (pending)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: HoursEntryDto })
  @ApiErrors([400, 401, 403, 404, 422], ['HOURS.VOLUNTEER_NOT_FOUND', 'HOURS.DATE_IN_FUTURE', 'TIER.NOT_FOUND'])
  create(@Body() dto: CreateHoursEntryDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.entryCreate, dto, caller);
  }

  @Get('hours')
  @ApiOperation({ summary: '待审核队列（本辖区）/ The pending queue (or another status) in your subtree, paged' })
  @ApiOkResponse({ type: HoursEntryPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  list(@Query() query: HoursQueueQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.entryList, query, caller);
  }

  @Get('hours/export')
  @ApiOperation({
    summary: '按志愿者/队伍/项目/村导出时长 / Hours by volunteer, team, project or village as CSV or XLSX',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors([400, 401, 403], ['HOURS.RANGE_INVALID'])
  async export(@Query() query: HoursExportQuery, @HttpCaller() caller: CallerContext, @Res() res: Response) {
    sendFile(res, await this.services.send<FileReply>(HoursSubjects.exportBuild, query, caller), 'attachment');
  }

  @Get('hours/settings')
  @ApiOperation({
    summary: '本站时长设置 / The station’s hours settings (share rule, star thresholds, certificate issuer)',
  })
  @ApiOkResponse({ type: HoursSettingsView })
  @ApiErrors([401, 403])
  settings(@HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.settingsGet, {}, caller);
  }

  @Put('hours/settings')
  @ApiOperation({ summary: '修改本站时长设置（站长）/ Change the station’s hours settings (station head)' })
  @ApiOkResponse({ type: HoursSettingsView })
  @ApiErrors([400, 401, 403])
  updateSettings(@Body() dto: HoursSettingsDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.settingsUpdate, dto, caller);
  }

  @Post('hours/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '批量审核通过 / Approve many entries; the outcome of each id is reported' })
  @ApiOkResponse({ type: BulkApproveResult })
  @ApiErrors([400, 401, 403])
  approveMany(@Body() dto: BulkApproveDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.entryApproveMany, dto, caller);
  }

  @Post('hours/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: '审核通过（可延长超出班次的时长）/ Approve an entry; `minutes` extends it beyond the shift length',
  })
  @ApiOkResponse({ type: HoursEntryDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    [
      'HOURS.ENTRY_NOT_FOUND',
      'HOURS.ALREADY_DECIDED',
      'HOURS.NOT_PENDING',
      'HOURS.SUPERSEDED',
      'HOURS.IS_CORRECTION',
      'HOURS.EXTENSION_INVALID',
    ],
  )
  approve(@Param('id', uuidPipe) id: string, @Body() decision: ApproveHoursDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.entryApprove, { id, decision }, caller);
  }

  @Post('hours/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回 / Reject an entry with a reason' })
  @ApiOkResponse({ type: HoursEntryDto })
  @ApiErrors(
    [400, 401, 403, 404, 409],
    ['HOURS.ENTRY_NOT_FOUND', 'HOURS.ALREADY_DECIDED', 'HOURS.SUPERSEDED', 'HOURS.IS_CORRECTION'],
  )
  reject(@Param('id', uuidPipe) id: string, @Body() body: ReasonDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.entryReject, { id, body }, caller);
  }

  @Post('hours/:id/corrections')
  @HttpCode(201)
  @ApiOperation({
    summary:
      '申请更正（追加一条关联记录，原记录不变）/ Ask for a correction: a new linked entry, the old one unchanged',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: HoursEntryDto })
  @ApiErrors([400, 401, 403, 404, 409], ['HOURS.ENTRY_NOT_FOUND', 'HOURS.CORRECTION_OPEN', 'HOURS.SUPERSEDED'])
  requestCorrection(
    @Param('id', uuidPipe) id: string,
    @Body() correction: RequestCorrectionDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(HoursSubjects.correctionRequest, { id, correction }, caller);
  }

  @Post('hours/corrections/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '接受更正（更正记录取代原记录）/ Accept a correction: it counts in place of the old entry' })
  @ApiOkResponse({ type: HoursEntryDto })
  @ApiErrors([400, 401, 403, 404, 409], ['HOURS.NOT_A_CORRECTION', 'HOURS.ALREADY_DECIDED', 'HOURS.SUPERSEDED'])
  acceptCorrection(
    @Param('id', uuidPipe) id: string,
    @Body() body: OptionalReasonDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(HoursSubjects.correctionAccept, { id, body }, caller);
  }

  @Post('hours/corrections/:id/refuse')
  @HttpCode(200)
  @ApiOperation({ summary: '拒绝更正 / Refuse a correction (the old entry stands)' })
  @ApiOkResponse({ type: HoursEntryDto })
  @ApiErrors([400, 401, 403, 404, 409], ['HOURS.NOT_A_CORRECTION', 'HOURS.ALREADY_DECIDED'])
  refuseCorrection(
    @Param('id', uuidPipe) id: string,
    @Body() body: OptionalReasonDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(HoursSubjects.correctionRefuse, { id, body }, caller);
  }
}

@ApiTags('certificates 志愿服务证明')
@Controller()
export class CertificatesController {
  constructor(private readonly services: ServiceClient) {}

  @Post('volunteers/:id/certificates')
  @HttpCode(201)
  @ApiOperation({
    summary: '出具志愿服务证明 / Issue a certificate for a period (the volunteer, or a leader for them)',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CertificateIssuedDto })
  @ApiErrors([400, 401, 403, 404, 422], ['HOURS.VOLUNTEER_NOT_FOUND', 'CERTIFICATE.NO_APPROVED_HOURS'])
  issue(@Param('id', uuidPipe) id: string, @Body() period: IssueCertificateDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.certificateIssue, { volunteerId: id, period }, caller);
  }

  @Get('certificates/verify/:code')
  @ApiSecurity({})
  @ApiOperation({ summary: '公开核验证明（无需登录）/ Public check: what it certifies and whether it still stands' })
  @ApiParam({ name: 'code', example: '7K3QH2M9XW4C' })
  @ApiOkResponse({ type: CertificateVerificationDto })
  @ApiErrors([404], ['CERTIFICATE.CODE_UNKNOWN'])
  verify(@Param('code') code: string, @Req() req: Request & { id?: string }) {
    return this.services.send(HoursSubjects.certificateVerify, { code: code.slice(0, 64) }, anonymous(req));
  }

  @Get('certificates/:number.pdf')
  @ApiOperation({
    summary: '证明 PDF（志愿者本人或辖区负责人）/ The certificate as PDF (the volunteer, leaders in subtree)',
  })
  @ApiParam({ name: 'number', example: 'JL-2021-000123' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiErrors([401, 403, 404], ['CERTIFICATE.NOT_FOUND'])
  async pdf(
    @Param('number') number: string,
    @HttpCaller() caller: CallerContext,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const baseUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const file = await this.services.send<FileReply>(
      HoursSubjects.certificatePdf,
      { number: certificateNumber(number), ...(/^https?:\/\/[^\s/]+$/.test(baseUrl) ? { baseUrl } : {}) },
      caller,
    );
    sendFile(res, file, 'inline');
  }

  @Post('certificates/:number/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: '撤销证明 / Revoke a certificate (leaders in subtree); the public check then says so' })
  @ApiOkResponse({ type: CertificateVerificationDto })
  @ApiErrors([400, 401, 403, 404, 409], ['CERTIFICATE.NOT_FOUND', 'CERTIFICATE.ALREADY_REVOKED'])
  revoke(@Param('number') number: string, @Body() body: RevokeCertificateDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(HoursSubjects.certificateRevoke, { number: certificateNumber(number), body }, caller);
  }
}
