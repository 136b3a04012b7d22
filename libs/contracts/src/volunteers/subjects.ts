import { subjectsOf } from '../api/operation.js';
import { VolunteersApi } from './volunteers.api.js';

/** Request/reply subjects of the volunteers service, read off its declaration. */
export const VolunteersSubjects = subjectsOf(VolunteersApi.operations);

/** Events the volunteers service publishes through its outbox; payload: `VolunteerEventPayload`. */
export const VolunteersEvents = subjectsOf(VolunteersApi.events);
