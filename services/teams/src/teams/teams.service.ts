import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OrganisationsSubjects,
  TeamsEvents,
  type CreateTeamDto,
  type ListTeamsQuery,
  type Page,
  type TeamDto,
  type TierNodeDto,
  type UpdateTeamDto,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, ServiceClient, type CallerContext } from '#linli/platform';
import {
  canManageTeam,
  canSeeTeam,
  likePatterns,
  refusal,
  requireTeamManager,
  requireTeamReader,
  teamVisibility,
  type OwnMembership,
} from '../access/access.js';
import { TeamEntity } from './team.entity.js';
import { TeamErrors } from './team.exception.js';
import { toTeamDto, toTeamEventPayload, type TeamRow } from './team.mapper.js';

export const SELECT_TEAM = `
  SELECT t.id, t.tenant_id AS "tenantId", t.tier_node_id AS "tierNodeId", t.tier_path AS "tierPath", t.name,
         t.organisation_id AS "organisationId", t.description, t.status, t.created_by AS "createdBy",
         t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.dissolved_at AS "dissolvedAt",
         (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id AND m.left_at IS NULL) AS "memberCount",
         (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id AND m.left_at IS NULL AND m.role = 'leader') AS "leaderCount"
    FROM teams t`;

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class TeamsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
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
        await manager.insert(TeamEntity, team);
        await addToOutbox(manager, {
          subject: TeamsEvents.teamCreated,
          tenantId: caller.tenantId,
          payload: toTeamEventPayload(team),
        });
      });
      return toTeamDto(await this.row(this.ds.manager, caller, id));
    });
  }

  async list(caller: CallerContext, query: ListTeamsQuery): Promise<Page<TeamDto>> {
    requireTeamReader(caller);
    const { subtrees, ancestors } = teamVisibility(caller);
    const params: unknown[] = [caller.tenantId, likePatterns(subtrees), ancestors, caller.volunteerId ?? null];
    const where = [
      't.tenant_id = $1',
      `(t.tier_path LIKE ANY($2) OR t.tier_path = ANY($3) OR EXISTS (
         SELECT 1 FROM team_memberships own WHERE own.team_id = t.id AND own.volunteer_id = $4 AND own.left_at IS NULL))`,
    ];
    if (query.tierNodeId) {
      const node = await this.node(caller, query.tierNodeId);
      if (!canSeeTeam(caller, node.path)) throw refusal(caller, 'roster');
      params.push(`${node.path}%`);
      where.push(`t.tier_path LIKE $${params.length}`);
    }
    if (query.organisationId) {
      params.push(query.organisationId);
      where.push(`t.organisation_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`t.status = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${escapeLike(query.q)}%`);
      where.push(`t.name ILIKE $${params.length}`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM teams t WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: TeamRow[] = await this.ds.query(
      `${SELECT_TEAM} WHERE ${where.join(' AND ')} ORDER BY t.status, t.tier_path, t.name
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
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
      const team = await manager.findOne(TeamEntity, {
        where: { id, tenantId: caller.tenantId },
        lock: { mode: 'pessimistic_write' },
      });
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
      await manager.query(
        `UPDATE teams SET name = $2, description = $3, organisation_id = $4, tier_node_id = $5, tier_path = $6,
                status = $7, dissolved_at = CASE WHEN $7 = 'dissolved' THEN now() ELSE NULL END, updated_at = now()
          WHERE id = $1`,
        [
          id,
          team.name,
          team.description,
          team.organisationId,
          team.tierNodeId,
          team.tierPath,
          dissolving ? 'dissolved' : 'active',
        ],
      );
      team.status = dissolving ? 'dissolved' : 'active';
      if (dissolving) {
        // Dissolving ends every current membership; each leaver is announced like any other.
        // UPDATE … RETURNING answers [rows, affected] through TypeORM's postgres driver.
        const [ended]: [
          { id: string; volunteerId: string; role: 'member' | 'leader'; joinedAt: Date; leftAt: Date }[],
          number,
        ] = await manager.query(
          `UPDATE team_memberships SET left_at = clock_timestamp(), removed_by = $2
            WHERE team_id = $1 AND left_at IS NULL
            RETURNING id, volunteer_id AS "volunteerId", role, joined_at AS "joinedAt", left_at AS "leftAt"`,
          [id, caller.userId],
        );
        for (const m of ended) {
          await addToOutbox(manager, {
            subject: TeamsEvents.memberLeft,
            tenantId: caller.tenantId,
            payload: {
              teamId: id,
              volunteerId: m.volunteerId,
              role: m.role,
              tierNodeId: team.tierNodeId,
              tierPath: team.tierPath,
              membershipId: m.id,
              joinedAt: new Date(m.joinedAt).toISOString(),
              leftAt: new Date(m.leftAt).toISOString(),
              reason: 'team_dissolved',
            },
          });
        }
      }
      await addToOutbox(manager, {
        subject: TeamsEvents.teamUpdated,
        tenantId: caller.tenantId,
        payload: toTeamEventPayload(team),
      });
    });
    return toTeamDto(await this.row(this.ds.manager, caller, id));
  }

  /** A team of the caller's station, or 404: another station's ids are simply not there. */
  async row(manager: EntityManager, caller: CallerContext, id: string): Promise<TeamRow> {
    const [row] = await manager.query(`${SELECT_TEAM} WHERE t.id = $1 AND t.tenant_id = $2`, [id, caller.tenantId]);
    if (!row) throw TeamErrors.notFound(id);
    return row;
  }

  /** What the caller's linked volunteer is to the team (nothing when no volunteer is linked). */
  async ownMembership(manager: EntityManager, caller: CallerContext, teamId: string): Promise<OwnMembership> {
    if (!caller.volunteerId) return { member: false, leader: false };
    const [row] = await manager.query(
      'SELECT role FROM team_memberships WHERE team_id = $1 AND volunteer_id = $2 AND left_at IS NULL',
      [teamId, caller.volunteerId],
    );
    return { member: !!row, leader: row?.role === 'leader' };
  }

  /** The node and its path, asked of the organisations service with the caller's token (404 for another station's node). */
  private async node(caller: CallerContext, id: string): Promise<{ id: string; path: string }> {
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id }, caller);
    return { id: node.id, path: `/${[...node.ancestors, node.id].join('/')}/` };
  }

  /** The organisation must exist in the caller's station and be visible to them. */
  private async assertOrganisation(caller: CallerContext, id: string): Promise<void> {
    await this.services.send(OrganisationsSubjects.organisationGet, { id }, caller);
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
}
