import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TeamsApi, type TeamRole } from '#linli/contracts';
import { publishEvent, type EventEnvelope } from '#linli/platform';
import { TeamsRepository } from '../teams/teams.repository.js';
import { MembershipsRepository } from './memberships.repository.js';
import { departureReason, leftLeaderless } from './memberships.rules.js';

const logger = new Logger('TeamRoster');

// The consumer's transaction is not a Nest provider's; the repositories hold no state.
const teams = new TeamsRepository();
const memberships = new MembershipsRepository();

export interface EndedMembership {
  membershipId: string;
  teamId: string;
  role: TeamRole;
  leftAt: string;
  /** The volunteer was the team's last leader and other members remain. */
  leftTeamLeaderless: boolean;
}

/**
 * When a volunteer event (already applied to the local copy, so not stale) says the volunteer has
 * left or is suspended, ends their open memberships in this transaction, the inbox one: each stint
 * closes at the event's time (or at its own start, for a stint that began after it), and each
 * leaver is announced with `evt.teams.member.left` through the outbox like any other.
 *
 * The last-leader rule (memberships.rules.ts) refuses to take a team's last leader off while others
 * remain, but here the volunteer is gone: refusing would keep someone who left or is suspended as
 * the leader, and an event cannot be refused, only retried forever. So the stint is still closed,
 * and the breach is recorded rather than silent: `removed_by` names the volunteer's status, the
 * left event carries `leftTeamLeaderless: true` for whoever must appoint a new leader, the team's
 * `leaderCount` shows 0 with members, and a warning is logged.
 *
 * Locks the affected teams (in id order) before touching their rosters, as every roster change
 * does; the volunteer's copy row is already locked by the upsert, and adding a member locks that
 * row first too, so a concurrent add either finishes before this and is ended here, or waits and
 * then sees the volunteer is not joinable.
 */
export async function endMembershipsOfDepartedVolunteer(
  manager: EntityManager,
  event: EventEnvelope<{ volunteerId?: string; status?: string }>,
): Promise<EndedMembership[]> {
  const volunteerId = event.payload?.volunteerId;
  const status = event.payload?.status;
  const reason = departureReason(status);
  if (!volunteerId || !reason) return [];
  const serving = await teams.lockWhereServing(manager, event.tenantId, volunteerId);
  if (serving.length === 0) return [];
  const stints = await memberships.endOfVolunteer(
    manager,
    event.tenantId,
    volunteerId,
    serving.map((t) => t.id),
    event.occurredAt,
    `volunteer-status:${status}`,
  );
  const ended: EndedMembership[] = [];
  for (const stint of stints) {
    const team = serving.find((t) => t.id === stint.teamId)!;
    const leaderless =
      stint.role === 'leader' && leftLeaderless(stint.role, await memberships.counts(manager, team.id));
    await teams.touch(manager, team.id);
    const leftAt = new Date(stint.leftAt).toISOString();
    await publishEvent(manager, TeamsApi.events.memberLeft, event.tenantId, {
      teamId: team.id,
      volunteerId,
      role: stint.role,
      tierNodeId: team.tierNodeId,
      tierPath: team.tierPath,
      membershipId: stint.id,
      joinedAt: new Date(stint.joinedAt).toISOString(),
      leftAt,
      reason,
      ...(leaderless ? { leftTeamLeaderless: true } : {}),
    });
    if (leaderless) {
      logger.warn(
        `team ${team.id} has members but no leader: its last leader ${volunteerId} is now ${status} (event ${event.id})`,
      );
    }
    ended.push({ membershipId: stint.id, teamId: team.id, role: stint.role, leftAt, leftTeamLeaderless: leaderless });
  }
  return ended;
}
