import type { Grant } from '#linli/platform';
import { managedPaths, managesPath } from './users.rules.js';

const community: Grant = { role: 'community_lead', tierNodeId: 'c1', tierPath: '/s/c1/' };
const leader: Grant = { role: 'team_leader', tierNodeId: 'v1', tierPath: '/s/c2/v1/' };
const volunteer: Grant = { role: 'volunteer', tierNodeId: 'v1', tierPath: '/s/c1/v1/' };

describe('user rules', () => {
  it('lets leads and team leaders manage accounts in their subtrees, volunteers nowhere', () => {
    expect(managedPaths([community, leader, volunteer])).toEqual(['/s/c1/', '/s/c2/v1/']);
    expect(managedPaths([volunteer])).toEqual([]);
  });

  it('places a node inside or outside the managed subtrees', () => {
    expect(managesPath([community], '/s/c1/v7/')).toBe(true);
    expect(managesPath([community], '/s/c2/')).toBe(false);
    expect(managesPath([volunteer], '/s/c1/v1/')).toBe(false);
  });
});
