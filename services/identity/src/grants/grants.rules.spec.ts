import type { Grant } from '#linli/platform';
import { mayGrant, mayGrantAny, roleFitsLevel } from './grants.rules.js';

const head: Grant = { role: 'station_head', tierNodeId: 's', tierPath: '/s/' };
const community: Grant = { role: 'community_lead', tierNodeId: 'c1', tierPath: '/s/c1/' };
const village: Grant = { role: 'village_lead', tierNodeId: 'v1', tierPath: '/s/c1/v1/' };

describe('grant rules', () => {
  it('lets the station head grant any role anywhere in the station', () => {
    expect(mayGrant([head], 'station_head', '/s/')).toBe(true);
    expect(mayGrant([head], 'village_lead', '/s/c2/v9/')).toBe(true);
    expect(mayGrant([head], 'village_lead', '/other/c/v/')).toBe(false);
  });

  it('lets leads grant only lesser roles, only inside their subtree', () => {
    expect(mayGrant([community], 'village_lead', '/s/c1/v1/')).toBe(true);
    expect(mayGrant([community], 'village_lead', '/s/c2/v3/')).toBe(false);
    expect(mayGrant([community], 'community_lead', '/s/c1/')).toBe(false);
    expect(mayGrant([village], 'volunteer', '/s/c1/v1/')).toBe(true);
    expect(mayGrant([village], 'village_lead', '/s/c1/v1/')).toBe(false);
    expect(mayGrant([{ role: 'volunteer', tierNodeId: 'v1', tierPath: '/s/c1/v1/' }], 'volunteer', '/s/c1/v1/')).toBe(
      false,
    );
  });

  it('lets only the station head and the leads grant at all', () => {
    expect(mayGrantAny([head])).toBe(true);
    expect(mayGrantAny([village])).toBe(true);
    expect(mayGrantAny([{ role: 'team_leader', tierNodeId: 'v1', tierPath: '/s/c1/v1/' }])).toBe(false);
    expect(mayGrantAny([{ role: 'platform_admin', tierNodeId: '', tierPath: 'platform:' }])).toBe(false);
  });

  it('ties leadership roles to their tier level', () => {
    expect(roleFitsLevel('station_head', 'station')).toBe(true);
    expect(roleFitsLevel('community_lead', 'village')).toBe(false);
    expect(roleFitsLevel('village_lead', 'village')).toBe(true);
    expect(roleFitsLevel('team_leader', 'community')).toBe(true);
    expect(roleFitsLevel('volunteer', 'station')).toBe(true);
  });
});
