import type { TierLevel } from '#linli/contracts';

/** Which level a child of each level must have: station → community → village, nothing under a village. */
export const CHILD_LEVEL: Record<TierLevel, TierLevel | null> = {
  station: 'community',
  community: 'village',
  village: null,
};

export function canHoldChild(parent: TierLevel, child: TierLevel): boolean {
  return CHILD_LEVEL[parent] === child;
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** Node ids from the root down to the node itself. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}
