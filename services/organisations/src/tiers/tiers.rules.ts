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

/** The path of a node's parent (the root's own path for the root). */
export function parentPathOf(path: string): string {
  const ids = pathIds(path);
  return `/${ids.slice(0, -1).join('/')}/`;
}

/** A node as the tree is built from: where it hangs and how many live organisations sit on it directly. */
export interface TreeNodeRow {
  id: string;
  parentId: string | null;
  level: TierLevel;
  name: string;
  code: string | null;
  /** Organisations on this very node, dissolved excluded. */
  own: number;
}

export interface TreeNode {
  id: string;
  level: TierLevel;
  name: string;
  code: string | null;
  /** This node's and every descendant's organisations. */
  organisationCount: number;
  children: TreeNode[];
}

/**
 * Nests visible nodes under their parents; a node whose parent is not visible is a root.
 * Counts add up the subtree; children sort by code, then by Chinese name.
 */
export function buildTree(rows: readonly TreeNodeRow[]): TreeNode[] {
  const byId = new Map<string, { row: TreeNodeRow; children: string[] }>();
  for (const row of rows) byId.set(row.id, { row, children: [] });
  const roots: string[] = [];
  for (const { row } of byId.values()) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) parent.children.push(row.id);
    else roots.push(row.id);
  }
  const build = (id: string): TreeNode => {
    const { row, children } = byId.get(id)!;
    const built = children.map(build).sort(byCodeThenName);
    return {
      id: row.id,
      level: row.level,
      name: row.name,
      code: row.code,
      organisationCount: row.own + built.reduce((sum, c) => sum + c.organisationCount, 0),
      children: built,
    };
  };
  return roots.map(build);
}

function byCodeThenName(a: TreeNode, b: TreeNode): number {
  return (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-CN');
}
