import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { Initial1733100000000 } from './migrations/1733100000000-initial.js';

export const SERVICE_NAME = 'hours';

/** The schema and migrations this service owns; it reads and writes with SQL, so no entities. */
export const hoursData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'hours',
  entities: [],
  migrations: [Initial1733100000000, DeadLetters1764720000000],
  poolSize: 16,
};
