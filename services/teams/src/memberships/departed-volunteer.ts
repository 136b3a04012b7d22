import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TeamsEvents, type TeamMemberEventPayload, type TeamRole } from '#linli/contracts';
import { addToOutbox, type EventEnvelope } from '#linli/platform';
import type { VolunteerCopyPayload } from '../volunteers/volunteer-copy.js';

/** Volunteer statuses (VOLUNTEER_STATUSES) in which nobody serves in a team: their open stints end. */
const DEPARTED = { left: 'volunteer_left', suspended: 'volunteer_suspended' } as const;
type DepartedStatus = keyof typeof DEPARTED;

const logger = new Logger('TeamRoster');

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
 * The last-leader rule (roster-rules.ts) refuses to take a team's last leader off while others
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
  event: EventEnvelope<VolunteerCopyPayload>,
): Promise<EndedMembership[]> {
  const p = event.payload;
  const status = p?.status;
  if (!p?.volunteerId || !status || !Object.hasOwn(DEPARTED, status)) return [];
  const reason = DEPARTED[status as DepartedStatus];
  const teams: { id: string; tierNodeId: string; tierPath: string }[] = await manager.query(
    `SELECT t.id, t.tier_node_id AS "tierNodeId", t.tier_path AS "tierPath" FROM teams t
      WHERE t.tenant_id = $1 AND t.id IN (
        SELECT team_id FROM team_memberships WHERE tenant_id = $1 AND volunteer_id = $2 AND left_at IS NULL)
      ORDER BY t.id FOR UPDATE`,
    [event.tenantId, p.volunteerId],
  );
  if (teams.length === 0) return [];
  // UPDATE … RETURNING answers [rows, affected] through TypeORM's postgres driver.
  const [rows]: [{ id: string; teamId: string; role: TeamRole; joinedAt: Date; leftAt: Date }[], number] =
    await manager.query(
      `UPDATE team_memberships SET left_at = greatest($3::timestamptz, joined_at), removed_by = $4
        WHERE tenant_id = $1 AND volunteer_id = $2 AND left_at IS NULL AND team_id = ANY($5)
        RETURNING id, team_id AS "teamId", role, joined_at AS "joinedAt", left_at AS "leftAt"`,
      [event.tenantId, p.volunteerId, event.occurredAt, `volunteer-status:${status}`, teams.map((t) => t.id)],
    );
  const ended: EndedMembership[] = [];
  for (const row of rows) {
    const team = teams.find((t) => t.id === row.teamId)!;
    let leftTeamLeaderless = false;
    if (row.role === 'leader') {
      const [{ leaders, members }] = await manager.query(
        `SELECT count(*) FILTER (WHERE role = 'leader')::int AS leaders, count(*)::int AS members
           FROM team_memberships WHERE team_id = $1 AND left_at IS NULL`,
        [team.id],
      );
      leftTeamLeaderless = leaders === 0 && members > 0;
    }
    await manager.query('UPDATE teams SET updated_at = now() WHERE id = $1', [team.id]);
    const leftAt = new Date(row.leftAt).toISOString();
    await addToOutbox<TeamMemberEventPayload>(manager, {
      subject: TeamsEvents.memberLeft,
      tenantId: event.tenantId,
      payload: {
        teamId: team.id,
        volunteerId: p.volunteerId,
        role: row.role,
        tierNodeId: team.tierNodeId,
        tierPath: team.tierPath,
        membershipId: row.id,
        joinedAt: new Date(row.joinedAt).toISOString(),
        leftAt,
        reason,
        ...(leftTeamLeaderless ? { leftTeamLeaderless } : {}),
      },
    });
    if (leftTeamLeaderless) {
      logger.warn(
        `team ${team.id} has members but no leader: its last leader ${p.volunteerId} is now ${status} (event ${event.id})`,
      );
    }
    ended.push({ membershipId: row.id, teamId: team.id, role: row.role, leftAt, leftTeamLeaderless });
  }
  return ended;
}
