import type { TeamRole } from '#linli/contracts';
import { TeamErrors } from '../teams/team.exception.js';

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
 * a self-registered volunteer is pending until a leader at their node confirms them (issue 4);
 * a suspended volunteer or one who has left serves nowhere.
 */
const NOT_JOINABLE = new Set(['pending', 'suspended', 'left']);

export function isJoinable(status: string): boolean {
  return !NOT_JOINABLE.has(status);
}
