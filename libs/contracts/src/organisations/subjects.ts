import { subjectsOf } from '../api/operation.js';
import { OrganisationsApi } from './organisations.api.js';

/** Request/reply subjects of the organisations service (`<service>.<entity>.<verb>`), read off its declaration. */
export const OrganisationsSubjects = subjectsOf(OrganisationsApi.operations);

/** Events the organisations service publishes through its outbox. */
export const OrganisationsEvents = subjectsOf(OrganisationsApi.events);
