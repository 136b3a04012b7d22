import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddTeamMemberRequest,
  IdRequest,
  ListTeamMembersRequest,
  RemoveTeamMemberRequest,
  TeamsSubjects,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { MembershipsService } from './memberships.service.js';

@Controller()
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @MessagePattern(TeamsSubjects.memberAdd)
  add(@Payload() request: AddTeamMemberRequest, @Caller() caller: CallerContext) {
    return this.memberships.add(caller, request.teamId, request.member);
  }

  @MessagePattern(TeamsSubjects.memberRemove)
  remove(@Payload() request: RemoveTeamMemberRequest, @Caller() caller: CallerContext) {
    return this.memberships.remove(caller, request.teamId, request.volunteerId);
  }

  @MessagePattern(TeamsSubjects.memberList)
  list(@Payload() request: ListTeamMembersRequest, @Caller() caller: CallerContext) {
    return this.memberships.list(caller, request.id, request.include);
  }

  @MessagePattern(TeamsSubjects.volunteerTeamsList)
  forVolunteer(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.memberships.forVolunteer(caller, request.id);
  }
}
