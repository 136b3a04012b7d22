import { DomainException, type CallerContext, type Role } from '#linli/platform';

/** Create, edit and dissolve teams, and manage any roster, in their subtree. */
const TEAM_MANAGERS: Role[] = ['station_head', 'community_lead', 'village_lead'];
/** See rosters (volunteers' names) of teams in their subtree. */
const ROSTER_READERS: Role[] = [...TEAM_MANAGERS, 'team_leader'];
/** See that teams exist: in their subtree, above their node, or teams they belong to. */
const TEAM_READERS: Role[] = [...ROSTER_READERS, 'volunteer'];

export const AccessErrors = {
  forbidden: () =>
    new DomainException('ACCESS.FORBIDDEN', 403, '您没有执行此操作的权限 / You are not allowed to do this'),
  outsideScope: () =>
    new DomainException('ACCESS.OUTSIDE_SCOPE', 403, '该对象不在您的管理范围内 / This is outside your area'),
};

/** What the caller's own volunteer profile is to one team. */
export interface OwnMembership {
  /** The caller's linked volunteer is a current member. */
  member: boolean;
  /** The caller's linked volunteer is a current leader. */
  leader: boolean;
}

const NONE: OwnMembership = { member: false, leader: false };

function pathsOf(caller: CallerContext, roles: Role[]): string[] {
  if (caller.system) return ['/'];
  return caller.grants.filter((g) => roles.includes(g.role)).map((g) => g.tierPath);
}

/** Proper ancestors of a materialised path: `/a/b/c/` → `/a/`, `/a/b/`. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** LIKE patterns for `column LIKE ANY($n)`. Paths hold only uuids and slashes. */
export function likePatterns(paths: string[]): string[] {
  return paths.map((p) => `${p}%`);
}

/** Where the caller may see teams: subtrees (LIKE patterns) and exact ancestor paths. Empty subtrees: no access. */
export function teamVisibility(caller: CallerContext): { subtrees: string[]; ancestors: string[] } {
  const paths = pathsOf(caller, TEAM_READERS);
  return { subtrees: paths, ancestors: [...new Set(paths.flatMap(ancestorPaths))] };
}

export function canSeeTeam(caller: CallerContext, teamPath: string, own: OwnMembership = NONE): boolean {
  if (own.member) return true;
  return pathsOf(caller, TEAM_READERS).some((p) => teamPath.startsWith(p) || p.startsWith(teamPath));
}

export function canManageTeam(caller: CallerContext, teamPath: string): boolean {
  return pathsOf(caller, TEAM_MANAGERS).some((p) => teamPath.startsWith(p));
}

export function canReadRoster(caller: CallerContext, teamPath: string, own: OwnMembership = NONE): boolean {
  if (own.leader) return true;
  return pathsOf(caller, ROSTER_READERS).some((p) => teamPath.startsWith(p));
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
  return pathsOf(caller, ROSTER_READERS).some((p) => volunteerPath.startsWith(p));
}

export function requireTeamReader(caller: CallerContext): void {
  if (pathsOf(caller, TEAM_READERS).length === 0) throw AccessErrors.forbidden();
}

export function requireTeamManager(caller: CallerContext): void {
  if (pathsOf(caller, TEAM_MANAGERS).length === 0) throw AccessErrors.forbidden();
}

/** Barred from the whole action → FORBIDDEN; allowed elsewhere but not here → OUTSIDE_SCOPE. */
export function refusal(caller: CallerContext, roles: 'manage' | 'roster'): DomainException {
  const any = pathsOf(caller, roles === 'manage' ? TEAM_MANAGERS : ROSTER_READERS).length > 0;
  return any || caller.grants.some((g) => g.role === 'team_leader')
    ? AccessErrors.outsideScope()
    : AccessErrors.forbidden();
}
