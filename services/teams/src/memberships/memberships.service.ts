import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamsApi, type AddTeamMemberDto, type TeamMemberDto, type VolunteerTeamDto } from '#linli/contracts';
import { idempotent, OutboxRelay, publishEvent, type CallerContext } from '#linli/platform';
import {
  canManageRoster,
  canReadRoster,
  canSeeVolunteerTeams,
  refusal,
  requireTeamReader,
} from '../access/access.rules.js';
import { TeamErrors } from '../teams.errors.js';
import type { TeamEntity } from '../teams/team.entity.js';
import { toTeamMemberDto, toVolunteerTeamDto } from '../teams/team.mapper.js';
import { TeamsRepository } from '../teams/teams.repository.js';
import { TeamsService } from '../teams/teams.service.js';
import { VolunteersRepository } from '../volunteers/volunteers.repository.js';
import { MembershipsRepository } from './memberships.repository.js';
import { checkJoin, checkRemoval, isJoinable } from './memberships.rules.js';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly teamsService: TeamsService,
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly volunteers: VolunteersRepository,
  ) {}

  async add(caller: CallerContext, teamId: string, dto: AddTeamMemberDto): Promise<TeamMemberDto> {
    requireTeamReader(caller);
    const { volunteerId, role } = dto;
    return idempotent(this.ds, caller, 'team.member.add', { teamId, volunteerId, role }, async () => {
      const membershipId = randomUUID();
      await this.ds.transaction(async (manager) => {
        // The volunteer's copy row before the team, the order a volunteer's departure locks them in
        // (departed-volunteer.ts): a departure being applied finishes first, and then the status read
        // below is the new one.
        await this.volunteers.lockForShare(manager, caller.tenantId, volunteerId);
        const team = await this.lockedTeam(manager, caller, teamId);
        const own = await this.teamsService.ownMembership(manager, caller, teamId);
        if (!canManageRoster(caller, team.tierPath, own)) throw refusal(caller, 'manage');
        if (team.status === 'dissolved') throw TeamErrors.dissolved(teamId);
        const volunteer = await this.volunteers.find(manager, caller.tenantId, volunteerId);
        if (!volunteer) throw TeamErrors.volunteerNotFound(volunteerId);
        if (!isJoinable(volunteer.status)) throw TeamErrors.volunteerNotActive(volunteer.id, volunteer.status);
        checkJoin(teamId, await this.memberships.current(manager, teamId), volunteerId);
        const joinedAt = await this.memberships.insert(manager, {
          id: membershipId,
          tenantId: caller.tenantId,
          teamId,
          volunteerId,
          role,
          addedBy: caller.userId,
        });
        await this.teams.touch(manager, teamId);
        await publishEvent(manager, TeamsApi.events.memberJoined, caller.tenantId, {
          teamId,
          volunteerId,
          role,
          tierNodeId: team.tierNodeId,
          tierPath: team.tierPath,
          membershipId,
          joinedAt: new Date(joinedAt).toISOString(),
        });
      });
      this.relay.kick();
      return toTeamMemberDto(await this.memberships.member(this.ds.manager, membershipId));
    });
  }

  async remove(caller: CallerContext, teamId: string, volunteerId: string): Promise<TeamMemberDto> {
    requireTeamReader(caller);
    let membershipId = '';
    await this.ds.transaction(async (manager) => {
      const team = await this.lockedTeam(manager, caller, teamId);
      const own = await this.teamsService.ownMembership(manager, caller, teamId);
      if (!canManageRoster(caller, team.tierPath, own)) throw refusal(caller, 'manage');
      checkRemoval(teamId, await this.memberships.current(manager, teamId), volunteerId);
      // The team row is locked and the rule saw the stint open, so there is one to end.
      const ended = (await this.memberships.end(manager, teamId, volunteerId, caller.userId))!;
      membershipId = ended.id;
      await this.teams.touch(manager, teamId);
      await publishEvent(manager, TeamsApi.events.memberLeft, caller.tenantId, {
        teamId,
        volunteerId,
        role: ended.role,
        tierNodeId: team.tierNodeId,
        tierPath: team.tierPath,
        membershipId: ended.id,
        joinedAt: new Date(ended.joinedAt).toISOString(),
        leftAt: new Date(ended.leftAt).toISOString(),
        reason: 'removed',
      });
    });
    this.relay.kick();
    return toTeamMemberDto(await this.memberships.member(this.ds.manager, membershipId));
  }

  /** Current members, leaders first; with `include = all`, every past stint too, newest first. */
  async list(
    caller: CallerContext,
    teamId: string,
    include: 'current' | 'all' = 'current',
  ): Promise<{ items: TeamMemberDto[] }> {
    requireTeamReader(caller);
    const team = await this.teamsService.row(this.ds.manager, caller, teamId);
    const own = await this.teamsService.ownMembership(this.ds.manager, caller, teamId);
    if (!canReadRoster(caller, team.tierPath, own)) throw refusal(caller, 'roster');
    const rows = await this.memberships.roster(this.ds.manager, caller.tenantId, teamId, include);
    return { items: rows.map(toTeamMemberDto) };
  }

  /** A volunteer's teams, current and past: to the volunteer themselves, or to readers over their node. */
  async forVolunteer(caller: CallerContext, volunteerId: string): Promise<{ items: VolunteerTeamDto[] }> {
    const volunteer = await this.volunteers.find(this.ds.manager, caller.tenantId, volunteerId);
    if (!volunteer) throw TeamErrors.volunteerNotFound(volunteerId);
    if (!canSeeVolunteerTeams(caller, volunteerId, volunteer.tierPath)) throw refusal(caller, 'roster');
    const rows = await this.memberships.ofVolunteer(this.ds.manager, caller.tenantId, volunteerId);
    return { items: rows.map(toVolunteerTeamDto) };
  }

  /** The team row, locked so concurrent roster changes of one team run one after another (last-leader rule). */
  private async lockedTeam(manager: EntityManager, caller: CallerContext, teamId: string): Promise<TeamEntity> {
    const team = await this.teams.lock(manager, caller.tenantId, teamId);
    if (!team) throw TeamErrors.notFound(teamId);
    return team;
  }
}
