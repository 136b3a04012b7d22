import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TeamsSubjects } from '#linli/contracts';
import type {
  ActivityDto,
  ActivityPage,
  CreateActivityDto,
  CreateProjectDto,
  ListActivitiesQuery,
  ListProjectsQuery,
  Page,
  ProjectDto,
  UpdateActivityDto,
} from '#linli/contracts';
import { idempotent, ServiceClient, type CallerContext } from '#linli/platform';
import { ancestorPaths, assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { TierDirectory } from '../access/tier-directory.js';
import { ActivityErrors } from '../activities.exception.js';
import { iso, pgError } from '../sql.js';

const ACTIVITY_SELECT = `
  SELECT a.id, a.title, a.project_id AS "projectId", p.domain AS "projectDomain", a.team_id AS "teamId",
         a.tier_node_id AS "tierNodeId", a.tier_path AS "tierPath", a.location, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         a.risk_level AS "riskLevel", a.min_age AS "minAge", a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM activities a LEFT JOIN projects p ON p.id = a.project_id`;

type ActivityRow = Omit<ActivityDto, 'startsAt' | 'endsAt' | 'createdAt' | 'updatedAt'> & {
  tierPath: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export function toActivityDto(row: ActivityRow): ActivityDto {
  const { tierPath: _path, ...rest } = row;
  return {
    ...rest,
    startsAt: iso(row.startsAt)!,
    endsAt: iso(row.endsAt)!,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

function toProjectDto(row: Record<string, unknown>): ProjectDto {
  return {
    id: row.id as string,
    name: row.name as string,
    domain: row.domain as ProjectDto['domain'],
    tierNodeId: row.tierNodeId as string,
    description: (row.description as string | null) ?? null,
    createdAt: iso(row.createdAt as Date)!,
  };
}

/** Visibility filter for reading rows with a `tier_path` column: the caller's subtrees, plus a volunteer's ancestors. */
export function readFilter(caller: CallerContext, column: string, params: unknown[]): string {
  const paths = requireScope(caller, 'read');
  params.push(likePatterns(paths));
  const subtree = `${column} LIKE ANY($${params.length})`;
  const above = ancestorPaths(caller);
  if (above.length === 0) return subtree;
  params.push(above);
  return `(${subtree} OR ${column} = ANY($${params.length}))`;
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tiers: TierDirectory,
    private readonly services: ServiceClient,
  ) {}

  /** The team must exist in the caller's station and be visible to them: the teams service decides, with their token. */
  private async teamVisible(caller: CallerContext, teamId: string): Promise<void> {
    await this.services.send(TeamsSubjects.teamGet, { id: teamId }, caller);
  }

  async createProject(caller: CallerContext, dto: CreateProjectDto): Promise<ProjectDto> {
    return idempotent(this.ds, caller, 'project.create', dto, async () => {
      requireScope(caller, 'plan');
      const path = await this.tiers.pathOf(caller, dto.tierNodeId);
      assertCanActOn(caller, path, 'plan');
      const id = randomUUID();
      try {
        const [row] = await this.ds.query(
          `INSERT INTO projects (id, tenant_id, name, domain, tier_node_id, tier_path, description, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           RETURNING id, name, domain, tier_node_id AS "tierNodeId", description, created_at AS "createdAt"`,
          [
            id,
            caller.tenantId,
            dto.name.trim(),
            dto.domain,
            dto.tierNodeId,
            path,
            dto.description ?? null,
            caller.userId,
          ],
        );
        return toProjectDto(row);
      } catch (error) {
        if (pgError(error).constraint === 'projects_name') throw ActivityErrors.projectNameTaken(dto.name);
        throw error;
      }
    });
  }

  async listProjects(caller: CallerContext, query: ListProjectsQuery): Promise<Page<ProjectDto>> {
    const params: unknown[] = [caller.tenantId];
    const where = ['tenant_id = $1', readFilter(caller, 'tier_path', params)];
    if (query.tierNodeId) {
      const path = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, path, 'read');
      params.push(`${path}%`);
      where.push(`tier_path LIKE $${params.length}`);
    }
    if (query.domain) {
      params.push(query.domain);
      where.push(`domain = $${params.length}`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM projects WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows = await this.ds.query(
      `SELECT id, name, domain, tier_node_id AS "tierNodeId", description, created_at AS "createdAt"
         FROM projects WHERE ${where.join(' AND ')} ORDER BY name LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toProjectDto), total, page, pageSize };
  }

  async createActivity(caller: CallerContext, dto: CreateActivityDto): Promise<ActivityDto> {
    return idempotent(this.ds, caller, 'activity.create', dto, async () => {
      requireScope(caller, 'plan');
      const path = await this.tiers.pathOf(caller, dto.tierNodeId);
      assertCanActOn(caller, path, 'plan');
      checkRange(dto.startsAt, dto.endsAt);
      if (dto.projectId) await this.projectInTenant(caller, dto.projectId);
      if (dto.teamId) await this.teamVisible(caller, dto.teamId);
      const id = randomUUID();
      await this.ds.query(
        `INSERT INTO activities (id, tenant_id, project_id, team_id, tier_node_id, tier_path, title, location, starts_at, ends_at,
           risk_level, min_age, description, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          id,
          caller.tenantId,
          dto.projectId ?? null,
          dto.teamId ?? null,
          dto.tierNodeId,
          path,
          dto.title.trim(),
          dto.location.trim(),
          dto.startsAt,
          dto.endsAt,
          dto.riskLevel,
          dto.minAge ?? null,
          dto.description ?? null,
          caller.userId,
        ],
      );
      return this.getActivity(caller, id);
    });
  }

  async listActivities(caller: CallerContext, query: ListActivitiesQuery): Promise<ActivityPage> {
    const params: unknown[] = [caller.tenantId];
    const where = ['a.tenant_id = $1', readFilter(caller, 'a.tier_path', params)];
    if (query.tierNodeId) {
      const path = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, path, 'read');
      params.push(`${path}%`);
      where.push(`a.tier_path LIKE $${params.length}`);
    }
    for (const [value, column] of [
      [query.projectId, 'a.project_id'],
      [query.teamId, 'a.team_id'],
    ] as const) {
      if (!value) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM activities a WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: ActivityRow[] = await this.ds.query(
      `${ACTIVITY_SELECT} WHERE ${where.join(' AND ')} ORDER BY a.starts_at DESC, a.title
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toActivityDto), total, page, pageSize };
  }

  async getActivity(caller: CallerContext, id: string): Promise<ActivityDto> {
    const row = await this.activityRow(caller, id);
    assertCanActOn(caller, row.tierPath, 'read');
    return toActivityDto(row);
  }

  async updateActivity(caller: CallerContext, id: string, changes: UpdateActivityDto): Promise<ActivityDto> {
    requireScope(caller, 'plan');
    const row = await this.activityRow(caller, id);
    assertCanActOn(caller, row.tierPath, 'plan');
    const startsAt = changes.startsAt ?? iso(row.startsAt)!;
    const endsAt = changes.endsAt ?? iso(row.endsAt)!;
    checkRange(startsAt, endsAt);
    if (changes.projectId) await this.projectInTenant(caller, changes.projectId);
    if (changes.teamId && changes.teamId !== row.teamId) await this.teamVisible(caller, changes.teamId);
    await this.ds.query(
      `UPDATE activities SET title = $3, project_id = $4, team_id = $5, location = $6, starts_at = $7, ends_at = $8,
         risk_level = $9, min_age = $10, description = $11, updated_at = now()
       WHERE id = $1 AND tenant_id = $2`,
      [
        id,
        caller.tenantId,
        changes.title?.trim() ?? row.title,
        changes.projectId ?? row.projectId,
        changes.teamId ?? row.teamId,
        changes.location?.trim() ?? row.location,
        startsAt,
        endsAt,
        changes.riskLevel ?? row.riskLevel,
        changes.minAge ?? row.minAge,
        changes.description ?? row.description,
      ],
    );
    return this.getActivity(caller, id);
  }

  async activityRow(caller: CallerContext, id: string): Promise<ActivityRow> {
    const [row] = await this.ds.query(`${ACTIVITY_SELECT} WHERE a.id = $1 AND a.tenant_id = $2`, [id, caller.tenantId]);
    if (!row) throw ActivityErrors.activityNotFound(id);
    return row;
  }

  private async projectInTenant(caller: CallerContext, id: string) {
    const [row] = await this.ds.query('SELECT id FROM projects WHERE id = $1 AND tenant_id = $2', [
      id,
      caller.tenantId,
    ]);
    if (!row) throw ActivityErrors.projectNotFound(id);
  }
}

export function checkRange(startsAt: string, endsAt: string) {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) throw ActivityErrors.timesInvalid(startsAt, endsAt);
}
