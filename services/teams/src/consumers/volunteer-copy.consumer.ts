import { VolunteersApi } from '#linli/contracts';
import { EventCopy, inboxConsumerHost } from '#linli/platform';
import { endMembershipsOfDepartedVolunteer } from '../memberships/departed-volunteer.js';

export const VOLUNTEER_COPY_CONSUMER = 'teams-volunteers';

/** The fields of `evt.volunteers.volunteer.*` this service keeps; any other field is ignored. */
export interface VolunteerCopyPayload {
  volunteerId: string;
  tierNodeId?: string;
  tierPath?: string;
  name?: string;
  status?: string;
}

/** What rosters need of a volunteer profile: where they are, their name, whether they may serve. */
const volunteerCopy = new EventCopy({
  table: 'volunteers',
  key: 'volunteerId',
  versionColumn: 'updated_at',
  columns: {
    tier_node_id: { field: 'tierNodeId', type: 'uuid', required: true },
    tier_path: { field: 'tierPath', type: 'text', required: true },
    name: { field: 'name', type: 'text', required: true },
    status: { field: 'status', type: 'text', required: true },
  },
});

/**
 * Keeps the local volunteer copy up to date from the volunteers service's events, each applied
 * once; in the same transaction, memberships follow the volunteer: one who has left or is
 * suspended leaves their teams. A stale event (older than the copy) changes neither.
 */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerCopyPayload>({
  durable: VOLUNTEER_COPY_CONSUMER,
  events: [VolunteersApi.events.registered, VolunteersApi.events.updated],
  handle: async (manager, event) => {
    if (await volunteerCopy.apply(manager, event)) await endMembershipsOfDepartedVolunteer(manager, event);
  },
  // A station's whole roster arrives at once after an import; stale events are ignored, so order does not matter.
  concurrency: 4,
});
