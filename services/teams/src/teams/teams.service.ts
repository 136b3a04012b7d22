import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OrganisationsApi,
  TeamsApi,
  tierPath,
  type CoverageCounts,
  type CoverageRange,
  type CreateTeamDto,
  type ListTeamsQuery,
  type Page,
  type TeamDto,
  type UpdateTeamDto,
} from '#linli/contracts';
import {
  idempotent,
  likePatterns,
  OutboxRelay,
  publishEvent,
  readOnly,
  ServiceClient,
  type CallerContext,
} from '#linli/platform';
import {
  canManageTeam,
  canSeeTeam,
  refusal,
  reportingSubtrees,
  requireTeamManager,
  requireTeamReader,
  teamVisibility,
  type OwnMembership,
} from '../access/access.rules.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { TeamErrors } from '../teams.errors.js';
import { toTeamDto, toTeamEventPayload, type TeamRow } from './team.mapper.js';
import { TeamsRepository } from './teams.repository.js';

@Injectable()
export class TeamsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async create(caller: CallerContext, dto: CreateTeamDto): Promise<TeamDto> {
    requireTeamManager(caller);
    return idempotent(this.ds, caller, 'team.create', dto, async () => {
      const node = await this.node(caller, dto.tierNodeId);
      if (!canManageTeam(caller, node.path)) throw refusal(caller, 'manage');
      if (dto.organisationId) await this.assertOrganisation(caller, dto.organisationId);
      const id = randomUUID();
      await this.write(dto.name, async (manager) => {
        const team = {
          id,
          tenantId: caller.tenantId,
          tierNodeId: node.id,
          tierPath: node.path,
          name: dto.name.trim(),
          organisationId: dto.organisationId ?? null,
          description: dto.description ?? null,
          status: 'active' as const,
          createdBy: caller.userId,
        };
        await this.teams.insert(manager, team);
        await publishEvent(manager, TeamsApi.events.teamCreated, caller.tenantId, toTeamEventPayload(team));
      });
      return toTeamDto(await this.row(this.ds.manager, caller, id));
    });
  }

  async list(caller: CallerContext, query: ListTeamsQuery): Promise<Page<TeamDto>> {
    requireTeamReader(caller);
    const { subtrees, ancestors } = teamVisibility(caller);
    let subtreePath: string | undefined;
    if (query.tierNodeId) {
      const node = await this.node(caller, query.tierNodeId);
      if (!canSeeTeam(caller, node.path)) throw refusal(caller, 'roster');
      subtreePath = node.path;
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.teams.list(
      this.ds.manager,
      {
        tenantId: caller.tenantId,
        visibleSubtrees: likePatterns(subtrees),
        visibleAncestors: ancestors,
        ownVolunteerId: caller.volunteerId ?? null,
        subtreePath,
        organisationId: query.organisationId,
        status: query.status,
        q: query.q,
      },
      page,
      pageSize,
    );
    return { items: rows.map(toTeamDto), total, page, pageSize };
  }

  async get(caller: CallerContext, id: string): Promise<TeamDto> {
    requireTeamReader(caller);
    const row = await this.row(this.ds.manager, caller, id);
    const own = await this.ownMembership(this.ds.manager, caller, id);
    if (!canSeeTeam(caller, row.tierPath, own)) throw refusal(caller, 'roster');
    return toTeamDto(row);
  }

  async update(caller: CallerContext, id: string, changes: UpdateTeamDto): Promise<TeamDto> {
    requireTeamManager(caller);
    const current = await this.row(this.ds.manager, caller, id);
    if (!canManageTeam(caller, current.tierPath)) throw refusal(caller, 'manage');
    const node =
      changes.tierNodeId && changes.tierNodeId !== current.tierNodeId
        ? await this.node(caller, changes.tierNodeId)
        : undefined;
    if (node && !canManageTeam(caller, node.path)) throw refusal(caller, 'manage');
    if (changes.organisationId && changes.organisationId !== current.organisationId) {
      await this.assertOrganisation(caller, changes.organisationId);
    }
    await this.write(changes.name ?? current.name, async (manager) => {
      const team = await this.teams.lock(manager, caller.tenantId, id);
      if (!team) throw TeamErrors.notFound(id);
      if (team.status === 'dissolved') throw TeamErrors.dissolved(id);
      if (changes.name !== undefined) team.name = changes.name.trim();
      if (changes.description !== undefined) team.description = changes.description;
      if (changes.organisationId !== undefined) team.organisationId = changes.organisationId;
      if (node) {
        team.tierNodeId = node.id;
        team.tierPath = node.path;
      }
      const dissolving = changes.status === 'dissolved';
      team.status = dissolving ? 'dissolved' : 'active';
      await this.teams.update(manager, id, team);
      if (dissolving) {
        // Dissolving ends every current membership; each leaver is announced like any other.
        for (const m of await this.memberships.endAll(manager, id, caller.userId)) {
          await publishEvent(manager, TeamsApi.events.memberLeft, caller.tenantId, {
            teamId: id,
            volunteerId: m.volunteerId,
            role: m.role,
            tierNodeId: team.tierNodeId,
            tierPath: team.tierPath,
            membershipId: m.id,
            joinedAt: new Date(m.joinedAt).toISOString(),
            leftAt: new Date(m.leftAt).toISOString(),
            reason: 'team_dissolved',
          });
        }
      }
      await publishEvent(manager, TeamsApi.events.teamUpdated, caller.tenantId, toTeamEventPayload(team));
    });
    return toTeamDto(await this.row(this.ds.manager, caller, id));
  }

  /** A team of the caller's station, or 404: another station's ids are simply not there. */
  async row(manager: EntityManager, caller: CallerContext, id: string): Promise<TeamRow> {
    const row = await this.teams.find(manager, caller.tenantId, id);
    if (!row) throw TeamErrors.notFound(id);
    return row;
  }

  /** What the caller's linked volunteer is to the team (nothing when no volunteer is linked). */
  async ownMembership(manager: EntityManager, caller: CallerContext, teamId: string): Promise<OwnMembership> {
    if (!caller.volunteerId) return { member: false, leader: false };
    const role = await this.memberships.currentRole(manager, teamId, caller.volunteerId);
    return { member: role !== undefined, leader: role === 'leader' };
  }

  /** The node and its path, asked of the organisations service with the caller's token (404 for another station's node). */
  private async node(caller: CallerContext, id: string): Promise<{ id: string; path: string }> {
    const node = await this.services.call(OrganisationsApi.operations.tierGet, { id }, caller);
    return { id: node.id, path: tierPath(node.ancestors, node.id) };
  }

  /** The organisation must exist in the caller's station and be visible to them. */
  private async assertOrganisation(caller: CallerContext, id: string): Promise<void> {
    await this.services.call(OrganisationsApi.operations.organisationGet, { id }, caller);
  }

  /** One transaction; a live-name clash is 409; the relay is woken after commit. */
  private async write(name: string, fn: (manager: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.ds.transaction(fn);
    } catch (error) {
      const pg = error as { driverError?: { code?: string; constraint?: string } };
      if (pg.driverError?.code === '23505' && pg.driverError.constraint === 'teams_live_name')
        throw TeamErrors.nameTaken(name.trim());
      throw error;
    }
    this.relay.kick();
  }

  /** Teams per tier path for the station's coverage report, over the caller's reporting subtrees. */
  async coverage(caller: CallerContext, range: CoverageRange): Promise<CoverageCounts> {
    const rows = await readOnly(this.ds, (manager) =>
      this.teams.coverage(manager, caller.tenantId, reportingSubtrees(caller), range.until),
    );
    return { items: rows.map(({ tierPath, teams }) => ({ tierPath, counts: { teams } })) };
  }
}
