import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  TeamsEvents,
  type AddTeamMemberDto,
  type TeamMemberDto,
  type TeamMemberEventPayload,
  type VolunteerTeamDto,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { canManageRoster, canReadRoster, canSeeVolunteerTeams, refusal, requireTeamReader } from '../access/access.js';
import { TeamErrors } from '../teams/team.exception.js';
import { toTeamMemberDto, toVolunteerTeamDto, type MemberRow, type VolunteerTeamRow } from '../teams/team.mapper.js';
import { TeamEntity } from '../teams/team.entity.js';
import { TeamsService } from '../teams/teams.service.js';
import { VolunteerCopyEntity } from '../volunteers/volunteer-copy.entity.js';
import { checkJoin, checkRemoval, isJoinable, type CurrentMember } from './roster-rules.js';

const SELECT_MEMBER = `
  SELECT m.id AS "membershipId", m.volunteer_id AS "volunteerId", v.name, m.role, m.joined_at AS "joinedAt", m.left_at AS "leftAt"
    FROM team_memberships m LEFT JOIN volunteers v ON v.id = m.volunteer_id AND v.tenant_id = m.tenant_id`;

@Injectable()
export class MembershipsService {
  constructor(
    private readonly ds: DataSource,
    private readonly teams: TeamsService,
    private readonly relay: OutboxRelay,
  ) {}

  async add(caller: CallerContext, teamId: string, dto: AddTeamMemberDto): Promise<TeamMemberDto> {
    requireTeamReader(caller);
    return idempotent(this.ds, caller, 'team.member.add', { teamId, ...dto }, async () => {
      let membershipId = '';
      await this.ds.transaction(async (manager) => {
        // The volunteer's copy row before the team, the order a volunteer's departure locks them in
        // (departed-volunteer.ts): a departure being applied finishes first, and then the status read
        // below is the new one.
        await manager.query('SELECT 1 FROM volunteers WHERE id = $1 AND tenant_id = $2 FOR SHARE', [
          dto.volunteerId,
          caller.tenantId,
        ]);
        const team = await this.lockedTeam(manager, caller, teamId);
        const own = await this.teams.ownMembership(manager, caller, teamId);
        if (!canManageRoster(caller, team.tierPath, own)) throw refusal(caller, 'manage');
        if (team.status === 'dissolved') throw TeamErrors.dissolved(teamId);
        const volunteer = await manager.findOne(VolunteerCopyEntity, {
          where: { id: dto.volunteerId, tenantId: caller.tenantId },
        });
        if (!volunteer) throw TeamErrors.volunteerNotFound(dto.volunteerId);
        if (!isJoinable(volunteer.status)) throw TeamErrors.volunteerNotActive(volunteer.id, volunteer.status);
        checkJoin(teamId, await this.current(manager, teamId), dto.volunteerId);
        membershipId = randomUUID();
        const [row]: { joinedAt: Date }[] = await manager.query(
          `INSERT INTO team_memberships (id, tenant_id, team_id, volunteer_id, role, added_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING joined_at AS "joinedAt"`,
          [membershipId, caller.tenantId, teamId, dto.volunteerId, dto.role, caller.userId],
        );
        await manager.query('UPDATE teams SET updated_at = now() WHERE id = $1', [teamId]);
        await addToOutbox<TeamMemberEventPayload>(manager, {
          subject: TeamsEvents.memberJoined,
          tenantId: caller.tenantId,
          payload: {
            teamId,
            volunteerId: dto.volunteerId,
            role: dto.role,
            tierNodeId: team.tierNodeId,
            tierPath: team.tierPath,
            membershipId,
            joinedAt: new Date(row.joinedAt).toISOString(),
          },
        });
      });
      this.relay.kick();
      const [row] = await this.ds.query(`${SELECT_MEMBER} WHERE m.id = $1`, [membershipId]);
      return toTeamMemberDto(row);
    });
  }

