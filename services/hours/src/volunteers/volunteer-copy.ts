import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '#linli/platform';

export const VOLUNTEER_EVENTS_FILTER = 'evt.volunteers.volunteer.>';
export const VOLUNTEER_COPY_CONSUMER = 'hours-volunteers';

/** The fields of `evt.volunteers.volunteer.*` kept here: names for lists and certificates, the node for scoping. */
export interface VolunteerCopyPayload {
  volunteerId: string;
  tierNodeId?: string;
  tierPath?: string;
  name?: string;
  status?: string;
}

/** Upserts the volunteer; an event older than the one applied (late or replayed) changes nothing. */
export async function applyVolunteerEvent(
  manager: EntityManager,
  event: EventEnvelope<VolunteerCopyPayload>,
): Promise<boolean> {
  const p = event.payload ?? ({} as VolunteerCopyPayload);
  if (!p.volunteerId) return false;
  const [existing] = await manager.query('SELECT 1 FROM volunteers WHERE id = $1', [p.volunteerId]);
  if (!existing && !(p.tierNodeId && p.tierPath && p.name && p.status)) return false;
  const rows: unknown[] = await manager.query(
    `INSERT INTO volunteers AS v (id, tenant_id, tier_node_id, tier_path, name, status, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET
       tier_node_id = coalesce($3, v.tier_node_id), tier_path = coalesce($4, v.tier_path),
       name = coalesce($5, v.name), status = coalesce($6, v.status), updated_at = $7
     WHERE v.tenant_id = $2 AND v.updated_at <= $7
     RETURNING id`,
    [
      p.volunteerId,
      event.tenantId,
      p.tierNodeId ?? null,
      p.tierPath ?? null,
      p.name ?? null,
      p.status ?? null,
      event.occurredAt,
    ],
  );
  return rows.length > 0;
}
