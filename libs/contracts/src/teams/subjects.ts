import { subjectsOf } from '../api/operation.js';
import { TeamsApi } from './teams.api.js';

/** Request/reply subjects of the teams service, read off its declaration. */
export const TeamsSubjects = subjectsOf(TeamsApi.operations);

/** Events the teams service publishes through its outbox. */
export const TeamsEvents = subjectsOf(TeamsApi.events);
