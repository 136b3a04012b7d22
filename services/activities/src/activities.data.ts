import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { Initial1732800000000 } from './migrations/1732800000000-initial.js';
import { CheckinAttempts1733300000000 } from './migrations/1733300000000-checkin-attempts.js';

export const SERVICE_NAME = 'activities';

/** The schema and migrations this service owns; it reads and writes with SQL, so no entities. */
export const activitiesData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'activities',
  entities: [],
  migrations: [Initial1732800000000, CheckinAttempts1733300000000, DeadLetters1764720000000],
};
