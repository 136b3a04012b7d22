import { AccessPolicy, type CallerContext, type DomainException, type Role } from '#linli/platform';
import { AccessErrors, ActivitiesErrors } from '../activities.errors.js';
import type { Visibility } from '../sql.js';

export type Action = 'read' | 'plan' | 'attend' | 'report';

/** Which roles may do what in this service; a grant covers its node's subtree. */
const ALLOWED: Record<Action, Role[]> = {
  // Volunteers read plans too, to find shifts; their own node's ancestors are visible to them (see `visiblePaths`).
  read: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'],
  // Plan activities and shifts, see rosters, message, check volunteers in and out, act for volunteers.
  plan: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  attend: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  // Counts per tier path (no names): leaders, and a bureau officer over the stations they supervise.
  report: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'bureau_officer'],
};

const policy = new AccessPolicy<Action>(ALLOWED);

export const scopePaths = (caller: CallerContext, action: Action) => policy.scopePaths(caller, action);
export const requireScope = (caller: CallerContext, action: Action) => policy.requireScope(caller, action);

/**
 * Whether `path` is visible for `action`. For reading, a volunteer also sees what sits above
 * their node (the station's service-hall desk is for every village's volunteers).
 */
export function canActOn(caller: CallerContext, path: string, action: Action): boolean {
  if (policy.canActOn(caller, path, action)) return true;
  if (action !== 'read') return false;
  return caller.grants.some((g) => g.role === 'volunteer' && g.tierPath.startsWith(path));
}

export function assertCanActOn(caller: CallerContext, path: string, action: Action): void {
  requireScope(caller, action);
  if (!canActOn(caller, path, action)) throw AccessErrors.outsideScope();
}

/** Exact ancestor paths a volunteer may also read (their node's ancestors). */
export function ancestorPaths(caller: CallerContext): string[] {
  const out: string[] = [];
  for (const g of caller.grants.filter((x) => x.role === 'volunteer')) {
    const ids = g.tierPath.split('/').filter(Boolean);
    for (let i = 1; i < ids.length; i++) out.push(`/${ids.slice(0, i).join('/')}/`);
  }
  return out;
}

/**
 * May the caller act for this volunteer (sign up, cancel, see their shifts)? The volunteer
 * themself, or a leader whose subtree holds the volunteer.
 */
export function assertActsFor(
  caller: CallerContext,
  volunteer: { id: string; tierPath: string },
  action: Action = 'plan',
): void {
  const refusal = actsForRefusal(caller, volunteer, action);
  if (refusal) throw refusal;
}

/** Why the caller may not act for this volunteer (as `assertActsFor` would throw it), or null when they may. */
export function actsForRefusal(
  caller: CallerContext,
  volunteer: { id: string; tierPath: string },
  action: Action = 'plan',
): DomainException | null {
  if (caller.volunteerId && caller.volunteerId === volunteer.id) return null;
  const paths = scopePaths(caller, action);
  if (paths.length === 0) return ActivitiesErrors.notYourself();
  if (!paths.some((p) => volunteer.tierPath.startsWith(p))) return AccessErrors.outsideScope();
  return null;
}

/** What the caller may read: their subtrees, and for a volunteer the nodes above their own. */
export function readVisibility(caller: CallerContext): Visibility {
  return { subtrees: requireScope(caller, 'read'), exact: ancestorPaths(caller) };
}
