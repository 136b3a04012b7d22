import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActivityDto, RiskLevel } from '#linli/contracts';
import { visibleClause, type PageWindow, type Visibility } from '../sql.js';

export type ActivityRow = Omit<ActivityDto, 'startsAt' | 'endsAt' | 'createdAt' | 'updatedAt'> & {
  tierPath: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export interface ActivityFields {
  projectId: string | null;
  teamId: string | null;
  title: string;
  location: string;
  startsAt: string;
  endsAt: string;
  riskLevel: RiskLevel;
  minAge: number | null;
  description: string | null;
}

export interface NewActivity extends ActivityFields {
  id: string;
  tenantId: string;
  tierNodeId: string;
  tierPath: string;
  createdBy: string;
}

export interface ActivityFilter {
  tenantId: string;
  visible: Visibility;
  under?: string;
  projectId?: string;
  teamId?: string;
}

const SELECT = `
  SELECT a.id, a.title, a.project_id AS "projectId", p.domain AS "projectDomain", a.team_id AS "teamId",
         a.tier_node_id AS "tierNodeId", a.tier_path AS "tierPath", a.location, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         a.risk_level AS "riskLevel", a.min_age AS "minAge", a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM activities a LEFT JOIN projects p ON p.id = a.project_id`;

/** All SQL on `activities` (with their project's domain). */
@Injectable()
export class ActivitiesRepository {
  async find(manager: EntityManager, tenantId: string, id: string): Promise<ActivityRow | undefined> {
    const [row] = await manager.query(`${SELECT} WHERE a.id = $1 AND a.tenant_id = $2`, [id, tenantId]);
    return row;
  }

  async insert(manager: EntityManager, a: NewActivity): Promise<void> {
    await manager.query(
      `INSERT INTO activities (id, tenant_id, project_id, team_id, tier_node_id, tier_path, title, location, starts_at, ends_at,
         risk_level, min_age, description, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        a.id,
        a.tenantId,
        a.projectId,
        a.teamId,
        a.tierNodeId,
        a.tierPath,
        a.title,
        a.location,
        a.startsAt,
        a.endsAt,
        a.riskLevel,
        a.minAge,
        a.description,
        a.createdBy,
      ],
    );
  }

  async update(manager: EntityManager, tenantId: string, id: string, a: ActivityFields): Promise<void> {
    await manager.query(
      `UPDATE activities SET title = $3, project_id = $4, team_id = $5, location = $6, starts_at = $7, ends_at = $8,
         risk_level = $9, min_age = $10, description = $11, updated_at = now()
       WHERE id = $1 AND tenant_id = $2`,
      [
        id,
        tenantId,
        a.title,
        a.projectId,
        a.teamId,
        a.location,
        a.startsAt,
        a.endsAt,
        a.riskLevel,
        a.minAge,
        a.description,
      ],
    );
  }

  async page(manager: EntityManager, filter: ActivityFilter, window: PageWindow) {
    const params: unknown[] = [filter.tenantId];
    const where = ['a.tenant_id = $1', visibleClause('a.tier_path', filter.visible, params)];
    if (filter.under) {
      params.push(`${filter.under}%`);
      where.push(`a.tier_path LIKE $${params.length}`);
    }
    for (const [value, column] of [
      [filter.projectId, 'a.project_id'],
      [filter.teamId, 'a.team_id'],
    ] as const) {
      if (!value) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM activities a WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: ActivityRow[] = await manager.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.starts_at DESC, a.title
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, window.pageSize, (window.page - 1) * window.pageSize],
    );
    return { rows, total };
  }

  /** Shifts that started in [since, until) and before now, and their distinct activities, per tier path of the shift. */
  async coverage(
    manager: EntityManager,
    tenantId: string,
    subtrees: string[],
    since: string,
    until: string,
  ): Promise<Array<{ tierPath: string; activities: number; shifts: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath", count(DISTINCT activity_id)::int AS activities, count(*)::int AS shifts
         FROM shifts
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND starts_at >= $3 AND starts_at < $4 AND starts_at <= now()
        GROUP BY tier_path`,
      [tenantId, subtrees, since, until],
    );
  }
}
