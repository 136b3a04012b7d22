import { DEFAULT_STAR_THRESHOLDS_HOURS, nextStar, starLevel } from './stars.js';

describe('star levels', () => {
  it('follows the default thresholds of 100, 300, 600, 1000 and 1500 hours', () => {
    expect(DEFAULT_STAR_THRESHOLDS_HOURS).toEqual([100, 300, 600, 1000, 1500]);
    expect(starLevel(0)).toBe(0);
    expect(starLevel(100 * 60 - 1)).toBe(0);
    expect(starLevel(100 * 60)).toBe(1);
    expect(starLevel(299 * 60)).toBe(1);
    expect(starLevel(300 * 60)).toBe(2);
    expect(starLevel(600 * 60)).toBe(3);
    expect(starLevel(1000 * 60)).toBe(4);
    expect(starLevel(1500 * 60)).toBe(5);
    expect(starLevel(9000 * 60)).toBe(5);
  });

  it('tells how far the next star is, and nothing at the top', () => {
    expect(nextStar(0)).toEqual({ level: 1, minutesToGo: 6000 });
    expect(nextStar(150 * 60)).toEqual({ level: 2, minutesToGo: 150 * 60 });
    expect(nextStar(1500 * 60)).toBeNull();
  });

  it('takes a station’s own thresholds, in any order', () => {
    expect(starLevel(60 * 60, [200, 50, 100])).toBe(1);
    expect(nextStar(60 * 60, [200, 50, 100])).toEqual({ level: 2, minutesToGo: 40 * 60 });
  });
});
