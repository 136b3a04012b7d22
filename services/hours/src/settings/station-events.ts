import type { EntityManager } from 'typeorm';
import type { StationEventPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import { todayIn } from './station-settings.js';

export const STATION_EVENTS_FILTER = 'evt.organisations.station.>';
export const STATION_EVENTS_DURABLE = 'hours-stations';

function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    todayIn(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies a station's time zone (owned by the organisations service) into `station_settings`, which
 * decides what "a day" is for the ledger. Only `timezone` is written: the share rule, star
 * thresholds and certificate issuer stay as they are, and a station first heard of gets the
 * column defaults for them. An event without a usable zone, or whose payload names another
 * tenant than its envelope, changes nothing.
 */
export async function applyStationEvent(manager: EntityManager, event: EventEnvelope<StationEventPayload>) {
  const p = event.payload;
  const tenantId = event.tenantId;
  if (!tenantId || !p || !isTimeZone(p.timezone)) return;
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
