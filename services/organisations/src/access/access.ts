import { AccessPolicy, type CallerContext, type Role } from '#linli/platform';

export { AccessErrors, likePatterns } from '#linli/platform';

export type Action = 'read_tree' | 'read' | 'write' | 'manage_tiers' | 'report';

/** Which roles may do what in this service; a grant covers its node's subtree. */
const ALLOWED: Record<Action, Role[]> = {
  // The shape of the tree (names of communities and villages) is known to everyone in the station.
  read_tree: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'],
  read: ['station_head', 'community_lead', 'village_lead', 'team_leader'],
  write: ['station_head', 'community_lead', 'village_lead'],
  manage_tiers: ['station_head', 'community_lead'],
  // Growth, coverage and the bureau's report (counts, no personal data): readers, and a bureau
  // officer over the stations they supervise.
  report: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'bureau_officer'],
};

const policy = new AccessPolicy<Action>(ALLOWED);

export const requireScope = (caller: CallerContext, action: Action) => policy.requireScope(caller, action);
export const assertCanActOn = (caller: CallerContext, path: string, action: Action) =>
  policy.assertCanActOn(caller, path, action);
