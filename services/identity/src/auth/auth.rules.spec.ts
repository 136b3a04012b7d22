import { auditedLogin, loginOf, refreshVerdict, throttleKeys } from './auth.rules.js';

describe('auth rules', () => {
  it('logs in by phone as given, or by username in lower case', () => {
    expect(loginOf({ phone: ' 13800000001 ', password: 'x' })).toEqual({ by: 'phone', login: '13800000001' });
    expect(loginOf({ username: ' ZhanZhang ', password: 'x' })).toEqual({ by: 'username', login: 'zhanzhang' });
    expect(loginOf({ phone: '  ', password: 'x' })).toBeUndefined();
    expect(loginOf({ password: 'x' })).toBeUndefined();
  });

  it('masks a phone in the audit log but keeps a username', () => {
    expect(auditedLogin('phone', '13800000001')).toBe('138****0001');
    expect(auditedLogin('username', 'zhanzhang')).toBe('zhanzhang');
  });

  it('throttles by account (case-insensitive) and by address', () => {
    expect(throttleKeys('ZhanZhang', '10.0.0.1', { perAccount: 5, perAddress: 30 })).toEqual([
      { key: 'account:zhanzhang', limit: 5 },
      { key: 'address:10.0.0.1', limit: 30 },
    ]);
  });

  it('rotates a live refresh token, flags a reused one and refuses the rest', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const later = new Date('2025-02-01T00:00:00Z');
    expect(refreshVerdict({ expiresAt: later, usedAt: null, revokedAt: null }, now)).toBe('rotate');
    expect(refreshVerdict({ expiresAt: later, usedAt: now, revokedAt: null }, now)).toBe('reused');
    expect(refreshVerdict({ expiresAt: later, usedAt: now, revokedAt: now }, now)).toBe('invalid');
    expect(refreshVerdict({ expiresAt: now, usedAt: null, revokedAt: null }, now)).toBe('invalid');
    expect(refreshVerdict(undefined, now)).toBe('invalid');
  });
});
