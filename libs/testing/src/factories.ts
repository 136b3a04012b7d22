import { randomUUID } from 'node:crypto';
import { DEMO_STATION, demoId, tierPath } from '#linli/contracts';
import type { CallerContext, Role } from '#linli/platform';
import { signedCaller } from './service-harness.js';

/** Polls `probe` until `ok` holds or the time is up; answers the last value either way, for the assertion to judge. */
export async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A three-tier tree: the station's root, one community under it, one village under that, with their paths. */
export interface TierTree {
  tenantId: string;
  root: { id: string; path: string };
  community: { id: string; path: string };
  village: { id: string; path: string };
}

/** The demo station's tree (Jiulong, JL-01, JL-01-01), as the demo seeds of every service know it. */
export function demoTierTree(): TierTree {
  const root = DEMO_STATION.rootNodeId;
  const community = demoId('tier', 'JL-01');
  const village = demoId('tier', 'JL-01-01');
  return {
    tenantId: DEMO_STATION.tenantId,
    root: { id: root, path: tierPath([], root) },
    community: { id: community, path: tierPath([root], community) },
    village: { id: village, path: tierPath([root, community], village) },
  };
}

/** A fresh tree of a station nobody else uses (another tenant), for isolation checks. */
export function newTierTree(): TierTree {
  const [tenantId, root, community, village] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  return {
    tenantId,
    root: { id: root, path: tierPath([], root) },
    community: { id: community, path: tierPath([root], community) },
    village: { id: village, path: tierPath([root, community], village) },
  };
}

/** Where each role is granted in a tree by default: leads at their level, leaders and volunteers at the village. */
const DEFAULT_NODE: Record<Exclude<Role, 'platform_admin'>, keyof Omit<TierTree, 'tenantId'>> = {
  station_head: 'root',
  community_lead: 'community',
  village_lead: 'village',
  team_leader: 'village',
  volunteer: 'village',
  bureau_officer: 'root',
};

/** A signed caller holding one role in a tree (at its default node, or the one given). */
export function callerWithRole(
  role: Exclude<Role, 'platform_admin'>,
  tree: TierTree = demoTierTree(),
  options: { at?: keyof Omit<TierTree, 'tenantId'>; volunteerId?: string; userId?: ReturnType<typeof randomUUID> } = {},
): CallerContext {
  const node = tree[options.at ?? DEFAULT_NODE[role]];
  return signedCaller(
    tree.tenantId,
    [{ role, tierNodeId: node.id, tierPath: node.path }],
    options.userId ?? randomUUID(),
    options.volunteerId,
  );
}
