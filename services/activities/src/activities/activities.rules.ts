import { ActivitiesErrors } from '../activities.errors.js';

/** An end must come after its start (activities and shifts alike). */
export function checkRange(startsAt: string, endsAt: string): void {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) throw ActivitiesErrors.timesInvalid(startsAt, endsAt);
}
