import { AccessPolicy, type CallerContext, type Role } from '#linli/platform';

export { likePatterns } from '#linli/platform';

export type Action = 'read' | 'write' | 'reveal' | 'recruiters' | 'report';

/**
 * Which roles may do what in this service; a grant covers its node's subtree. Full ID numbers
 * and guardian phones (`reveal`) are for the station head only (and the volunteer's own record):
 * leads see them masked. They register and check documents in person; the station head signs
 * insurance lists and certificates for the bureau, which need the full number.
 */
const ALLOWED: Record<Action, Role[]> = {
  read: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  write: ['station_head', 'community_lead', 'village_lead'],
  reveal: ['station_head'],
  recruiters: ['station_head', 'community_lead', 'village_lead'],
  // Counts per tier path (no names): leaders, and a bureau officer over the stations they supervise.
  report: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'bureau_officer'],
};

const policy = new AccessPolicy<Action>(ALLOWED);

export const scopePaths = (caller: CallerContext, action: Action) => policy.scopePaths(caller, action);
export const requireScope = (caller: CallerContext, action: Action) => policy.requireScope(caller, action);
export const canActOn = (caller: CallerContext, path: string, action: Action) => policy.canActOn(caller, path, action);
export const assertCanActOn = (caller: CallerContext, path: string, action: Action) =>
  policy.assertCanActOn(caller, path, action);
