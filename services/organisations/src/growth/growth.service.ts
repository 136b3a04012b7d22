import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  GROWTH_DIMENSIONS,
  ORGANISATION_STATUS_LABELS,
  ORGANISATION_STATUSES,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type GrowthDimension,
  type GrowthPoint,
  type GrowthQuery,
  type GrowthReport,
} from '#linli/contracts';
import { readOnly, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { TierErrors } from '../organisations.errors.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import { GrowthRepository, type SnapshotRow } from './growth.repository.js';
import { defaultRange, periodsBetween, type Interval } from './growth.rules.js';

const TIER_LABELS: Record<string, string> = {
  station: '社工站',
  community: '社区社工服务队',
  village: '村级社工服务点',
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
    private readonly growthRows: GrowthRepository,
    private readonly nodes: TiersRepository,
    private readonly stations: StationsService,
  ) {}

  async growth(caller: CallerContext, query: GrowthQuery): Promise<GrowthReport> {
    const paths = requireScope(caller, 'report');
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    const range = defaultRange(today);
    const from = query.from ?? range.from;
    const to = query.to ?? range.to;
    const interval = (query.interval ?? 'month') as Interval;
    const by = query.by ?? 'total';
    const periods = periodsBetween(from, to, interval);
    // Read-only and read-heavy: the replica's lag of a moment is invisible in monthly counts.
    const { rows, labels } = await readOnly(this.ds, async (manager) => {
      let scope = likePatterns(paths);
      if (query.tierNodeId) {
        const node = await this.nodes.findInTenant(manager, caller.tenantId, query.tierNodeId);
        if (!node) throw TierErrors.notFound(query.tierNodeId);
        assertCanActOn(caller, node.path, 'report');
        scope = [`${node.path}%`];
      }
      return {
        rows: await this.growthRows.cells(manager, caller.tenantId, scope, periods, by),
        labels: await this.labels(manager, caller.tenantId, by),
      };
    });
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

  private async labels(manager: EntityManager, tenantId: string, by: GrowthDimension): Promise<Record<string, string>> {
    switch (by) {
      case 'type':
        return Object.fromEntries(ORGANISATION_TYPES.map((t) => [t, ORGANISATION_TYPE_LABELS[t]]));
      case 'status':
        return Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, ORGANISATION_STATUS_LABELS[s]]));
      case 'tier':
        return { ...TIER_LABELS };
      case 'community': {
        const rows = await this.nodes.communities(manager, tenantId);
        const station = await this.stations.get(tenantId);
        return { '': `${station.name}（站级）`, ...Object.fromEntries(rows.map((r) => [r.id, r.name])) };
      }
      default:
        return { total: '全部组织' };
    }
  }

  /** Counts per dimension on one day, for the daily snapshot. */
  async snapshot(tenantId: string, on: string): Promise<SnapshotRow[]> {
    const out: SnapshotRow[] = [];
    const period = [{ label: on, start: on, end: on }];
    for (const dimension of GROWTH_DIMENSIONS) {
      const rows = await this.growthRows.cells(this.ds.manager, tenantId, ['/%'], period, dimension);
      for (const row of rows) out.push({ dimension, key: row.key, count: row.count });
    }
    return out;
  }

  hasSnapshot(tenantId: string, on: string): Promise<boolean> {
    return this.growthRows.hasSnapshot(this.ds.manager, tenantId, on);
  }

  /** Writes a day's counts in one transaction. */
  async recordSnapshot(tenantId: string, on: string, rows: SnapshotRow[]): Promise<void> {
    await this.ds.transaction((manager) => this.growthRows.writeSnapshot(manager, tenantId, on, rows));
  }
}
