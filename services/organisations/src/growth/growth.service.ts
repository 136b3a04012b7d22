import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ORGANISATION_STATUS_LABELS,
  ORGANISATION_STATUSES,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type GrowthDimension,
  type GrowthPoint,
  type GrowthQuery,
  type GrowthReport,
} from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { todayIn } from '../organisations/organisation-rules.js';
import { StationsService } from '../stations/stations.service.js';
import { TierErrors } from '../tiers/tier.exception.js';
import { defaultRange, periodsBetween, type Interval } from './growth-periods.js';

const TIER_LABELS: Record<string, string> = {
  station: '社工站',
  community: '社区社工服务队',
  village: '村级社工服务点',
};

/** SQL for each dimension's key, over `o` (organisation), `n` (its node) and the status at period end. */
const KEY_SQL: Record<GrowthDimension, string> = {
  total: `'total'`,
  type: 'o.type',
  tier: 'n.level',
  status: 'st.status',
  // The community an organisation sits in (second path segment), or the station itself.
  community: `coalesce(split_part(o.tier_path, '/', 3), '') `,
};

/**
 * Organisation growth per period, computed from the registry dates and the status history,
 * so it is right for any past period whether or not a snapshot was taken then.
 * count: on the registry at the period's end (not dissolved; by status: in that status);
 * new: entered the registry during the period; dissolved: dissolved during the period.
 */
@Injectable()
export class GrowthService {
  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationsService,
  ) {}

  async growth(caller: CallerContext, query: GrowthQuery): Promise<GrowthReport> {
    const paths = requireScope(caller, 'read');
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    const range = defaultRange(today);
    const from = query.from ?? range.from;
    const to = query.to ?? range.to;
    const interval = (query.interval ?? 'month') as Interval;
    const by = query.by ?? 'total';
    const periods = periodsBetween(from, to, interval);
    let scope = likePatterns(paths);
    if (query.tierNodeId) {
      const [node] = await this.ds.query('SELECT path FROM tier_nodes WHERE id = $1 AND tenant_id = $2', [
        query.tierNodeId,
        caller.tenantId,
      ]);
      if (!node) throw TierErrors.notFound(query.tierNodeId);
      assertCanActOn(caller, node.path, 'read');
      scope = [`${node.path}%`];
    }
    const rows = await this.compute(this.ds.manager, caller.tenantId, scope, periods, by);
    const labels = await this.labels(caller.tenantId, by);
    const keys = new Set<string>(Object.keys(labels));
    for (const row of rows) keys.add(row.key);
    const byCell = new Map(rows.map((r) => [`${r.period}\u0000${r.key}`, r]));
    const series: GrowthPoint[] = [];
    for (const period of periods) {
      for (const key of keys) {
        const cell = byCell.get(`${period.label}\u0000${key}`);
        series.push({
          period: period.label,
          key,
          count: cell?.count ?? 0,
          new: cell?.new ?? 0,
          dissolved: cell?.dissolved ?? 0,
        });
      }
    }
    return { from: periods[0].start, to: periods[periods.length - 1].end, interval, by, labels, series };
  }

  /** Counts per period and key, in one query over the registry and the status history. */
  async compute(
    manager: EntityManager,
    tenantId: string,
    scope: string[],
    periods: { label: string; start: string; end: string }[],
    by: GrowthDimension,
  ): Promise<{ period: string; key: string; count: number; new: number; dissolved: number }[]> {
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

  private async labels(tenantId: string, by: GrowthDimension): Promise<Record<string, string>> {
    switch (by) {
      case 'type':
        return Object.fromEntries(ORGANISATION_TYPES.map((t) => [t, ORGANISATION_TYPE_LABELS[t]]));
      case 'status':
        return Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, ORGANISATION_STATUS_LABELS[s]]));
      case 'tier':
        return { ...TIER_LABELS };
      case 'community': {
        const rows: { id: string; name: string }[] = await this.ds.query(
          `SELECT id, name FROM tier_nodes WHERE tenant_id = $1 AND level = 'community' ORDER BY code, name`,
          [tenantId],
        );
        const station = await this.stations.get(tenantId);
        return { '': `${station.name}（站级）`, ...Object.fromEntries(rows.map((r) => [r.id, r.name])) };
      }
      default:
        return { total: '全部组织' };
    }
  }

  /** Today's counts per dimension, for the daily snapshot. */
  async snapshot(tenantId: string, on: string): Promise<{ dimension: string; key: string; count: number }[]> {
    const out: { dimension: string; key: string; count: number }[] = [];
    const period = [{ label: on, start: on, end: on }];
    for (const dimension of ['total', 'type', 'tier', 'status', 'community'] as const) {
      const rows = await this.compute(this.ds.manager, tenantId, ['/%'], period, dimension);
      for (const row of rows) out.push({ dimension, key: row.key, count: row.count });
    }
    return out;
  }
}
