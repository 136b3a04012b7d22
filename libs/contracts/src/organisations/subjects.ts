/** Request/reply subjects of the organisations service (`<service>.<entity>.<verb>`). */
export const OrganisationsSubjects = {
  tierTree: 'organisations.tier.tree',
  tierCreate: 'organisations.tier.create',
  tierGet: 'organisations.tier.get',
  tierUpdate: 'organisations.tier.update',
  organisationCreate: 'organisations.organisation.create',
  organisationList: 'organisations.organisation.list',
  organisationGet: 'organisations.organisation.get',
  organisationUpdate: 'organisations.organisation.update',
  organisationChangeStatus: 'organisations.organisation.change_status',
  growthGet: 'organisations.growth.get',
} as const;

/** Events the organisations service publishes through its outbox. */
export const OrganisationsEvents = {
  organisationCreated: 'evt.organisations.organisation.created',
  organisationUpdated: 'evt.organisations.organisation.updated',
  organisationStatusChanged: 'evt.organisations.organisation.status_changed',
  tierNodeCreated: 'evt.organisations.tier_node.created',
  tierNodeUpdated: 'evt.organisations.tier_node.updated',
  /** A station was opened (its row and root node committed); other services learn its time zone from it. */
  stationCreated: 'evt.organisations.station.created',
} as const;

/**
 * Payload of `evt.organisations.station.*` (the envelope's tenant id is the station's). Services
 * that need "a day" or a wall clock (activities, hours) keep a local copy of `timezone`.
 */
export interface StationEventPayload {
  tenantId: string;
  name: string;
  region: string;
  /** IANA zone, e.g. `Asia/Shanghai`, `Europe/Berlin`. */
  timezone: string;
  rootNodeId: string;
}
