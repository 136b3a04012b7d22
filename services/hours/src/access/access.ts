import { AccessPolicy, type CallerContext, type Role } from '#linli/platform';

export { AccessErrors, likePatterns } from '#linli/platform';

export type Action = 'read' | 'decide' | 'settings' | 'report' | 'national';

/** Which roles may do what with other people's hours; a grant covers its node's subtree. A volunteer reads their own. */
const ALLOWED: Record<Action, Role[]> = {
  read: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  // Whoever organises records and certifies (docs/DOMAIN.md): leaders at every tier approve hours.
  decide: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  settings: ['station_head'],
  // Counts per tier path (no names): leaders, and a bureau officer over the stations they supervise.
  report: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'bureau_officer'],
  // The export for the national volunteer information system carries full ID numbers: the head alone.
  national: ['station_head'],
};

const policy = new AccessPolicy<Action>(ALLOWED);

export const scopePaths = (caller: CallerContext, action: Action) => policy.scopePaths(caller, action);
export const requireScope = (caller: CallerContext, action: Action) => policy.requireScope(caller, action);
export const canActOn = (caller: CallerContext, path: string, action: Action) => policy.canActOn(caller, path, action);
export const assertCanActOn = (caller: CallerContext, path: string, action: Action) =>
  policy.assertCanActOn(caller, path, action);

/** A volunteer's own record, or a leader's within their subtree. */
export function assertCanReadVolunteer(caller: CallerContext, volunteerId: string, path: string): void {
  if (caller.volunteerId && caller.volunteerId === volunteerId) return;
  assertCanActOn(caller, path, 'read');
}
