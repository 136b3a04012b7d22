import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetVolunteerRequest,
  IdRequest,
  ImportFinishRequest,
  ImportRowsRequest,
  ImportStartRequest,
  JoinStationRequest,
  ListVolunteersQuery,
  RecruitersQuery,
  RegisterVolunteerDto,
  UpdateVolunteerRequest,
  VolunteersSubjects,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { ImportsService } from '../imports/imports.service.js';
import { VolunteersService } from './volunteers.service.js';

@Controller()
export class VolunteersController {
  constructor(private readonly volunteers: VolunteersService) {}

  @MessagePattern(VolunteersSubjects.register)
  register(@Payload() dto: RegisterVolunteerDto, @Caller() caller: CallerContext) {
    return this.volunteers.register(caller, dto);
  }

  /** The public join link: no caller; the station comes in the payload. */
  @MessagePattern(VolunteersSubjects.join)
  join(@Payload() request: JoinStationRequest) {
    return this.volunteers.join(request);
  }

  @MessagePattern(VolunteersSubjects.confirm)
  confirm(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.volunteers.confirm(caller, request.id);
  }

  @MessagePattern(VolunteersSubjects.list)
  list(@Payload() query: ListVolunteersQuery, @Caller() caller: CallerContext) {
    return this.volunteers.list(caller, query);
  }

  @MessagePattern(VolunteersSubjects.get)
  get(@Payload() request: GetVolunteerRequest, @Caller() caller: CallerContext) {
    return this.volunteers.get(caller, request.id, request.reveal ?? []);
  }

  @MessagePattern(VolunteersSubjects.update)
  update(@Payload() request: UpdateVolunteerRequest, @Caller() caller: CallerContext) {
    return this.volunteers.update(caller, request.id, request.changes);
  }

  @MessagePattern(VolunteersSubjects.recruiters)
  recruiters(@Payload() query: RecruitersQuery, @Caller() caller: CallerContext) {
    return this.volunteers.recruiters(caller, query);
  }
}

@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @MessagePattern(VolunteersSubjects.importStart)
  start(@Payload() request: ImportStartRequest, @Caller() caller: CallerContext) {
    return this.imports.start(caller, request);
  }

  @MessagePattern(VolunteersSubjects.importRows)
  rows(@Payload() request: ImportRowsRequest, @Caller() caller: CallerContext) {
    return this.imports.rows(caller, request);
  }

  @MessagePattern(VolunteersSubjects.importFinish)
  finish(@Payload() request: ImportFinishRequest, @Caller() caller: CallerContext) {
    return this.imports.finish(caller, request);
  }

  @MessagePattern(VolunteersSubjects.importGet)
  get(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.imports.get(caller, request.id);
  }
}
