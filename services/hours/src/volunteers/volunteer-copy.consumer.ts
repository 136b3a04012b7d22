import { inboxConsumerHost } from '#linli/platform';
import {
  applyVolunteerEvent,
  VOLUNTEER_COPY_CONSUMER,
  VOLUNTEER_EVENTS_FILTER,
  type VolunteerCopyPayload,
} from './volunteer-copy.js';

/** Keeps the local volunteer copy up to date; works (with ids for names) while the volunteers service is absent. */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerCopyPayload>({
  durable: VOLUNTEER_COPY_CONSUMER,
  filterSubject: VOLUNTEER_EVENTS_FILTER,
  handle: applyVolunteerEvent,
});
