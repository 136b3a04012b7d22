import { VolunteersApi } from '#linli/contracts';
import { EventCopy, inboxConsumerHost, readDate, readStrings } from '#linli/platform';

export const VOLUNTEER_COPY_DURABLE = 'activities-volunteers';

/** What this service reads from `evt.volunteers.volunteer.*`; unknown fields are ignored, optional ones may be missing. */
export interface VolunteerCopyPayload {
  volunteerId: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex?: string | null;
  birthDate?: string | null;
  skills?: string[] | null;
  status: string;
  isMinor?: boolean | null;
  guardianConsent?: boolean | null;
  hasInsurance?: boolean | null;
  insuredUntil?: string | null;
}

/**
 * The local copy of volunteers: what sign-up rules need (area, age, consent, skills,
 * insurance). The platform's one merge rule applies (docs/ARCHITECTURE.md, "Copies").
 */
export const volunteerCopy = new EventCopy({
  table: 'volunteers',
  key: 'volunteerId',
  versionColumn: 'source_occurred_at',
  touch: ['updated_at = now()'],
  columns: {
    tier_node_id: { field: 'tierNodeId', type: 'uuid', required: true },
    tier_path: { field: 'tierPath', type: 'text', required: true },
    name: { field: 'name', type: 'text', required: true },
    status: { field: 'status', type: 'text', required: true },
    sex: { field: 'sex', type: 'text' },
    birth_date: { field: 'birthDate', type: 'date', read: readDate },
    skills: { field: 'skills', type: 'text[]', initial: [], read: readStrings },
    is_minor: { field: 'isMinor', type: 'boolean', initial: false, read: (v) => v === true },
    guardian_consent: { field: 'guardianConsent', type: 'boolean', initial: false, read: (v) => v === true },
    has_insurance: { field: 'hasInsurance', type: 'boolean', read: (v) => (typeof v === 'boolean' ? v : null) },
    insured_until: { field: 'insuredUntil', type: 'date', read: readDate },
  },
});

/** Keeps `volunteers` in step with the volunteers service through a durable JetStream consumer. */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerCopyPayload>({
  durable: VOLUNTEER_COPY_DURABLE,
  events: [VolunteersApi.events.registered, VolunteersApi.events.updated],
  handle: (manager, event) => volunteerCopy.apply(manager, event),
  // A station's whole roster arrives at once after an import; stale events are ignored, so order does not matter.
  concurrency: 4,
});
