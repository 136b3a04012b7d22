import { DEFAULT_SETTINGS, isTimeZone, mergeSettings, todayIn } from './stations.rules.js';

describe('station settings', () => {
  it('decides the day in the station’s zone', () => {
    const at = new Date('2021-11-20T17:30:00Z');
    expect(todayIn('Asia/Shanghai', at)).toBe('2021-11-21');
    expect(todayIn('Europe/Berlin', at)).toBe('2021-11-20');
  });

  it('knows a zone from a typo', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('merges a change: given fields replace, absent stay, an unknown zone is ignored, thresholds sorted', () => {
    const next = mergeSettings(DEFAULT_SETTINGS, {
      issuerName: '九龙街道社工站',
      timezone: 'Mars/Olympus',
      starThresholdsHours: [300, 100, 300],
    });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      issuerName: '九龙街道社工站',
      starThresholdsHours: [100, 300],
    });
  });
});
