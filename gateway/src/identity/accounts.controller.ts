import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreatedStationDto,
  CreatedUserDto,
  CreateGrantDto,
  CreateStationDto,
  CreateUserDto,
  GrantDto,
  IdentitySubjects,
  ListUsersQuery,
  StationDto,
  UserPage,
} from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

@ApiTags('stations 社工站')
@ApiBearerAuth()
@Controller('stations')
export class StationsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '开通社工站（平台管理员）/ Open a station with its root node and first head (platform admin)',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CreatedStationDto })
  @ApiErrors([400, 401, 403, 409], ['STATION.NAME_TAKEN', 'STATION.TIMEZONE_INVALID', 'USER.PHONE_TAKEN'])
  create(@Body() dto: CreateStationDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.stationCreate, dto, caller);
  }

  @Get()
  @ApiOperation({ summary: '社工站列表 / Stations you can see' })
  @ApiOkResponse({ type: [StationDto] })
  @ApiErrors([401])
  list(@HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.stationList, {}, caller);
  }
}

@ApiTags('users 账号')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '登记账号，返回一次性激活码 / Register an account; returns its one-time activation code' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiErrors([400, 401, 403, 409], ['USER.PHONE_TAKEN', 'USER.USERNAME_TAKEN'])
  create(@Body() dto: CreateUserDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.userCreate, dto, caller);
  }

  @Get()
  @ApiOperation({ summary: '您管理范围内有授权的账号 / Accounts with a grant in your subtree' })
  @ApiOkResponse({ type: UserPage })
  @ApiErrors([400, 401, 403])
  list(@Query() query: ListUsersQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.userList, query, caller);
  }
}

@ApiTags('grants 授权')
@ApiBearerAuth()
@Controller('grants')
export class GrantsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '在节点授予角色（含下级）/ Grant a role at a node (covers its subtree)' })
  @ApiCreatedResponse({ type: GrantDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    ['USER.NOT_FOUND', 'TIER.NOT_FOUND', 'GRANT.EXISTS', 'GRANT.LEVEL_MISMATCH', 'ACCESS.OUTSIDE_SCOPE'],
  )
  create(@Body() dto: CreateGrantDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.grantCreate, dto, caller);
  }

  @Delete(':id')
  @ApiOperation({ summary: '撤销授权 / Revoke a grant' })
  @ApiErrors([400, 401, 403, 404, 409], ['GRANT.NOT_FOUND', 'GRANT.LAST_STATION_HEAD'])
  revoke(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(IdentitySubjects.grantDelete, { id }, caller);
  }
}
