import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateTeamDto, IdRequest, ListTeamsQuery, TeamsSubjects, UpdateTeamRequest } from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { TeamsService } from './teams.service.js';

@Controller()
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @MessagePattern(TeamsSubjects.teamCreate)
  create(@Payload() dto: CreateTeamDto, @Caller() caller: CallerContext) {
    return this.teams.create(caller, dto);
  }

  @MessagePattern(TeamsSubjects.teamList)
  list(@Payload() query: ListTeamsQuery, @Caller() caller: CallerContext) {
    return this.teams.list(caller, query);
  }

  @MessagePattern(TeamsSubjects.teamGet)
  get(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.teams.get(caller, request.id);
  }

  @MessagePattern(TeamsSubjects.teamUpdate)
  update(@Payload() request: UpdateTeamRequest, @Caller() caller: CallerContext) {
    return this.teams.update(caller, request.id, request.changes);
  }
}
