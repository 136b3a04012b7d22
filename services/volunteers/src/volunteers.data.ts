import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { Initial1732700000000 } from './migrations/1732700000000-initial.js';
import { TeamMembers1733200000000 } from './migrations/1733200000000-team-members.js';

export const SERVICE_NAME = 'volunteers';

/** The schema and migrations this service owns; queries are plain SQL, so no entities. */
export const volunteersData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'volunteers',
  entities: [],
  migrations: [Initial1732700000000, TeamMembers1733200000000, DeadLetters1764720000000],
};
