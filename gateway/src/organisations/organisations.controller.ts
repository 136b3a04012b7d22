import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangeOrganisationStatusDto,
  CreateOrganisationDto,
  GrowthQuery,
  GrowthReport,
  ListOrganisationsQuery,
  OrganisationDetailDto,
  OrganisationPage,
  OrganisationsSubjects,
  UpdateOrganisationDto,
} from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

@ApiTags('organisations 社区社会组织')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '登记组织 / Register a community organisation' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: OrganisationDetailDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    [
      'TIER.NOT_FOUND',
      'ORGANISATION.NAME_TAKEN',
      'ORGANISATION.FOUNDED_IN_FUTURE',
      'ORGANISATION.JOINED_IN_FUTURE',
      'ORGANISATION.JOINED_BEFORE_FOUNDED',
      'ORGANISATION.DATE_INVALID',
    ],
  )
  create(@Body() dto: CreateOrganisationDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.organisationCreate, dto, caller);
  }

  @Get()
  @ApiOperation({ summary: '组织列表 / List organisations (subtree, type, status, search)' })
  @ApiOkResponse({ type: OrganisationPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  list(@Query() query: ListOrganisationsQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.organisationList, query, caller);
  }

  @Get('growth')
  @ApiOperation({ summary: '组织发展趋势 / Organisation growth per period by type, tier, status or community' })
  @ApiOkResponse({ type: GrowthReport })
  @ApiErrors([400, 401, 403, 404], ['GROWTH.RANGE_INVALID', 'GROWTH.RANGE_TOO_LONG', 'TIER.NOT_FOUND'])
  growth(@Query() query: GrowthQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.growthGet, query, caller);
  }

  @Get(':id')
  @ApiOperation({ summary: '组织详情与状态历史 / An organisation with its status history' })
  @ApiOkResponse({ type: OrganisationDetailDto })
  @ApiErrors([400, 401, 403, 404], ['ORGANISATION.NOT_FOUND'])
  get(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.organisationGet, { id }, caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改组织信息 / Update an organisation (status has its own endpoint)' })
  @ApiOkResponse({ type: OrganisationDetailDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    [
      'ORGANISATION.NOT_FOUND',
      'ORGANISATION.NAME_TAKEN',
      'ORGANISATION.JOINED_BEFORE_FOUNDED',
      'ORGANISATION.DATES_CONFLICT_WITH_HISTORY',
    ],
  )
  update(
    @Param('id', uuidPipe) id: string,
    @Body() changes: UpdateOrganisationDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(OrganisationsSubjects.organisationUpdate, { id, changes }, caller);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: '变更组织状态（留痕）/ Change status with reason and effective date, kept as history' })
  @ApiOkResponse({ type: OrganisationDetailDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    [
      'ORGANISATION.NOT_FOUND',
      'ORGANISATION.STATUS_UNCHANGED',
      'ORGANISATION.DISSOLVED',
      'ORGANISATION.EFFECTIVE_DATE_IN_FUTURE',
      'ORGANISATION.EFFECTIVE_DATE_TOO_EARLY',
    ],
  )
  changeStatus(
    @Param('id', uuidPipe) id: string,
    @Body() change: ChangeOrganisationStatusDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(OrganisationsSubjects.organisationChangeStatus, { id, change }, caller);
  }
}
