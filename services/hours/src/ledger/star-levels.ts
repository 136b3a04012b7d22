import type { DataSource, EntityManager } from 'typeorm';
import { HoursEvents, type StarLevelChangedPayload } from '#linli/contracts';
import { addToOutbox } from '#linli/platform';
import { loadSettings } from '../settings/station-settings.js';
import { starLevel } from './stars.js';

/** All-time approved minutes of a volunteer, derived from the ledger. */
export async function approvedMinutes(manager: EntityManager | DataSource, tenantId: string, volunteerId: string) {
  const [{ minutes }] = await manager.query(
    'SELECT coalesce(sum(counted_minutes), 0)::int AS minutes FROM entry_states WHERE tenant_id = $1 AND volunteer_id = $2',
    [tenantId, volunteerId],
  );
  return minutes as number;
}

/**
 * Recomputes a volunteer's star level after a change to their approved minutes, in the same
 * transaction; when it moved, records it and publishes `evt.hours.star_level.changed` through
 * the outbox. Serialised per volunteer so two concurrent approvals publish one change each way.
 */
export async function refreshStarLevel(
  manager: EntityManager,
  tenantId: string,
  volunteerId: string,
  tierPath: string,
): Promise<boolean> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hours.stars:${tenantId}:${volunteerId}`]);
  const minutes = await approvedMinutes(manager, tenantId, volunteerId);
  const { starThresholdsHours } = await loadSettings(manager, tenantId);
  const level = starLevel(minutes, starThresholdsHours);
  const [current] = await manager.query(
    'SELECT level FROM volunteer_stars WHERE tenant_id = $1 AND volunteer_id = $2',
    [tenantId, volunteerId],
  );
  const fromLevel: number = current?.level ?? 0;
  await manager.query(
    `INSERT INTO volunteer_stars (tenant_id, volunteer_id, level, approved_minutes, changed_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (tenant_id, volunteer_id) DO UPDATE SET level = $3, approved_minutes = $4,
       changed_at = CASE WHEN volunteer_stars.level = $3 THEN volunteer_stars.changed_at ELSE now() END`,
    [tenantId, volunteerId, level, minutes],
  );
  if (level === fromLevel) return false;
  const payload: StarLevelChangedPayload = {
    volunteerId,
    tierPath,
    fromLevel,
    toLevel: level,
    approvedMinutes: minutes,
  };
  await addToOutbox(manager, { subject: HoursEvents.starLevelChanged, tenantId, payload });
  return true;
}

/**
 * Checks the star projection against the ledger: every volunteer whose stored approved minutes
 * or level differ from what the ledger derives (under the station's current thresholds).
 */
export async function checkStarLevels(
  ds: DataSource,
  tenantId?: string,
): Promise<{ volunteerId: string; stored: number; derived: number }[]> {
  const rows: { tenant_id: string; volunteer_id: string; stored: number; derived: number; level: number }[] =
    await ds.query(
      `SELECT t.tenant_id, t.volunteer_id, coalesce(vs.approved_minutes, 0) AS stored, t.derived, coalesce(vs.level, 0) AS level
         FROM (SELECT tenant_id, volunteer_id, sum(counted_minutes)::int AS derived FROM entry_states
                WHERE $1::uuid IS NULL OR tenant_id = $1 GROUP BY tenant_id, volunteer_id) t
         LEFT JOIN volunteer_stars vs ON vs.tenant_id = t.tenant_id AND vs.volunteer_id = t.volunteer_id`,
      [tenantId ?? null],
    );
  const out: { volunteerId: string; stored: number; derived: number }[] = [];
  const thresholds = new Map<string, number[]>();
  for (const r of rows) {
    if (!thresholds.has(r.tenant_id))
      thresholds.set(r.tenant_id, (await loadSettings(ds, r.tenant_id)).starThresholdsHours);
    const expectedLevel = starLevel(r.derived, thresholds.get(r.tenant_id));
    if (r.stored !== r.derived && (r.derived > 0 || r.stored > 0))
      out.push({ volunteerId: r.volunteer_id, stored: r.stored, derived: r.derived });
    else if (expectedLevel !== r.level) out.push({ volunteerId: r.volunteer_id, stored: r.stored, derived: r.derived });
  }
  return out;
}
