import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VolunteerFacts } from '../signups/signups.rules.js';

/** A volunteer as this service knows it: its local copy of the volunteers service's data. */
export type VolunteerRow = VolunteerFacts & { tenantId: string; tierPath: string; name: string };

/** The columns of a `VolunteerRow` over `volunteers` aliased `v`. */
export const VOLUNTEER_COLUMNS = `v.id, v.tenant_id AS "tenantId", v.tier_path AS "tierPath", v.name, v.status,
         to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate", v.is_minor AS "isMinor", v.guardian_consent AS "guardianConsent",
         v.skills, v.has_insurance AS "hasInsurance", to_char(v.insured_until, 'YYYY-MM-DD') AS "insuredUntil"`;

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

/** Reads of the local `volunteers` copy (written by `consumers/volunteer-copy.consumer.ts`). */
@Injectable()
export class VolunteersRepository {
  async find(manager: EntityManager, tenantId: string, id: string): Promise<VolunteerRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.id = $1 AND v.tenant_id = $2`,
      [id, tenantId],
    );
    return row;
  }

  /** The station's volunteers among `ids` (unknown ids are left out), in one query. */
  async findMany(manager: EntityManager, tenantId: string, ids: string[]): Promise<VolunteerRow[]> {
    return manager.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.id = ANY($1::uuid[]) AND v.tenant_id = $2`,
      [ids, tenantId],
    );
  }
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
