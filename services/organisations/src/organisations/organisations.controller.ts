import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ChangeOrganisationStatusRequest,
  CreateOrganisationDto,
  IdRequest,
  ListOrganisationsQuery,
  OrganisationsSubjects,
  UpdateOrganisationRequest,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { OrganisationsService } from './organisations.service.js';

@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @MessagePattern(OrganisationsSubjects.organisationCreate)
  create(@Payload() dto: CreateOrganisationDto, @Caller() caller: CallerContext) {
    return this.organisations.create(caller, dto);
  }

  @MessagePattern(OrganisationsSubjects.organisationList)
  list(@Payload() query: ListOrganisationsQuery, @Caller() caller: CallerContext) {
    return this.organisations.list(caller, query);
  }

  @MessagePattern(OrganisationsSubjects.organisationGet)
  get(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.organisations.get(caller, request.id);
  }

  @MessagePattern(OrganisationsSubjects.organisationUpdate)
  update(@Payload() request: UpdateOrganisationRequest, @Caller() caller: CallerContext) {
    return this.organisations.update(caller, request.id, request.changes);
  }

  @MessagePattern(OrganisationsSubjects.organisationChangeStatus)
  changeStatus(@Payload() request: ChangeOrganisationStatusRequest, @Caller() caller: CallerContext) {
    return this.organisations.changeStatus(caller, request.id, request.change);
  }
}
