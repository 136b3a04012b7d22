import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ServiceDomain } from '#linli/contracts';
import { visibleClause, type PageWindow, type Visibility } from '../sql.js';

export interface ProjectRow {
  id: string;
  name: string;
  domain: ServiceDomain;
  tierNodeId: string;
  description: string | null;
  createdAt: Date;
}

export interface NewProject {
  id: string;
  tenantId: string;
  name: string;
  domain: ServiceDomain;
  tierNodeId: string;
  tierPath: string;
  description: string | null;
  createdBy: string;
}

export interface ProjectFilter {
  tenantId: string;
  visible: Visibility;
  /** Only projects in this subtree (a tier path). */
  under?: string;
  domain?: ServiceDomain;
}

const COLUMNS = `id, name, domain, tier_node_id AS "tierNodeId", description, created_at AS "createdAt"`;

/** All SQL on `projects`. A duplicate name in a station violates `projects_name`. */
@Injectable()
export class ProjectsRepository {
  async insert(manager: EntityManager, p: NewProject): Promise<ProjectRow> {
    const [row] = await manager.query(
      `INSERT INTO projects (id, tenant_id, name, domain, tier_node_id, tier_path, description, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [p.id, p.tenantId, p.name, p.domain, p.tierNodeId, p.tierPath, p.description, p.createdBy],
    );
    return row;
  }

  async page(manager: EntityManager, filter: ProjectFilter, window: PageWindow) {
    const params: unknown[] = [filter.tenantId];
    const where = ['tenant_id = $1', visibleClause('tier_path', filter.visible, params)];
    if (filter.under) {
      params.push(`${filter.under}%`);
      where.push(`tier_path LIKE $${params.length}`);
    }
    if (filter.domain) {
      params.push(filter.domain);
      where.push(`domain = $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM projects WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: ProjectRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM projects WHERE ${where.join(' AND ')}
        ORDER BY name LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, window.pageSize, (window.page - 1) * window.pageSize],
    );
    return { rows, total };
  }

  async exists(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const rows = await manager.query('SELECT id FROM projects WHERE id = $1 AND tenant_id = $2', [id, tenantId]);
    return rows.length > 0;
  }
}
