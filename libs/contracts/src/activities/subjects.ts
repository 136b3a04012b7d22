import { subjectsOf } from '../api/operation.js';
import { ActivitiesApi } from './activities.api.js';

/** Request/reply subjects of the activities service, read off its declaration. */
export const ActivitiesSubjects = subjectsOf(ActivitiesApi.operations);

/** Events the activities service publishes through its outbox. */
export const ActivitiesEvents = subjectsOf(ActivitiesApi.events);
