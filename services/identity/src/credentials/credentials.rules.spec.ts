import { activationUsable } from './credentials.rules.js';

describe('credential rules', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const later = new Date('2025-01-03T00:00:00Z');

  it('accepts a code until it expires or has been guessed wrong five times', () => {
    expect(activationUsable({ expiresAt: later, attempts: 0 }, now)).toBe(true);
    expect(activationUsable({ expiresAt: later, attempts: 4 }, now)).toBe(true);
    expect(activationUsable({ expiresAt: later, attempts: 5 }, now)).toBe(false);
    expect(activationUsable({ expiresAt: now, attempts: 0 }, now)).toBe(false);
  });
});
