import { AccessErrors, AccessPolicy, type CallerContext, type DomainException, type Role } from '#linli/platform';

/** Create, edit and dissolve teams, and manage any roster, in their subtree. */
const TEAM_MANAGERS: Role[] = ['station_head', 'community_lead', 'village_lead'];
/** See rosters (volunteers' names) of teams in their subtree. */
const ROSTER_READERS: Role[] = [...TEAM_MANAGERS, 'team_leader'];
/** See that teams exist: in their subtree, above their node, or teams they belong to. */
const TEAM_READERS: Role[] = [...ROSTER_READERS, 'volunteer'];

/** Count teams per tier path (no names): leaders, and a bureau officer over the stations they supervise. */
const REPORTERS: Role[] = [...ROSTER_READERS, 'bureau_officer'];

const policy = new AccessPolicy({
  manage: TEAM_MANAGERS,
  roster: ROSTER_READERS,
  read: TEAM_READERS,
  report: REPORTERS,
});

/** What the caller's own volunteer profile is to one team. */
export interface OwnMembership {
  /** The caller's linked volunteer is a current member. */
  member: boolean;
  /** The caller's linked volunteer is a current leader. */
  leader: boolean;
}

const NONE: OwnMembership = { member: false, leader: false };

/** Proper ancestors of a materialised path: `/a/b/c/` → `/a/`, `/a/b/`. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** Where the caller may see teams: subtrees (LIKE patterns) and exact ancestor paths. Empty subtrees: no access. */
export function teamVisibility(caller: CallerContext): { subtrees: string[]; ancestors: string[] } {
  const paths = policy.scopePaths(caller, 'read');
  return { subtrees: paths, ancestors: [...new Set(paths.flatMap(ancestorPaths))] };
}

/** LIKE patterns of the subtrees whose figures the caller may report on (leaders, not volunteers); else 403. */
export function reportingSubtrees(caller: CallerContext): string[] {
  return policy.requireScope(caller, 'report').map((p) => `${p}%`);
}

export function canSeeTeam(caller: CallerContext, teamPath: string, own: OwnMembership = NONE): boolean {
  if (own.member) return true;
  return policy.scopePaths(caller, 'read').some((p) => teamPath.startsWith(p) || p.startsWith(teamPath));
}

export function canManageTeam(caller: CallerContext, teamPath: string): boolean {
  return policy.scopePaths(caller, 'manage').some((p) => teamPath.startsWith(p));
}

export function canReadRoster(caller: CallerContext, teamPath: string, own: OwnMembership = NONE): boolean {
  if (own.leader) return true;
  return policy.scopePaths(caller, 'roster').some((p) => teamPath.startsWith(p));
}

/**
 * Leads manage every roster in their subtree. A team leader manages the roster of a team their
 * linked volunteer currently leads, wherever the team sits (a station-level team may be led by
 * someone whose grant is at a village): the leadership, not the grant's node, is what entitles.
 */
export function canManageRoster(caller: CallerContext, teamPath: string, own: OwnMembership = NONE): boolean {
  if (canManageTeam(caller, teamPath)) return true;
  return own.leader && !caller.system && caller.grants.some((g) => g.role === 'team_leader');
}

/** A volunteer's own teams, or a roster reader over the volunteer's node. */
export function canSeeVolunteerTeams(caller: CallerContext, volunteerId: string, volunteerPath: string): boolean {
  if (caller.volunteerId === volunteerId) return true;
  return policy.scopePaths(caller, 'roster').some((p) => volunteerPath.startsWith(p));
}

export function requireTeamReader(caller: CallerContext): void {
  if (policy.scopePaths(caller, 'read').length === 0) throw AccessErrors.forbidden();
}

export function requireTeamManager(caller: CallerContext): void {
  if (policy.scopePaths(caller, 'manage').length === 0) throw AccessErrors.forbidden();
}

/** Barred from the whole action → FORBIDDEN; allowed elsewhere but not here → OUTSIDE_SCOPE. */
export function refusal(caller: CallerContext, roles: 'manage' | 'roster'): DomainException {
  const any = policy.scopePaths(caller, roles).length > 0;
  return any || caller.grants.some((g) => g.role === 'team_leader')
    ? AccessErrors.outsideScope()
    : AccessErrors.forbidden();
}
