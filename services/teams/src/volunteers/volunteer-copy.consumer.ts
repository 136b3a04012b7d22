import { inboxConsumerHost } from '#linli/platform';
import { endMembershipsOfDepartedVolunteer } from '../memberships/departed-volunteer.js';
import {
  applyVolunteerEvent,
  VOLUNTEER_COPY_CONSUMER,
  VOLUNTEER_EVENTS_FILTER,
  type VolunteerCopyPayload,
} from './volunteer-copy.js';

/**
 * Keeps the local volunteer copy up to date from the volunteers service's events, each applied
 * once; in the same transaction, memberships follow the volunteer: one who has left or is
 * suspended leaves their teams. A stale event (older than the copy) changes neither.
 */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerCopyPayload>({
  durable: VOLUNTEER_COPY_CONSUMER,
  filterSubject: VOLUNTEER_EVENTS_FILTER,
  handle: async (manager, event) => {
    if (await applyVolunteerEvent(manager, event)) await endMembershipsOfDepartedVolunteer(manager, event);
  },
  // A station's whole roster arrives at once after an import; stale events are ignored, so order does not matter.
  concurrency: 4,
});
