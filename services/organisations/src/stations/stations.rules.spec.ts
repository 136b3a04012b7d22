import { isTimeZone } from './stations.rules.js';

describe('station rules', () => {
  it('knows IANA time zones and refuses made-up ones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
