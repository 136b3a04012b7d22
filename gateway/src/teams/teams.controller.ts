import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddTeamMemberDto,
  CreateTeamDto,
  ListTeamMembersQuery,
  ListTeamsQuery,
  TeamDto,
  TeamMemberDto,
  TeamMemberList,
  TeamPage,
  TeamsSubjects,
  UpdateTeamDto,
  VolunteerTeamList,
} from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { HttpCaller } from '../common/request-context.js';
import { uuidPipe } from '../common/uuid.pipe.js';

@ApiTags('teams 志愿服务队')
@Controller('teams')
export class TeamsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '成立志愿服务队 / Create a volunteer team at a tier node' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: TeamDto })
  @ApiErrors([400, 401, 403, 404, 409], ['TIER.NOT_FOUND', 'ORGANISATION.NOT_FOUND', 'TEAM.NAME_TAKEN'])
  create(@Body() dto: CreateTeamDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(TeamsSubjects.teamCreate, dto, caller);
  }

  @Get()
  @ApiOperation({ summary: '服务队列表 / List teams (subtree, organisation, status, search)' })
  @ApiOkResponse({ type: TeamPage })
  @ApiErrors([400, 401, 403, 404], ['TIER.NOT_FOUND'])
  list(@Query() query: ListTeamsQuery, @HttpCaller() caller: CallerContext) {
    return this.services.send(TeamsSubjects.teamList, query, caller);
  }

  @Get(':id')
  @ApiOperation({ summary: '服务队详情 / A team' })
  @ApiOkResponse({ type: TeamDto })
  @ApiErrors([400, 401, 403, 404], ['TEAM.NOT_FOUND'])
  get(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(TeamsSubjects.teamGet, { id }, caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改或解散服务队 / Update a team; status dissolved ends every membership' })
  @ApiOkResponse({ type: TeamDto })
  @ApiErrors(
    [400, 401, 403, 404, 409],
    ['TEAM.NOT_FOUND', 'TEAM.NAME_TAKEN', 'TEAM.DISSOLVED', 'TIER.NOT_FOUND', 'ORGANISATION.NOT_FOUND'],
  )
  update(@Param('id', uuidPipe) id: string, @Body() changes: UpdateTeamDto, @HttpCaller() caller: CallerContext) {
    return this.services.send(TeamsSubjects.teamUpdate, { id, changes }, caller);
  }

  @Post(':id/members')
  @HttpCode(201)
  @ApiOperation({ summary: '队员入队 / Add a member or leader (leads in the subtree, or a leader of this team)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: TeamMemberDto })
  @ApiErrors(
    [400, 401, 403, 404, 409, 422],
    ['TEAM.NOT_FOUND', 'VOLUNTEER.NOT_FOUND', 'TEAM.ALREADY_MEMBER', 'TEAM.DISSOLVED', 'TEAM.VOLUNTEER_NOT_ACTIVE'],
  )
  addMember(
    @Param('id', uuidPipe) teamId: string,
    @Body() member: AddTeamMemberDto,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(TeamsSubjects.memberAdd, { teamId, member }, caller);
  }

  @Delete(':id/members/:volunteerId')
  @HttpCode(200)
  @ApiOperation({ summary: '队员离队（保留历史）/ Remove a member; the stint stays in the history' })
  @ApiOkResponse({ type: TeamMemberDto })
  @ApiErrors([400, 401, 403, 404, 409], ['TEAM.NOT_FOUND', 'TEAM.NOT_MEMBER', 'TEAM.LAST_LEADER'])
  removeMember(
    @Param('id', uuidPipe) teamId: string,
    @Param('volunteerId', uuidPipe) volunteerId: string,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(TeamsSubjects.memberRemove, { teamId, volunteerId }, caller);
  }

  @Get(':id/members')
  @ApiOperation({ summary: '队员名册 / Roster: current members, or with include=all every past stint' })
  @ApiOkResponse({ type: TeamMemberList })
  @ApiErrors([400, 401, 403, 404], ['TEAM.NOT_FOUND'])
  members(
    @Param('id', uuidPipe) id: string,
    @Query() query: ListTeamMembersQuery,
    @HttpCaller() caller: CallerContext,
  ) {
    return this.services.send(TeamsSubjects.memberList, { id, ...query }, caller);
  }
}

@ApiTags('teams 志愿服务队')
@Controller('volunteers')
export class VolunteerTeamsController {
  constructor(private readonly services: ServiceClient) {}

  @Get(':id/teams')
  @ApiOperation({ summary: '志愿者所在服务队（含历史）/ A volunteer’s teams, current and past' })
  @ApiOkResponse({ type: VolunteerTeamList })
  @ApiErrors([400, 401, 403, 404], ['VOLUNTEER.NOT_FOUND'])
  teams(@Param('id', uuidPipe) id: string, @HttpCaller() caller: CallerContext) {
    return this.services.send(TeamsSubjects.volunteerTeamsList, { id }, caller);
  }
}
