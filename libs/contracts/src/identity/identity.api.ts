import { event, listOf, operation, serviceApi } from '../api/operation.js';
import {
  ActivateDto,
  BureauOfficerDto,
  CreateBureauOfficerDto,
  CreatedBureauOfficerDto,
  CreatedStationDto,
  CreatedUserDto,
  CreateGrantDto,
  CreateStationDto,
  CreateUserDto,
  CreateVolunteerAccountDto,
  GrantCreatedPayload,
  GrantDto,
  GrantRevokedPayload,
  ListUsersQuery,
  LoginDto,
  MeDto,
  RefreshDto,
  TokenResponse,
  UserCreatedPayload,
  UserPage,
  VolunteerAccountDto,
  StationDto,
  SupervisedStationsDto,
} from './identity.dto.js';
import { UserNameDto, UserNamesQuery } from './user-names.dto.js';

/** Asked of organisations with the caller's token: an unknown node or another station's is 404. */
const NODE = { 'TIER.NOT_FOUND': 404 } as const;
const TOO_MANY = { 'AUTH.TOO_MANY_ATTEMPTS': 429 } as const;

/** Every operation and event of the identity service: accounts, credentials, sessions, role grants. */
export const IdentityApi = serviceApi(
  'identity',
  {
    /** The gateway adds the client's address, which failed attempts are also counted by. */
    login: operation({
      subject: 'identity.auth.login',
      input: LoginDto,
      fields: { address: 'string' },
      response: TokenResponse,
      public: true,
      errors: { 'AUTH.INVALID_CREDENTIALS': 401, 'AUTH.LOGIN_REQUIRED': 400, ...TOO_MANY },
    }),
    refresh: operation({
      subject: 'identity.auth.refresh',
      input: RefreshDto,
      response: TokenResponse,
      public: true,
      errors: { 'AUTH.REFRESH_INVALID': 401 },
    }),
    /** Answers `{ loggedOut: true }`, which the HTTP document does not describe. */
    logout: operation<RefreshDto, { loggedOut: true }>({
      subject: 'identity.auth.logout',
      input: RefreshDto,
      public: true,
    }),
    activate: operation({
      subject: 'identity.auth.activate',
      input: ActivateDto,
      fields: { address: 'string' },
      response: TokenResponse,
      public: true,
      errors: { 'AUTH.ACTIVATION_INVALID': 401, ...TOO_MANY },
    }),
    me: operation({ subject: 'identity.me.get', response: MeDto, errors: { 'USER.NOT_FOUND': 404 } }),
    stationCreate: operation({
      subject: 'identity.station.create',
      input: CreateStationDto,
      response: CreatedStationDto,
      idempotent: true,
      errors: { 'STATION.NAME_TAKEN': 409, 'STATION.TIMEZONE_INVALID': 400, 'USER.PHONE_TAKEN': 409 },
    }),
    /** An array of stations; the route documents it as such. */
    stationList: operation({ subject: 'identity.station.list', response: listOf(StationDto) }),
    userCreate: operation({
      subject: 'identity.user.create',
      input: CreateUserDto,
      response: CreatedUserDto,
      idempotent: true,
      errors: { 'USER.PHONE_TAKEN': 409, 'USER.USERNAME_TAKEN': 409 },
    }),
    userList: operation({ subject: 'identity.user.list', input: ListUsersQuery, response: UserPage, errors: NODE }),
    /**
     * Not on the public API: display names of accounts of the caller's station in one batch (who
     * recorded an hours entry, for the station's exports). For callers who manage accounts.
     */
    userNames: operation({ subject: 'identity.user.names', input: UserNamesQuery, response: listOf(UserNameDto) }),
    grantCreate: operation({
      subject: 'identity.grant.create',
      input: CreateGrantDto,
      response: GrantDto,
      errors: { ...NODE, 'USER.NOT_FOUND': 404, 'GRANT.EXISTS': 409, 'GRANT.LEVEL_MISMATCH': 422 },
    }),
    /** Answers `{ revoked: true }`, which the HTTP document does not describe. */
    grantDelete: operation<
      Record<string, never>,
      { revoked: true },
      { 'GRANT.NOT_FOUND': 404; 'GRANT.LAST_STATION_HEAD': 409 },
      { id: 'uuid' }
    >({
      subject: 'identity.grant.delete',
      fields: { id: 'uuid' },
      errors: { 'GRANT.NOT_FOUND': 404, 'GRANT.LAST_STATION_HEAD': 409 },
    }),
    /** The platform admin opens an account for a civil affairs bureau's officer over several stations. */
    bureauOfficerCreate: operation({
      subject: 'identity.bureau_officer.create',
      input: CreateBureauOfficerDto,
      response: CreatedBureauOfficerDto,
      idempotent: true,
      errors: { 'USER.PHONE_TAKEN': 409, 'STATION.NOT_FOUND': 404 },
    }),
    bureauOfficerList: operation({ subject: 'identity.bureau_officer.list', response: listOf(BureauOfficerDto) }),
    /** Replaces the stations an officer supervises; the next token they get says so. */
    bureauOfficerStations: operation({
      subject: 'identity.bureau_officer.stations',
      fields: { id: 'uuid' },
      input: SupervisedStationsDto,
      response: BureauOfficerDto,
      errors: { 'USER.NOT_FOUND': 404, 'STATION.NOT_FOUND': 404 },
    }),
    /** Not on the public API: the volunteers service calls it while registering a volunteer. */
    volunteerAccountCreate: operation({
      subject: 'identity.volunteer_account.create',
      input: CreateVolunteerAccountDto,
      response: VolunteerAccountDto,
      errors: { ...NODE, 'USER.PHONE_TAKEN': 409 },
    }),
  },
  {
    userCreated: event('evt.identity.user.created', UserCreatedPayload),
    grantCreated: event('evt.identity.grant.created', GrantCreatedPayload),
    grantRevoked: event('evt.identity.grant.revoked', GrantRevokedPayload),
  },
);
