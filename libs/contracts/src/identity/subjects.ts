/** Request/reply subjects of the identity service. */
export const IdentitySubjects = {
  login: 'identity.auth.login',
  refresh: 'identity.auth.refresh',
  logout: 'identity.auth.logout',
  activate: 'identity.auth.activate',
  me: 'identity.me.get',
  stationCreate: 'identity.station.create',
  stationList: 'identity.station.list',
  userCreate: 'identity.user.create',
  userList: 'identity.user.list',
  grantCreate: 'identity.grant.create',
  grantDelete: 'identity.grant.delete',
  volunteerAccountCreate: 'identity.volunteer_account.create',
} as const;

export const IdentityEvents = {
  userCreated: 'evt.identity.user.created',
  grantCreated: 'evt.identity.grant.created',
  grantRevoked: 'evt.identity.grant.revoked',
} as const;

/** Subjects of the organisations service that identity calls. */
export const StationSubjects = {
  create: 'organisations.station.create',
  list: 'organisations.station.list',
} as const;
