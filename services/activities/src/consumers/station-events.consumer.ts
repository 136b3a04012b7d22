import { OrganisationsApi, type StationEventPayload } from '#linli/contracts';
import { inboxConsumerHost } from '#linli/platform';
import { StationsRepository } from '../stations/stations.repository.js';

export const STATION_EVENTS_DURABLE = 'activities-stations';

const stations = new StationsRepository();

/**
 * Copies a station's time zone (owned by the organisations service) into `station_settings`:
 * only `timezone` is written, the check-in window stays as it is (see `StationsRepository`).
 */
export const StationEventsConsumer = inboxConsumerHost<StationEventPayload>({
  durable: STATION_EVENTS_DURABLE,
  events: [OrganisationsApi.events.stationCreated],
  handle: (manager, event) => stations.applyStationEvent(manager, event),
});
