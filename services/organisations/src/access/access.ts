import { DomainException, type CallerContext, type Role } from '#linli/platform';

export type Action = 'read_tree' | 'read' | 'write' | 'manage_tiers';

/** Which roles may do what in this service; a grant covers its node's subtree. */
const ALLOWED: Record<Action, Role[]> = {
  // The shape of the tree (names of communities and villages) is known to everyone in the station.
  read_tree: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'],
  read: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  write: ['station_head', 'community_lead', 'village_lead'],
  manage_tiers: ['station_head', 'community_lead'],
};

export const AccessErrors = {
  forbidden: () =>
    new DomainException('ACCESS.FORBIDDEN', 403, '您没有执行此操作的权限 / You are not allowed to do this'),
  outsideScope: () =>
    new DomainException('ACCESS.OUTSIDE_SCOPE', 403, '该对象不在您的管理范围内 / This is outside your area'),
};

/** Subtree path prefixes the caller may act on for `action`; empty means no access at all. */
export function scopePaths(caller: CallerContext, action: Action): string[] {
  if (caller.system) return ['/'];
  return caller.grants.filter((g) => ALLOWED[action].includes(g.role)).map((g) => g.tierPath);
}

export function requireScope(caller: CallerContext, action: Action): string[] {
  const paths = scopePaths(caller, action);
  if (paths.length === 0) throw AccessErrors.forbidden();
  return paths;
}

export function canActOn(caller: CallerContext, path: string, action: Action): boolean {
  return scopePaths(caller, action).some((p) => path.startsWith(p));
}

export function assertCanActOn(caller: CallerContext, path: string, action: Action): void {
  requireScope(caller, action);
  if (!canActOn(caller, path, action)) throw AccessErrors.outsideScope();
}

/** LIKE patterns for `column LIKE ANY($n)`: the caller's subtrees. Paths hold only uuids and slashes. */
export function likePatterns(paths: string[]): string[] {
  return paths.map((p) => `${p}%`);
}
