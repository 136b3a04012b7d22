import { subjectsOf } from '../api/operation.js';
import { HoursApi } from './hours.api.js';

/** Request/reply subjects of the hours service, read off its declaration. */
export const HoursSubjects = subjectsOf(HoursApi.operations);

/** Events the hours service publishes through its outbox. */
export const HoursEvents = subjectsOf(HoursApi.events);
