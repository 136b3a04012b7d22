import type { EntityManager } from 'typeorm';
import { OrganisationsApi, type StationEventPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import { StationsRepository } from '../stations/stations.repository.js';
import { isTimeZone } from '../stations/stations.rules.js';

export const STATION_EVENTS_DURABLE = 'hours-stations';

const stations = new StationsRepository();

/**
 * Copies a station's time zone (owned by the organisations service) into `station_settings`, which
 * decides what "a day" is for the ledger. Only `timezone` is written: the share rule, star
 * thresholds and certificate issuer stay as they are. An event without a usable zone, or whose
 * payload names another tenant than its envelope, changes nothing.
 */
export async function applyStationEvent(manager: EntityManager, event: EventEnvelope<StationEventPayload>) {
  const p = event.payload;
  const tenantId = event.tenantId;
  if (!tenantId || !p || !isTimeZone(p.timezone)) return;
  if (p.tenantId && p.tenantId !== tenantId) return;
  await stations.saveTimezone(manager, tenantId, p.timezone);
}

/** Keeps each station's time zone in step with the organisations service (exactly once per event). */
export const StationEventsConsumer = inboxConsumerHost<StationEventPayload>({
  durable: STATION_EVENTS_DURABLE,
  events: [OrganisationsApi.events.stationCreated],
  handle: applyStationEvent,
});
