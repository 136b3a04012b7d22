import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { Initial1732500000000 } from './migrations/1732500000000-initial.js';
import { StationEventsBackfill1733400000000 } from './migrations/1733400000000-station-events-backfill.js';
import { OrganisationStatusChangeEntity } from './organisations/organisation-status-change.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { StationEntity } from './stations/station.entity.js';
import { TierNodeEntity } from './tiers/tier-node.entity.js';

export const SERVICE_NAME = 'organisations';

export const organisationsEntities = [
  StationEntity,
  TierNodeEntity,
  OrganisationEntity,
  OrganisationStatusChangeEntity,
];

/** The schema, entities and migrations this service owns. */
export const organisationsData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'organisations',
  entities: organisationsEntities,
  migrations: [Initial1732500000000, StationEventsBackfill1733400000000, DeadLetters1764720000000],
};
