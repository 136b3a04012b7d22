import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganisationStatus, OrganisationType } from '#linli/contracts';
import { OrganisationStatusChangeEntity } from './organisation-status-change.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import type { OrganisationRow } from './organisation.mapper.js';

/** The columns of an organisation row with its node's name and level (also run by `npm run bench:read`'s baseline). */
export const ORGANISATION_SELECT = `
  SELECT o.id, o.tenant_id AS "tenantId", o.tier_node_id AS "tierNodeId", o.tier_path AS "tierPath", o.name, o.type,
         o.status, to_char(o.status_since, 'YYYY-MM-DD') AS "statusSince", to_char(o.founded_on, 'YYYY-MM-DD') AS "foundedOn",
         to_char(o.joined_on, 'YYYY-MM-DD') AS "joinedOn", o.leader, o.contact, o.member_count AS "memberCount",
         o.description, o.created_at AS "createdAt", o.updated_at AS "updatedAt",
         n.name AS "tierNodeName", n.level AS "tierLevel"
    FROM organisations o JOIN tier_nodes n ON n.id = o.tier_node_id`;

/** One organisation row with its status history (oldest first) as JSON, in one round trip: $1 id, $2 tenant. */
export const ORGANISATION_WITH_HISTORY = `
  SELECT r.*, coalesce((
           SELECT json_agg(json_build_object(
                    'id', h.id, 'tenantId', h.tenant_id, 'organisationId', h.organisation_id,
                    'fromStatus', h.from_status, 'toStatus', h.to_status, 'reason', h.reason,
                    'effectiveOn', to_char(h.effective_on, 'YYYY-MM-DD'), 'recordedBy', h.recorded_by,
                    'recordedAt', h.recorded_at) ORDER BY h.effective_on, h.recorded_at)
             FROM organisation_status_changes h
            WHERE h.organisation_id = r.id AND h.tenant_id = r."tenantId"), '[]') AS "statusHistory"
    FROM (${ORGANISATION_SELECT} WHERE o.id = $1 AND o.tenant_id = $2) r`;

/** Which organisations a list shows: always the caller's area, optionally narrowed. */
export interface OrganisationFilter {
  tenantId: string;
  /** `LIKE` patterns of the caller's area. */
  scope: string[];
  /** Only this subtree (a node's path). */
  subtreePath?: string;
  type?: OrganisationType;
  status?: OrganisationStatus;
  /** Searched in the name and the leader. */
  q?: string;
}

export type NewStatusChange = Omit<OrganisationStatusChangeEntity, 'recordedAt'>;

/** The unique index that keeps live organisation names apart within a station. */
export const LIVE_NAME_CONSTRAINT = 'organisations_live_name';

/** All SQL of the `organisations` and `organisation_status_changes` tables. */
@Injectable()
export class OrganisationsRepository {
  async page(
    manager: EntityManager,
    filter: OrganisationFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: OrganisationRow[]; total: number }> {
    const { where, params } = organisationWhere(filter);
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM organisations o WHERE ${where}`,
      params,
    );
    const rows: OrganisationRow[] = await manager.query(
      `${ORGANISATION_SELECT} WHERE ${where} ORDER BY o.joined_on DESC, o.name
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }

  /** An organisation with its node's name and level, or null. */
  async row(manager: EntityManager, tenantId: string, id: string): Promise<OrganisationRow | null> {
    const [row]: OrganisationRow[] = await manager.query(
      `${ORGANISATION_SELECT} WHERE o.id = $1 AND o.tenant_id = $2`,
      [id, tenantId],
    );
    return row ?? null;
  }

  /** An organisation with its node's name and level and its status history (oldest first), or null. */
  async rowWithHistory(
    manager: EntityManager,
    tenantId: string,
    id: string,
  ): Promise<{ row: OrganisationRow; history: OrganisationStatusChangeEntity[] } | null> {
    const [found]: (OrganisationRow & { statusHistory: OrganisationStatusChangeEntity[] })[] = await manager.query(
      ORGANISATION_WITH_HISTORY,
      [id, tenantId],
    );
    if (!found) return null;
    const { statusHistory, ...row } = found;
    return { row, history: statusHistory };
  }

  /** The organisation, locked until the transaction ends, or null. */
  lockForChange(manager: EntityManager, tenantId: string, id: string): Promise<OrganisationEntity | null> {
    return manager.findOne(OrganisationEntity, { where: { id, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Live (not dissolved) organisations per node, each node counted on its own. */
  async liveCountsByNode(manager: EntityManager, tenantId: string): Promise<Map<string, number>> {
    const rows: { tierNodeId: string; n: number }[] = await manager.query(
      `SELECT tier_node_id AS "tierNodeId", count(*)::int AS n FROM organisations
        WHERE tenant_id = $1 AND status <> 'dissolved' GROUP BY tier_node_id`,
      [tenantId],
    );
    return new Map(rows.map((r) => [r.tierNodeId, r.n]));
  }

  /** Fails with {@link LIVE_NAME_CONSTRAINT} when a live organisation has the name. */
  async insert(manager: EntityManager, org: OrganisationEntity): Promise<void> {
    await manager.insert(OrganisationEntity, org);
  }

  async save(manager: EntityManager, org: OrganisationEntity): Promise<void> {
    await manager.save(OrganisationEntity, org);
  }

  /** Status history is append-only (a trigger refuses updates and deletes). */
  async appendStatusChange(manager: EntityManager, change: NewStatusChange): Promise<void> {
    await manager.insert(OrganisationStatusChangeEntity, change);
  }

  /** The earliest change after the registry entry (`YYYY-MM-DD`), or null when there is none. */
  async earliestChangeOn(manager: EntityManager, id: string): Promise<string | null> {
    const [{ earliest }]: { earliest: string | null }[] = await manager.query(
      `SELECT to_char(min(effective_on), 'YYYY-MM-DD') AS earliest FROM organisation_status_changes
        WHERE organisation_id = $1 AND from_status IS NOT NULL`,
      [id],
    );
    return earliest;
  }

  /** The latest change's effective date (`YYYY-MM-DD`), or null when there is none. */
  async lastChangeOn(manager: EntityManager, id: string): Promise<string | null> {
    const [{ last }]: { last: string | null }[] = await manager.query(
      `SELECT to_char(max(effective_on), 'YYYY-MM-DD') AS last FROM organisation_status_changes WHERE organisation_id = $1`,
      [id],
    );
    return last;
  }
}

/** The WHERE clause of a list (also run by `npm run bench:read`'s baseline). */
export function organisationWhere(filter: OrganisationFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [filter.tenantId, filter.scope];
  const where = ['o.tenant_id = $1', 'o.tier_path LIKE ANY($2)'];
  if (filter.subtreePath) {
    params.push(`${filter.subtreePath}%`);
    where.push(`o.tier_path LIKE $${params.length}`);
  }
  if (filter.type) {
    params.push(filter.type);
    where.push(`o.type = $${params.length}`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`o.status = $${params.length}`);
  }
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(o.name ILIKE $${params.length} OR o.leader ILIKE $${params.length})`);
  }
  return { where: where.join(' AND '), params };
}
