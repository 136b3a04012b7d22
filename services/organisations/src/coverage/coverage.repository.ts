import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VillageRow } from './coverage.rules.js';

/** The registry's side of village coverage: the villages, and the organisations on the books at a day's end. */
@Injectable()
export class CoverageRepository {
  /** Villages whose path matches one of the `LIKE` patterns, community by community, by code then name. */
  villages(manager: EntityManager, tenantId: string, patterns: string[]): Promise<VillageRow[]> {
    return manager.query(
      `SELECT v.id, v.name, v.code, v.path, c.id AS "communityId", c.name AS "communityName"
         FROM tier_nodes v
         JOIN tier_nodes c ON c.id = v.parent_id
        WHERE v.tenant_id = $1 AND v.level = 'village' AND v.path LIKE ANY($2)
        ORDER BY c.code NULLS LAST, c.name, v.code NULLS LAST, v.name`,
      [tenantId, patterns],
    );
  }

  /**
   * Organisations on the registry at the end of `on` per tier path, by the status they had then:
   * active (incubating, active, registered) or dormant; dissolved ones are not counted.
   */
  organisations(
    manager: EntityManager,
    tenantId: string,
    patterns: string[],
    on: string,
  ): Promise<Array<{ tierPath: string; activeOrganisations: number; dormantOrganisations: number }>> {
    return manager.query(
      `SELECT o.tier_path AS "tierPath",
              count(*) FILTER (WHERE st.status IN ('incubating', 'active', 'registered'))::int AS "activeOrganisations",
              count(*) FILTER (WHERE st.status = 'dormant')::int AS "dormantOrganisations"
         FROM organisations o
         CROSS JOIN LATERAL (
           SELECT c.to_status AS status FROM organisation_status_changes c
            WHERE c.organisation_id = o.id AND c.effective_on <= $3
            ORDER BY c.effective_on DESC, c.recorded_at DESC LIMIT 1
         ) st
        WHERE o.tenant_id = $1 AND o.tier_path LIKE ANY($2) AND o.joined_on <= $3
        GROUP BY o.tier_path`,
      [tenantId, patterns, on],
    );
  }
}
