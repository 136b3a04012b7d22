import type { Grant, Role } from '#linli/platform';

type TierLevel = 'station' | 'community' | 'village';

/** The level a role is granted at; team leaders and volunteers can sit anywhere. */
const ROLE_LEVEL: Partial<Record<Role, TierLevel>> = {
  station_head: 'station',
  community_lead: 'community',
  village_lead: 'village',
};

/** Which roles each role may hand out inside its own subtree. */
const MAY_GRANT: Partial<Record<Role, Role[]>> = {
  station_head: ['station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'],
  community_lead: ['village_lead', 'team_leader', 'volunteer'],
  village_lead: ['team_leader', 'volunteer'],
};

/** Whether the role is granted at this level of the tree. */
export function roleFitsLevel(role: Role, level: TierLevel): boolean {
  const required = ROLE_LEVEL[role];
  return required === undefined || required === level;
}

/** Whether a holder of `grants` may grant or revoke `role` at the node with `path`. */
export function mayGrant(grants: Grant[], role: Role, path: string): boolean {
  return grants.some((g) => (MAY_GRANT[g.role] ?? []).includes(role) && path.startsWith(g.tierPath));
}

/** Whether a holder of `grants` may grant anything at all (the leads and the station head). */
export function mayGrantAny(grants: Grant[]): boolean {
  return grants.some((g) => (MAY_GRANT[g.role] ?? []).length > 0);
}

/** Roles that may manage accounts (create users, list them) in their subtree. */
export const ACCOUNT_MANAGERS: Role[] = ['station_head', 'community_lead', 'village_lead', 'team_leader'];
