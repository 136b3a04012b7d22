import { EventCopy, inboxConsumerHost } from '#linli/platform';
import { VolunteersApi, type VolunteerEventPayload } from '#linli/contracts';

export const VOLUNTEER_COPY_CONSUMER = 'hours-volunteers';

/** What the ledger needs of a volunteer: names for lists and certificates, the node for scoping. */
export const volunteerCopy = new EventCopy({
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

/** Keeps the local volunteer copy up to date; works (with ids for names) while the volunteers service is absent. */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerEventPayload>({
  durable: VOLUNTEER_COPY_CONSUMER,
  events: [VolunteersApi.events.registered, VolunteersApi.events.updated],
  handle: (manager, event) => volunteerCopy.apply(manager, event),
});
