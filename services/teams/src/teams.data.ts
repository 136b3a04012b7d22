import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { MembershipEntity } from './memberships/membership.entity.js';
import { Initial1733000000000 } from './migrations/1733000000000-initial.js';
import { TeamEntity } from './teams/team.entity.js';
import { VolunteerCopyEntity } from './volunteers/volunteer-copy.entity.js';

export const SERVICE_NAME = 'teams';

export const teamsEntities = [TeamEntity, MembershipEntity, VolunteerCopyEntity];

/** The schema, entities and migrations this service owns. */
export const teamsData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'teams',
  entities: teamsEntities,
  migrations: [Initial1733000000000, DeadLetters1764720000000],
};