  async remove(caller: CallerContext, teamId: string, volunteerId: string): Promise<TeamMemberDto> {
    requireTeamReader(caller);
    let membershipId = '';
    await this.ds.transaction(async (manager) => {
      const team = await this.lockedTeam(manager, caller, teamId);
      const own = await this.teams.ownMembership(manager, caller, teamId);
      if (!canManageRoster(caller, team.tierPath, own)) throw refusal(caller, 'manage');
      checkRemoval(teamId, await this.current(manager, teamId), volunteerId);
      // UPDATE … RETURNING answers [rows, affected] through TypeORM's postgres driver.
      const [[ended]]: [{ id: string; role: 'member' | 'leader'; joinedAt: Date; leftAt: Date }[], number] =
        await manager.query(
          `UPDATE team_memberships SET left_at = clock_timestamp(), removed_by = $3
          WHERE team_id = $1 AND volunteer_id = $2 AND left_at IS NULL
          RETURNING id, role, joined_at AS "joinedAt", left_at AS "leftAt"`,
          [teamId, volunteerId, caller.userId],
        );
      membershipId = ended.id;
      await manager.query('UPDATE teams SET updated_at = now() WHERE id = $1', [teamId]);
      await addToOutbox<TeamMemberEventPayload>(manager, {
        subject: TeamsEvents.memberLeft,
        tenantId: caller.tenantId,
        payload: {
          teamId,
          volunteerId,
          role: ended.role,
          tierNodeId: team.tierNodeId,
          tierPath: team.tierPath,
          membershipId: ended.id,
          joinedAt: new Date(ended.joinedAt).toISOString(),
          leftAt: new Date(ended.leftAt).toISOString(),
          reason: 'removed',
        },
      });
    });
    this.relay.kick();
    const [row] = await this.ds.query(`${SELECT_MEMBER} WHERE m.id = $1`, [membershipId]);
    return toTeamMemberDto(row);
  }

  /** Current members, leaders first; with `include = all`, every past stint too, newest first. */
  async list(
    caller: CallerContext,
    teamId: string,
    include: 'current' | 'all' = 'current',
  ): Promise<{ items: TeamMemberDto[] }> {
    requireTeamReader(caller);
    const team = await this.teams.row(this.ds.manager, caller, teamId);
    const own = await this.teams.ownMembership(this.ds.manager, caller, teamId);
    if (!canReadRoster(caller, team.tierPath, own)) throw refusal(caller, 'roster');
    const rows: MemberRow[] = await this.ds.query(
      `${SELECT_MEMBER} WHERE m.team_id = $1 AND m.tenant_id = $2 ${include === 'all' ? '' : 'AND m.left_at IS NULL'}
       ORDER BY (m.left_at IS NULL) DESC, (m.role = 'leader') DESC, m.joined_at DESC, v.name`,
      [teamId, caller.tenantId],
    );
    return { items: rows.map(toTeamMemberDto) };
  }

  /** A volunteer's teams, current and past: to the volunteer themselves, or to readers over their node. */
  async forVolunteer(caller: CallerContext, volunteerId: string): Promise<{ items: VolunteerTeamDto[] }> {
    const volunteer = await this.ds.manager.findOne(VolunteerCopyEntity, {
      where: { id: volunteerId, tenantId: caller.tenantId },
    });
    if (!volunteer) throw TeamErrors.volunteerNotFound(volunteerId);
    if (!canSeeVolunteerTeams(caller, volunteerId, volunteer.tierPath)) throw refusal(caller, 'roster');
    const rows: VolunteerTeamRow[] = await this.ds.query(
      `SELECT t.id AS "teamId", t.name AS "teamName", t.tier_node_id AS "tierNodeId", t.status AS "teamStatus",
              m.role, m.joined_at AS "joinedAt", m.left_at AS "leftAt"
         FROM team_memberships m JOIN teams t ON t.id = m.team_id
        WHERE m.tenant_id = $1 AND m.volunteer_id = $2
        ORDER BY (m.left_at IS NULL) DESC, m.joined_at DESC`,
      [caller.tenantId, volunteerId],
    );
    return { items: rows.map(toVolunteerTeamDto) };
  }

  /** The team row, locked so concurrent roster changes of one team run one after another (last-leader rule). */
  private async lockedTeam(manager: EntityManager, caller: CallerContext, teamId: string): Promise<TeamEntity> {
    const team = await manager.findOne(TeamEntity, {
      where: { id: teamId, tenantId: caller.tenantId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!team) throw TeamErrors.notFound(teamId);
    return team;
  }

  private async current(manager: EntityManager, teamId: string): Promise<CurrentMember[]> {
    return manager.query(
      `SELECT volunteer_id AS "volunteerId", role FROM team_memberships WHERE team_id = $1 AND left_at IS NULL`,
      [teamId],
    );
  }
}
