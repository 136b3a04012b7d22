import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GrowthDimension } from '#linli/contracts';
import type { Period } from './growth.rules.js';

/** SQL for each dimension's key, over `o` (organisation), `n` (its node) and the status at period end. */
const KEY_SQL: Record<GrowthDimension, string> = {
  total: `'total'`,
  type: 'o.type',
  tier: 'n.level',
  status: 'st.status',
  // The community an organisation sits in (second path segment), or the station itself.
  community: `coalesce(split_part(o.tier_path, '/', 3), '') `,
};

export interface GrowthCell {
  period: string;
  key: string;
  count: number;
  new: number;
  dissolved: number;
}

export interface SnapshotRow {
  dimension: string;
  key: string;
  count: number;
}

/**
 * Growth reads the registry (`organisations`, `organisation_status_changes`, `tier_nodes`) and
 * owns `growth_snapshots`: all of its SQL is here.
 */
@Injectable()
export class GrowthRepository {
  /** Counts per period and key, in one query over the registry and the status history. */
  cells(
    manager: EntityManager,
    tenantId: string,
    scope: string[],
    periods: Period[],
    by: GrowthDimension,
  ): Promise<GrowthCell[]> {
    const countExpr = by === 'status' ? 'count(*)' : `count(*) FILTER (WHERE status <> 'dissolved')`;
    return manager.query(
      `WITH periods AS (
         SELECT * FROM unnest($3::text[], $4::date[], $5::date[]) AS p(label, start_on, end_on)
       ),
       scoped AS (
         SELECT o.* FROM organisations o WHERE o.tenant_id = $1 AND o.tier_path LIKE ANY($2)
       ),
       cells AS (
         SELECT p.label AS period, ${KEY_SQL[by]} AS key, st.status,
                (o.joined_on BETWEEN p.start_on AND p.end_on) AS is_new,
                EXISTS (SELECT 1 FROM organisation_status_changes d
                         WHERE d.organisation_id = o.id AND d.to_status = 'dissolved'
                           AND d.effective_on BETWEEN p.start_on AND p.end_on) AS is_dissolved
           FROM periods p
           JOIN scoped o ON o.joined_on <= p.end_on
           JOIN tier_nodes n ON n.id = o.tier_node_id
           CROSS JOIN LATERAL (
             SELECT c.to_status AS status FROM organisation_status_changes c
              WHERE c.organisation_id = o.id AND c.effective_on <= p.end_on
              ORDER BY c.effective_on DESC, c.recorded_at DESC LIMIT 1
           ) st
       )
       SELECT period, key, ${countExpr}::int AS count,
              count(*) FILTER (WHERE is_new)::int AS new,
              count(*) FILTER (WHERE is_dissolved)::int AS dissolved
         FROM cells
        GROUP BY period, key
        ORDER BY period, key`,
      [tenantId, scope, periods.map((p) => p.label), periods.map((p) => p.start), periods.map((p) => p.end)],
    );
  }

  async hasSnapshot(manager: EntityManager, tenantId: string, on: string): Promise<boolean> {
    const [done] = await manager.query(
      'SELECT 1 FROM growth_snapshots WHERE tenant_id = $1 AND snapshot_on = $2 LIMIT 1',
      [tenantId, on],
    );
    return Boolean(done);
  }

  /** Writes a day's snapshot; a re-run the same day overwrites that day's counts. */
  async writeSnapshot(manager: EntityManager, tenantId: string, on: string, rows: SnapshotRow[]): Promise<void> {
    for (const row of rows) {
      await manager.query(
        `INSERT INTO growth_snapshots (tenant_id, snapshot_on, dimension, key, count) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, snapshot_on, dimension, key) DO UPDATE SET count = EXCLUDED.count, recorded_at = now()`,
        [tenantId, on, row.dimension, row.key, row.count],
      );
    }
  }
}
