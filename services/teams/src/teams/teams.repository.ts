import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TeamStatus } from '#linli/contracts';
import { TeamEntity } from './team.entity.js';
import type { TeamRow } from './team.mapper.js';

const SELECT_TEAM = `
  SELECT t.id, t.tenant_id AS "tenantId", t.tier_node_id AS "tierNodeId", t.tier_path AS "tierPath", t.name,
         t.organisation_id AS "organisationId", t.description, t.status, t.created_by AS "createdBy",
         t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.dissolved_at AS "dissolvedAt",
         (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id AND m.left_at IS NULL) AS "memberCount",
         (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id AND m.left_at IS NULL AND m.role = 'leader') AS "leaderCount"
    FROM teams t`;

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Which teams a list shows: what the caller may see, narrowed by the query's filters. */
export interface TeamFilter {
  tenantId: string;
  /** LIKE patterns of the subtrees the caller sees. */
  visibleSubtrees: string[];
  /** Exact paths above the caller's nodes. */
  visibleAncestors: string[];
  /** The caller's linked volunteer: their own teams are visible wherever they sit. */
  ownVolunteerId: string | null;
  /** Only the subtree under this path. */
  subtreePath?: string;
  organisationId?: string;
  status?: TeamStatus;
  /** Name search (matched as a substring, LIKE characters escaped). */
  q?: string;
}

/** A new team, as written by create. */
export type NewTeam = Pick<
  TeamEntity,
  'id' | 'tenantId' | 'tierNodeId' | 'tierPath' | 'name' | 'organisationId' | 'description' | 'status' | 'createdBy'
>;

/** The fields an update writes. */
export type TeamChanges = Pick<
  TeamEntity,
  'name' | 'description' | 'organisationId' | 'tierNodeId' | 'tierPath' | 'status'
>;

/** Where a team sits, as a roster change needs it. */
export interface TeamPlace {
  id: string;
  tierNodeId: string;
  tierPath: string;
}

/** All SQL of the `teams` table. */
@Injectable()
export class TeamsRepository {
  /** A team of the station with its member and leader counts. */
  async find(manager: EntityManager, tenantId: string, id: string): Promise<TeamRow | undefined> {
    const [row]: TeamRow[] = await manager.query(`${SELECT_TEAM} WHERE t.id = $1 AND t.tenant_id = $2`, [id, tenantId]);
    return row;
  }

  /** One page of teams, in status, place and name order, with the total matching. */
  async list(
    manager: EntityManager,
    filter: TeamFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: TeamRow[]; total: number }> {
    const params: unknown[] = [filter.tenantId, filter.visibleSubtrees, filter.visibleAncestors, filter.ownVolunteerId];
    const where = [
      't.tenant_id = $1',
      `(t.tier_path LIKE ANY($2) OR t.tier_path = ANY($3) OR EXISTS (
         SELECT 1 FROM team_memberships own WHERE own.team_id = t.id AND own.volunteer_id = $4 AND own.left_at IS NULL))`,
    ];
    const add = (condition: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(condition(params.length));
    };
    if (filter.subtreePath) add((n) => `t.tier_path LIKE $${n}`, `${filter.subtreePath}%`);
    if (filter.organisationId) add((n) => `t.organisation_id = $${n}`, filter.organisationId);
    if (filter.status) add((n) => `t.status = $${n}`, filter.status);
    if (filter.q) add((n) => `t.name ILIKE $${n}`, `%${escapeLike(filter.q)}%`);
    const condition = where.join(' AND ');
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM teams t WHERE ${condition}`,
      params,
    );
    const rows: TeamRow[] = await manager.query(
      `${SELECT_TEAM} WHERE ${condition} ORDER BY t.status, t.tier_path, t.name
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }

  /** Inserts a team; a live-name clash fails on the `teams_live_name` constraint. */
  async insert(manager: EntityManager, team: NewTeam): Promise<void> {
    await manager.insert(TeamEntity, team);
  }

  /** The team row, locked so roster and team changes of one team run one after another. */
  async lock(manager: EntityManager, tenantId: string, id: string): Promise<TeamEntity | null> {
    return manager.findOne(TeamEntity, { where: { id, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the team's fields; dissolving stamps `dissolved_at`. */
  async update(manager: EntityManager, id: string, team: TeamChanges): Promise<void> {
    await manager.query(
      `UPDATE teams SET name = $2, description = $3, organisation_id = $4, tier_node_id = $5, tier_path = $6,
              status = $7, dissolved_at = CASE WHEN $7 = 'dissolved' THEN now() ELSE NULL END, updated_at = now()
        WHERE id = $1`,
      [id, team.name, team.description, team.organisationId, team.tierNodeId, team.tierPath, team.status],
    );
  }

  /** Marks the team changed (its roster changed). */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE teams SET updated_at = now() WHERE id = $1', [id]);
  }

  /** The teams a volunteer currently serves in, locked in id order (the order every roster change locks in). */
  async lockWhereServing(manager: EntityManager, tenantId: string, volunteerId: string): Promise<TeamPlace[]> {
    return manager.query(
      `SELECT t.id, t.tier_node_id AS "tierNodeId", t.tier_path AS "tierPath" FROM teams t
        WHERE t.tenant_id = $1 AND t.id IN (
          SELECT team_id FROM team_memberships WHERE tenant_id = $1 AND volunteer_id = $2 AND left_at IS NULL)
        ORDER BY t.id FOR UPDATE`,
      [tenantId, volunteerId],
    );
  }

  /** Teams alive at `until` per tier path in the subtrees (LIKE patterns). */
  async coverage(
    manager: EntityManager,
    tenantId: string,
    subtrees: string[],
    until: string,
  ): Promise<Array<{ tierPath: string; teams: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath", count(*)::int AS teams FROM teams
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND created_at < $3 AND (dissolved_at IS NULL OR dissolved_at >= $3)
        GROUP BY tier_path`,
      [tenantId, subtrees, until],
    );
  }
}
