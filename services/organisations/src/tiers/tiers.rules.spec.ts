import { buildTree, canHoldChild, childPath, isWithin, parentPathOf, pathIds } from './tiers.rules.js';

describe('tier rules', () => {
  it('allows station → community → village and nothing under a village', () => {
    expect(canHoldChild('station', 'community')).toBe(true);
    expect(canHoldChild('community', 'village')).toBe(true);
    expect(canHoldChild('station', 'village')).toBe(false);
    expect(canHoldChild('village', 'village')).toBe(false);
    expect(canHoldChild('community', 'community')).toBe(false);
  });

  it('builds and reads materialised paths', () => {
    const root = '/r/';
    const community = childPath(root, 'c');
    const village = childPath(community, 'v');
    expect(village).toBe('/r/c/v/');
    expect(pathIds(village)).toEqual(['r', 'c', 'v']);
    expect(isWithin(village, community)).toBe(true);
    expect(isWithin(community, village)).toBe(false);
    expect(isWithin('/r/c2/', '/r/c/')).toBe(false);
  });
});

describe('tier tree', () => {
  const row = (id: string, parentId: string | null, code: string | null, name: string, own: number) => ({
    id,
    parentId,
    level: (parentId ? 'community' : 'station') as 'community' | 'station',
    name,
    code,
    own,
  });

  it('nests nodes, adds up subtree counts and sorts children by code then name', () => {
    const tree = buildTree([row('r', null, null, '站', 1), row('b', 'r', 'B', '乙', 2), row('a', 'r', 'A', '甲', 3)]);
    expect(tree).toHaveLength(1);
    expect(tree[0].organisationCount).toBe(6);
    expect(tree[0].children.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('makes a node whose parent is not visible a root of its own', () => {
    expect(buildTree([row('c', 'hidden', 'C', '丙', 4)]).map((n) => [n.id, n.organisationCount])).toEqual([['c', 4]]);
  });

  it('finds the parent path of a node', () => {
    expect(parentPathOf('/r/c/v/')).toBe('/r/c/');
  });
});
