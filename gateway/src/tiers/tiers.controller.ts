import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateTierNodeDto,
  OrganisationsSubjects,
  TierNodeDto,
  TierTreeNodeDto,
  UpdateTierNodeDto,
} from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

@ApiTags('tiers 三级服务体系')
@Controller('tiers')
export class TiersController {
  constructor(private readonly services: ServiceClient) {}

  @Get('tree')
  @ApiOperation({ summary: '层级树 / The tier tree you can see, with organisation counts' })
  @ApiOkResponse({ type: [TierTreeNodeDto] })
  @ApiErrors([401, 403])
  tree(@HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.tierTree, {}, caller);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '新建社区或村节点 / Create a community or village node' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: TierNodeDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    ['TIER.PARENT_NOT_FOUND', 'TIER.LEVEL_NOT_ALLOWED', 'TIER.NAME_TAKEN', 'TIER.CODE_TAKEN'],
  )
  create(@Body() dto: CreateTierNodeDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.tierCreate, dto, caller);
  }

  @Get(':id')
  @ApiOperation({ summary: '节点详情 / A tier node' })
  @ApiOkResponse({ type: TierNodeDto })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  get(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.tierGet, { id }, caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: '重命名节点 / Rename a node or change its code' })
  @ApiOkResponse({ type: TierNodeDto })
  @ApiErrors([400, 401, 403, 404, 409], ['TIER.NOT_FOUND', 'TIER.NAME_TAKEN', 'TIER.CODE_TAKEN'])
  update(@Param('id', uuidPipe) id: string, @Body() changes: UpdateTierNodeDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(OrganisationsSubjects.tierUpdate, { id, changes }, caller);
  }
}
