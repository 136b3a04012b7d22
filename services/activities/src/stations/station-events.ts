import type { EntityManager } from 'typeorm';
import type { StationEventPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import { isValidTimeZone } from '../shifts/zoned-time.js';

export const STATION_EVENTS_FILTER = 'evt.organisations.station.>';
export const STATION_EVENTS_DURABLE = 'activities-stations';

/**
 * Copies a station's time zone (owned by the organisations service) into `station_settings`.
 * Only `timezone` is written: the check-in window and any other setting of this service stay as
 * they are, and a station first heard of gets the column defaults for them. An event without a
 * usable zone, or whose payload names another tenant than its envelope, changes nothing.
 */
export async function applyStationEvent(manager: EntityManager, event: EventEnvelope<StationEventPayload>) {
  const p = event.payload;
  const tenantId = event.tenantId;
  if (!tenantId || !p || typeof p.timezone !== 'string' || !isValidTimeZone(p.timezone)) return;
  if (p.tenantId && p.tenantId !== tenantId) return;
  await manager.query(
    `INSERT INTO station_settings (tenant_id, timezone, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (tenant_id) DO UPDATE SET timezone = EXCLUDED.timezone, updated_at = now()
       WHERE station_settings.timezone IS DISTINCT FROM EXCLUDED.timezone`,
    [tenantId, p.timezone],
  );
}

/** Keeps each station's time zone in step with the organisations service (exactly once per event). */
export const StationEventsConsumer = inboxConsumerHost<StationEventPayload>({
  durable: STATION_EVENTS_DURABLE,
  filterSubject: STATION_EVENTS_FILTER,
  handle: applyStationEvent,
});
