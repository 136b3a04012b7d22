import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  TeamsApi,
  type ActivityDto,
  type ActivityPage,
  type CoverageCounts,
  type CoverageRange,
  type CreateActivityDto,
  type ListActivitiesQuery,
  type UpdateActivityDto,
} from '#linli/contracts';
import { idempotent, readOnly, ServiceClient, type CallerContext } from '#linli/platform';
import { assertCanActOn, readVisibility, requireScope } from '../access/access.js';
import { TierDirectory } from '../access/tier-directory.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { iso, pageOf } from '../sql.js';
import { ActivitiesRepository, type ActivityRow } from './activities.repository.js';
import { checkRange } from './activities.rules.js';

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

/** Activities: what happens, where and when, at a tier node, under a project or a team. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly ds: DataSource,
    private readonly tiers: TierDirectory,
    private readonly services: ServiceClient,
    private readonly projects: ProjectsService,
    private readonly repo: ActivitiesRepository,
  ) {}

  /** The team must exist in the caller's station and be visible to them: the teams service decides, with their token. */
  private async teamVisible(caller: CallerContext, teamId: string): Promise<void> {
    await this.services.call(TeamsApi.operations.teamGet, { id: teamId }, caller);
  }

  async create(caller: CallerContext, dto: CreateActivityDto): Promise<ActivityDto> {
    return idempotent(this.ds, caller, 'activity.create', dto, async () => {
      requireScope(caller, 'plan');
      const path = await this.tiers.pathOf(caller, dto.tierNodeId);
      assertCanActOn(caller, path, 'plan');
      checkRange(dto.startsAt, dto.endsAt);
      if (dto.projectId) await this.projects.assertExists(caller, dto.projectId);
      if (dto.teamId) await this.teamVisible(caller, dto.teamId);
      const id = randomUUID();
      await this.repo.insert(this.ds.manager, {
        id,
        tenantId: caller.tenantId,
        projectId: dto.projectId ?? null,
        teamId: dto.teamId ?? null,
        tierNodeId: dto.tierNodeId,
        tierPath: path,
        title: dto.title.trim(),
        location: dto.location.trim(),
        startsAt: dto.startsAt,
        endsAt: dto.endsAt,
        riskLevel: dto.riskLevel,
        minAge: dto.minAge ?? null,
        description: dto.description ?? null,
        createdBy: caller.userId,
      });
      return this.get(caller, id);
    });
  }

  async list(caller: CallerContext, query: ListActivitiesQuery): Promise<ActivityPage> {
    const visible = readVisibility(caller);
    let under: string | undefined;
    if (query.tierNodeId) {
      under = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, under, 'read');
    }
    const window = pageOf(query);
    const { rows, total } = await this.repo.page(
      this.ds.manager,
      { tenantId: caller.tenantId, visible, under, projectId: query.projectId, teamId: query.teamId },
      window,
    );
    return { items: rows.map(toActivityDto), total, ...window };
  }

  async get(caller: CallerContext, id: string): Promise<ActivityDto> {
    const row = await this.row(caller, id);
    assertCanActOn(caller, row.tierPath, 'read');
    return toActivityDto(row);
  }

  async update(caller: CallerContext, id: string, changes: UpdateActivityDto): Promise<ActivityDto> {
    requireScope(caller, 'plan');
    const row = await this.row(caller, id);
    assertCanActOn(caller, row.tierPath, 'plan');
    const startsAt = changes.startsAt ?? iso(row.startsAt)!;
    const endsAt = changes.endsAt ?? iso(row.endsAt)!;
    checkRange(startsAt, endsAt);
    if (changes.projectId) await this.projects.assertExists(caller, changes.projectId);
    if (changes.teamId && changes.teamId !== row.teamId) await this.teamVisible(caller, changes.teamId);
    await this.repo.update(this.ds.manager, caller.tenantId, id, {
      title: changes.title?.trim() ?? row.title,
      projectId: changes.projectId ?? row.projectId,
      teamId: changes.teamId ?? row.teamId,
      location: changes.location?.trim() ?? row.location,
      startsAt,
      endsAt,
      riskLevel: changes.riskLevel ?? row.riskLevel,
      minAge: changes.minAge ?? row.minAge,
      description: changes.description ?? row.description,
    });
    return this.get(caller, id);
  }

  /** The activity in the caller's station, whoever may see it (callers check access). */
  async row(caller: CallerContext, id: string): Promise<ActivityRow> {
    const row = await this.repo.find(this.ds.manager, caller.tenantId, id);
    if (!row) throw ActivitiesErrors.activityNotFound(id);
    return row;
  }

  /** Activities and shifts held per tier path for the station's coverage report (leaders' subtrees, not volunteers'). */
  async coverage(caller: CallerContext, range: CoverageRange): Promise<CoverageCounts> {
    const subtrees = requireScope(caller, 'report').map((p) => `${p}%`);
    const rows = await readOnly(this.ds, (manager) =>
      this.repo.coverage(manager, caller.tenantId, subtrees, range.since, range.until),
    );
    return { items: rows.map(({ tierPath, ...counts }) => ({ tierPath, counts })) };
  }
}
