import { subjectsOf } from '../api/operation.js';
import { IdentityApi } from './identity.api.js';

/** Request/reply subjects of the identity service, read off its declaration. */
export const IdentitySubjects = subjectsOf(IdentityApi.operations);

/** Events the identity service publishes through its outbox. */
export const IdentityEvents = subjectsOf(IdentityApi.events);

/** Subjects of the organisations service that identity calls. */
export const StationSubjects = {
  create: 'organisations.station.create',
  list: 'organisations.station.list',
} as const;
