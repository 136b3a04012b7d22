import { DeadLetters1764720000000, type ServiceDataOptions } from '#linli/platform';
import { Initial1732600000000 } from './migrations/1732600000000-initial.js';
import { BureauOfficer1764900000000 } from './migrations/1764900000000-bureau-officer.js';
import { GrantEntity, UserEntity } from './users/user.entity.js';

export const SERVICE_NAME = 'identity';

export const identityData: Omit<ServiceDataOptions, 'url'> = {
  schema: 'identity',
  entities: [UserEntity, GrantEntity],
  migrations: [Initial1732600000000, DeadLetters1764720000000, BureauOfficer1764900000000],
};
