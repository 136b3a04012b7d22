import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActivateRequest,
  CreateGrantDto,
  CreateStationDto,
  CreateUserDto,
  CreateVolunteerAccountDto,
  IdentitySubjects,
  IdRequest,
  ListUsersQuery,
  LoginRequest,
  RefreshDto,
} from '#linli/contracts';
import { Caller, type CallerContext } from '#linli/platform';
import { AuthService } from './auth/auth.service.js';
import { GrantsService } from './grants/grants.service.js';
import { StationsService } from './stations/stations.service.js';
import { UsersService } from './users/users.service.js';
import { VolunteerAccountsService } from './users/volunteer-accounts.service.js';

/** Login, refresh, logout and activation take no caller: they are how a caller comes to be. */
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @MessagePattern(IdentitySubjects.login)
  login(@Payload() request: LoginRequest) {
    return this.auth.login(request.credentials, request.address);
  }

  @MessagePattern(IdentitySubjects.refresh)
  refresh(@Payload() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @MessagePattern(IdentitySubjects.logout)
  logout(@Payload() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @MessagePattern(IdentitySubjects.activate)
  activate(@Payload() request: ActivateRequest) {
    return this.auth.activate(request.activation, request.address);
  }

  @MessagePattern(IdentitySubjects.me)
  me(@Caller() caller: CallerContext) {
    return this.auth.me(caller);
  }
}

@Controller()
export class AccountsController {
  constructor(
    private readonly users: UsersService,
    private readonly grants: GrantsService,
    private readonly stations: StationsService,
    private readonly volunteerAccounts: VolunteerAccountsService,
  ) {}

  /** Not on the public API: the volunteers service calls it while registering a volunteer. */
  @MessagePattern(IdentitySubjects.volunteerAccountCreate)
  createVolunteerAccount(@Payload() dto: CreateVolunteerAccountDto, @Caller() caller: CallerContext) {
    return this.volunteerAccounts.create(caller, dto);
  }

  @MessagePattern(IdentitySubjects.stationCreate)
  createStation(@Payload() dto: CreateStationDto, @Caller() caller: CallerContext) {
    return this.stations.create(caller, dto);
  }

  @MessagePattern(IdentitySubjects.stationList)
  listStations(@Caller() caller: CallerContext) {
    return this.stations.list(caller);
  }

  @MessagePattern(IdentitySubjects.userCreate)
  createUser(@Payload() dto: CreateUserDto, @Caller() caller: CallerContext) {
    return this.users.create(caller, dto);
  }

  @MessagePattern(IdentitySubjects.userList)
  listUsers(@Payload() query: ListUsersQuery, @Caller() caller: CallerContext) {
    return this.users.list(caller, query);
  }

  @MessagePattern(IdentitySubjects.grantCreate)
  createGrant(@Payload() dto: CreateGrantDto, @Caller() caller: CallerContext) {
    return this.grants.create(caller, dto);
  }

  @MessagePattern(IdentitySubjects.grantDelete)
  revokeGrant(@Payload() request: IdRequest, @Caller() caller: CallerContext) {
    return this.grants.revoke(caller, request.id);
  }
}
