import type { TeamMemberLeftReason, TeamRole } from '#linli/contracts';
import { TeamErrors } from '../teams.errors.js';

export interface CurrentMember {
  volunteerId: string;
  role: TeamRole;
}

/**
 * A team with members always keeps a leader: removing the last leader while anyone else is still
 * in the team is refused (appoint another leader first). The last leader may leave an otherwise
 * empty team, and a team that never had a leader may still take plain members (a new team is
 * staffed before its leader is chosen).
 */
export function checkRemoval(teamId: string, current: CurrentMember[], leaving: string): void {
  const member = current.find((m) => m.volunteerId === leaving);
  if (!member) throw TeamErrors.notMember(teamId, leaving);
  if (member.role !== 'leader') return;
  const otherLeaders = current.filter((m) => m.role === 'leader' && m.volunteerId !== leaving).length;
  const others = current.filter((m) => m.volunteerId !== leaving).length;
  if (otherLeaders === 0 && others > 0) throw TeamErrors.lastLeader(teamId, leaving);
}

/** Joining twice is refused; rejoining after leaving opens a new stint. */
export function checkJoin(teamId: string, current: CurrentMember[], joining: string): void {
  if (current.some((m) => m.volunteerId === joining)) throw TeamErrors.alreadyMember(teamId, joining);
}

/**
 * Statuses of the volunteers service (VOLUNTEER_STATUSES) in which a profile may not join a team:
 * a self-registered volunteer is pending until a leader at their node confirms them;
 * a suspended volunteer or one who has left serves nowhere.
 */
const NOT_JOINABLE = new Set(['pending', 'suspended', 'left']);

export function isJoinable(status: string): boolean {
  return !NOT_JOINABLE.has(status);
}

/** Volunteer statuses (VOLUNTEER_STATUSES) in which nobody serves in a team: their open stints end. */
const DEPARTED: Record<string, TeamMemberLeftReason> = { left: 'volunteer_left', suspended: 'volunteer_suspended' };

/** Why a volunteer's stints end when their profile takes this status; undefined when they go on serving. */
export function departureReason(status: string | undefined): TeamMemberLeftReason | undefined {
  return status !== undefined && Object.hasOwn(DEPARTED, status) ? DEPARTED[status] : undefined;
}

/**
 * A leader's departure that leaves members without any leader: the breach of the last-leader
 * rule a volunteer's own departure may cause (it cannot be refused), to be announced and logged.
 */
export function leftLeaderless(role: TeamRole, after: { leaders: number; members: number }): boolean {
  return role === 'leader' && after.leaders === 0 && after.members > 0;
}
