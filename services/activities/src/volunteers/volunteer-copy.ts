import type { EntityManager } from 'typeorm';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';

export const VOLUNTEER_EVENTS_FILTER = 'evt.volunteers.volunteer.>';
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies one volunteer event to the local copy. An event older than what the copy already
 * reflects (redelivered out of order) changes nothing.
 */
export async function applyVolunteerEvent(
  manager: EntityManager,
  event: EventEnvelope<VolunteerCopyPayload>,
): Promise<void> {
  const p = event.payload;
  if (!p?.volunteerId || !p.tierNodeId || !p.tierPath || !p.name || !p.status) return;
  await manager.query(
    `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, sex, birth_date, skills, status, is_minor,
       guardian_consent, has_insurance, insured_until, source_occurred_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
     ON CONFLICT (id) DO UPDATE SET tier_node_id = EXCLUDED.tier_node_id, tier_path = EXCLUDED.tier_path, name = EXCLUDED.name,
       sex = EXCLUDED.sex, birth_date = EXCLUDED.birth_date, skills = EXCLUDED.skills, status = EXCLUDED.status,
       is_minor = EXCLUDED.is_minor, guardian_consent = EXCLUDED.guardian_consent, has_insurance = EXCLUDED.has_insurance,
       insured_until = EXCLUDED.insured_until, source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
     WHERE volunteers.tenant_id = EXCLUDED.tenant_id AND volunteers.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [
      p.volunteerId,
      event.tenantId,
      p.tierNodeId,
      p.tierPath,
      p.name,
      p.sex ?? null,
      p.birthDate && DATE.test(p.birthDate) ? p.birthDate : null,
      Array.isArray(p.skills) ? p.skills.filter((s) => typeof s === 'string') : [],
      p.status,
      p.isMinor === true,
      p.guardianConsent === true,
      typeof p.hasInsurance === 'boolean' ? p.hasInsurance : null,
      p.insuredUntil && DATE.test(p.insuredUntil) ? p.insuredUntil : null,
      event.occurredAt ?? new Date().toISOString(),
    ],
  );
}

/** Keeps `volunteers` in step with the volunteers service through a durable JetStream consumer. */
export const VolunteerCopyConsumer = inboxConsumerHost<VolunteerCopyPayload>({
  durable: VOLUNTEER_COPY_DURABLE,
  filterSubject: VOLUNTEER_EVENTS_FILTER,
  handle: applyVolunteerEvent,
  // A station's whole roster arrives at once after an import; stale events are ignored, so order does not matter.
  concurrency: 4,
});

export interface VolunteerSeed {
  id: string;
  tenantId: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  status?: string;
  birthDate?: string | null;
  skills?: string[];
  isMinor?: boolean;
  guardianConsent?: boolean;
  hasInsurance?: boolean | null;
  insuredUntil?: string | null;
}

/** Writes volunteers straight into the local copy (demo seed, tests, bench), as if their events had arrived. */
export async function insertVolunteers(manager: Pick<EntityManager, 'query'>, rows: VolunteerSeed[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await manager.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, birth_date, skills, is_minor, guardian_consent,
         has_insurance, insured_until)
       SELECT id, tenant_id, tier_node_id, tier_path, name, status, birth_date, string_to_array(skills, '|'), is_minor, guardian_consent,
              has_insurance, insured_until
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::boolean[],
                     $10::boolean[], $11::boolean[], $12::date[])
           AS t(id, tenant_id, tier_node_id, tier_path, name, status, birth_date, skills, is_minor, guardian_consent, has_insurance, insured_until)
       ON CONFLICT (id) DO NOTHING`,
      [
        chunk.map((r) => r.id),
        chunk.map((r) => r.tenantId),
        chunk.map((r) => r.tierNodeId),
        chunk.map((r) => r.tierPath),
        chunk.map((r) => r.name),
        chunk.map((r) => r.status ?? 'active'),
        chunk.map((r) => r.birthDate ?? '1990-01-01'),
        chunk.map((r) => (r.skills ?? []).join('|')),
        chunk.map((r) => r.isMinor ?? false),
        chunk.map((r) => r.guardianConsent ?? false),
        chunk.map((r) => r.hasInsurance ?? null),
        chunk.map((r) => r.insuredUntil ?? null),
      ],
    );
  }
}
