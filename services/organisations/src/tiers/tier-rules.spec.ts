import { canHoldChild, childPath, isWithin, pathIds } from './tier-rules.js';

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
