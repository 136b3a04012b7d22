import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import {
  GetVolunteerQuery,
  IMPORT_BATCH_ROWS,
  ImportJobDto,
  ImportQuery,
  ImportResultDto,
  JoinedDto,
  JoinStationDto,
  ListVolunteersQuery,
  RecruiterDto,
  RecruitersQuery,
  RegisteredVolunteerDto,
  RegisterVolunteerDto,
  UpdateVolunteerDto,
  VolunteerDto,
  VolunteerPage,
  VolunteersSubjects,
  type ImportBatchResult,
  type ImportRejection,
  type ImportRowDto,
} from '#linli/contracts';
import { DomainException, HEADER, ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { anonymous, clientAddress, HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { readLayout, readSheet, receiveUpload, removeUpload } from './import-upload.js';

const ID_CODES = [
  'VOLUNTEER.ID_NUMBER_INVALID',
  'VOLUNTEER.ID_CHECKSUM',
  'VOLUNTEER.ID_BIRTH_DATE',
  'VOLUNTEER.ID_SEX_MISMATCH',
  'VOLUNTEER.ID_BIRTH_DATE_MISMATCH',
  'VOLUNTEER.BIRTH_DATE_INVALID',
  'VOLUNTEER.FIELD_REQUIRED',
];
const REGISTER_CODES = [
  ...ID_CODES,
  'TIER.NOT_FOUND',
  'VOLUNTEER.DUPLICATE',
  'VOLUNTEER.GUARDIAN_REQUIRED',
  'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED',
  'VOLUNTEER.RECRUITER_NOT_FOUND',
];
const BATCH_TIMEOUT_MS = 60_000;
const MAX_REJECTIONS = 1000;

@ApiTags('volunteers 志愿者')
@Controller()
export class VolunteersController {
  constructor(private readonly services: ServiceClient) {}

  @Post('volunteers')
  @HttpCode(201)
  @ApiOperation({
    summary: '实名登记志愿者 / Register a volunteer (real name) at a tier node; returns an activation code',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: RegisteredVolunteerDto })
  @ApiErrors([400, 401, 403, 404, 409, 422], REGISTER_CODES)
  register(@Body() dto: RegisterVolunteerDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.register, dto, caller);
  }

  @Get('volunteers')
  @ApiOperation({
    summary: '志愿者查询 / Search volunteers in your subtree (name, phone tail, skill, team, age band, status)',
    description:
      '`teamId` finds the current members of a team (志愿服务队, `/teams/{id}/members`); membership changes reach this ' +
      'search through events, within moments. `teamName` matches the team name recorded on the profile at import.',
  })
  @ApiOkResponse({ type: VolunteerPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  list(@Query() query: ListVolunteersQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.list, query, caller);
  }

  @Get('volunteers/recruiters')
  @ApiOperation({ summary: '推荐人排行 / Top recruiters: who brought the most volunteers in' })
  @ApiOkResponse({ type: [RecruiterDto] })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  recruiters(@Query() query: RecruitersQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.recruiters, query, caller);
  }

  @Post('volunteers/import')
  @HttpCode(201)
  @ApiOperation({
    summary: '批量导入志愿者（CSV / XLSX）/ Import volunteers from CSV or XLSX',
    description:
      'Columns: 姓名, 性别, 身份证号, 手机号, 所属村/社区, 技能, 志愿服务队 (optional 监护人姓名, 监护人手机号, 监护人关系). ' +
      'Raw body (text/csv or the XLSX type) or multipart/form-data with one file; up to 20 MB. Rows are matched by ID number: ' +
      'a second run of the same file creates nothing. `dryRun=true` reports without writing.',
  })
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiPayloadTooLargeResponse({ description: 'IMPORT.TOO_LARGE: over 20 MB' })
  @ApiErrors(
    [400, 401, 403],
    ['IMPORT.UNSUPPORTED_TYPE', 'IMPORT.EMPTY', 'IMPORT.UNKNOWN_HEADERS', 'IMPORT.MISSING_HEADERS'],
  )
  async import(
    @Query() query: ImportQuery,
    @Req() req: Request,
    @HttpCaller() caller: CallerContext,
  ): Promise<ImportResultDto> {
    const upload = await receiveUpload(req);
    let importId: string | undefined;
    try {
      const layout = await readLayout(upload);
      const job = await this.services.send<ImportJobDto>(
        VolunteersSubjects.importStart,
        {
          ...(query.importId ? { id: query.importId } : {}),
          format: upload.format,
          dryRun: query.dryRun === 'true',
          fileName: upload.fileName?.slice(0, 255),
          total: layout.total,
        },
        caller,
      );
      importId = job.id;
      const rejected: ImportRejection[] = [];
      let rejectedCount = 0;
      const keep = (r: ImportRejection[]) => {
        rejectedCount += r.length;
        for (const item of r) if (rejected.length < MAX_REJECTIONS) rejected.push(item);
      };
      // Repeats within the file are caught here, where the whole file passes by; the service catches repeats of stored rows.
      const firstById = new Map<string, number>();
      const firstByPhone = new Map<string, number>();
      let batch: ImportRowDto[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const result = await this.services.send<ImportBatchResult>(
          VolunteersSubjects.importRows,
          { importId, rows: batch },
          caller,
          BATCH_TIMEOUT_MS,
        );
        keep(result.rejected);
        batch = [];
      };
      let header = true;
      for await (const { line, cells } of readSheet(upload, layout.encoding)) {
        if (header) {
          header = false;
          continue;
        }
        const row: ImportRowDto = { row: line };
        layout.columns.forEach((field, i) => {
          if (field && cells[i] !== undefined && cells[i].trim() !== '') row[field] = cells[i].trim().slice(0, 1000);
        });
        const idKey = row.idNumber?.replace(/\s+/g, '').toUpperCase();
        const first = (idKey && firstById.get(idKey)) || (row.phone && firstByPhone.get(row.phone));
        if (first) {
          keep([{ row: line, code: 'IMPORT.DUPLICATE_ROW', message: `与第 ${first} 行重复 / Repeats row ${first}` }]);
          continue;
        }
        if (idKey) firstById.set(idKey, line);
        if (row.phone) firstByPhone.set(row.phone, line);
        batch.push(row);
        if (batch.length >= IMPORT_BATCH_ROWS) await flush();
      }
      await flush();
      const done = await this.services.send<ImportJobDto>(VolunteersSubjects.importFinish, { importId }, caller);
      // Rows refused in the gateway never reached the job's counters.
      return { ...done, rejectedCount, rejected: rejected.sort((a, b) => a.row - b.row) };
    } catch (error) {
      if (importId) {
        const code = error instanceof DomainException ? error.code : 'INTERNAL';
        await this.services
          .send(VolunteersSubjects.importFinish, { importId, errorCode: code }, caller)
          .catch(() => undefined);
      }
      throw error;
    } finally {
      await removeUpload(upload);
    }
  }

  @Get('volunteers/imports/:id')
  @ApiOperation({ summary: '导入进度 / Progress of an import (processed of total)' })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiErrors([400, 401, 403, 404], ['IMPORT.NOT_FOUND'])
  importStatus(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.importGet, { id }, caller);
  }

  @Get('volunteers/:id')
  @ApiOperation({
    summary: '志愿者详情 / A volunteer (ID number masked; ?reveal=idNumber reads it in full and is audited)',
    description:
      '完整证件号仅站长与本人可读，每次读取记入审计日志 / Full reads: station head and the volunteer; every one audited.',
  })
  @ApiOkResponse({ type: VolunteerDto })
  @ApiErrors([400, 401, 403, 404], ['VOLUNTEER.NOT_FOUND', 'VOLUNTEER.REVEAL_FORBIDDEN'])
  get(@Param('id', uuidPipe) id: string, @Query() query: GetVolunteerQuery, @HttpCaller() caller: CallerContext) {
    const reveal = query.reveal ? [...new Set(query.reveal.split(','))] : [];
    return this.services.send(VolunteersSubjects.get, { id, reveal }, caller);
  }

  @Patch('volunteers/:id')
  @ApiOperation({ summary: '修改志愿者信息 / Update a volunteer (volunteers: own skills and available times only)' })
  @ApiOkResponse({ type: VolunteerDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    ['VOLUNTEER.NOT_FOUND', 'VOLUNTEER.DUPLICATE', 'VOLUNTEER.FIELD_FORBIDDEN', 'VOLUNTEER.GUARDIAN_REQUIRED'],
  )
  update(@Param('id', uuidPipe) id: string, @Body() changes: UpdateVolunteerDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.update, { id, changes }, caller);
  }

  @Post('volunteers/:id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: '确认自助报名的志愿者 / Confirm a self-registered (pending) volunteer' })
  @ApiOkResponse({ type: VolunteerDto })
  @ApiErrors([400, 401, 403, 404, 409], ['VOLUNTEER.NOT_FOUND', 'VOLUNTEER.NOT_PENDING'])
  confirm(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(VolunteersSubjects.confirm, { id }, caller);
  }

  @Post('stations/:stationId/join')
  @HttpCode(201)
  @ApiOperation({
    summary: '通过站点报名链接自助登记（无需登录）/ Self-register through a station’s join link (public)',
    description:
      'Pending until a leader at the node confirms; the account is active with the chosen password. Throttled per address.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: JoinedDto })
  @ApiTooManyRequestsResponse({ description: 'JOIN.TOO_MANY_ATTEMPTS; see Retry-After' })
  @ApiErrors([400, 404, 409, 422, 429], [...REGISTER_CODES, 'JOIN.TOO_MANY_ATTEMPTS'])
  join(@Param('stationId', uuidPipe) stationId: string, @Body() registration: JoinStationDto, @Req() req: Request) {
    const key = req.header(HEADER.idempotencyKey)?.slice(0, 200);
    return this.services.send(
      VolunteersSubjects.join,
      { stationId, registration, address: clientAddress(req).slice(0, 64), ...(key ? { idempotencyKey: key } : {}) },
      anonymous(req) as CallerContext,
    );
  }
}
