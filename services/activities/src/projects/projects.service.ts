import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CreateProjectDto, ListProjectsQuery, Page, ProjectDto } from '#linli/contracts';
import { idempotent, type CallerContext } from '#linli/platform';
import { assertCanActOn, readVisibility, requireScope } from '../access/access.js';
import { TierDirectory } from '../access/tier-directory.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { iso, pageOf, pgError } from '../sql.js';
import { ProjectsRepository, type ProjectRow } from './projects.repository.js';

function toProjectDto(row: ProjectRow): ProjectDto {
  return { ...row, description: row.description ?? null, createdAt: iso(row.createdAt)! };
}

/** Projects: a named programme in one of the four service domains, at a tier node. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tiers: TierDirectory,
    private readonly repo: ProjectsRepository,
  ) {}

  async createProject(caller: CallerContext, dto: CreateProjectDto): Promise<ProjectDto> {
    return idempotent(this.ds, caller, 'project.create', dto, async () => {
      requireScope(caller, 'plan');
      const path = await this.tiers.pathOf(caller, dto.tierNodeId);
      assertCanActOn(caller, path, 'plan');
      try {
        const row = await this.repo.insert(this.ds.manager, {
          id: randomUUID(),
          tenantId: caller.tenantId,
          name: dto.name.trim(),
          domain: dto.domain,
          tierNodeId: dto.tierNodeId,
          tierPath: path,
          description: dto.description ?? null,
          createdBy: caller.userId,
        });
        return toProjectDto(row);
      } catch (error) {
        if (pgError(error).constraint === 'projects_name') throw ActivitiesErrors.projectNameTaken(dto.name);
        throw error;
      }
    });
  }

  async listProjects(caller: CallerContext, query: ListProjectsQuery): Promise<Page<ProjectDto>> {
    const visible = readVisibility(caller);
    let under: string | undefined;
    if (query.tierNodeId) {
      under = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, under, 'read');
    }
    const window = pageOf(query);
    const { rows, total } = await this.repo.page(
      this.ds.manager,
      { tenantId: caller.tenantId, visible, under, domain: query.domain },
      window,
    );
    return { items: rows.map(toProjectDto), total, ...window };
  }

  /** Refuses a project id of another station (or none). */
  async assertExists(caller: CallerContext, id: string): Promise<void> {
    if (!(await this.repo.exists(this.ds.manager, caller.tenantId, id))) throw ActivitiesErrors.projectNotFound(id);
  }
}
