import type { Grant } from '#linli/platform';
import { ACCOUNT_MANAGERS } from '../grants/grants.rules.js';

/** Paths in which a holder of `grants` manages accounts; none for roles that manage none. */
export function managedPaths(grants: Grant[]): string[] {
  return grants.filter((g) => ACCOUNT_MANAGERS.includes(g.role)).map((g) => g.tierPath);
}

/** Whether `path` lies inside one of the subtrees in which the holder manages accounts. */
export function managesPath(grants: Grant[], path: string): boolean {
  return managedPaths(grants).some((p) => path.startsWith(p));
}
