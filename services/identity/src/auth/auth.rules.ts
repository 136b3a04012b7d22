import type { LoginDto } from '#linli/contracts';

/** What someone logs in with: the phone as given, or the username in lower case; undefined when neither. */
export function loginOf(credentials: LoginDto): { by: 'phone' | 'username'; login: string } | undefined {
  const login = credentials.phone?.trim() || credentials.username?.trim().toLowerCase();
  if (!login) return undefined;
  return { by: credentials.phone ? 'phone' : 'username', login };
}

/** A login as the audit log keeps it: a phone masked to its first three and last four digits. */
export function auditedLogin(by: 'phone' | 'username', login: string): string {
  return by === 'phone' ? `${login.slice(0, 3)}****${login.slice(-4)}` : login;
}

/** The throttle counters a login attempt is checked against: the account's and the client address's. */
export function throttleKeys(
  login: string,
  address: string,
  limits: { perAccount: number; perAddress: number },
): { key: string; limit: number }[] {
  return [
    { key: accountKey(login), limit: limits.perAccount },
    { key: `address:${address}`, limit: limits.perAddress },
  ];
}

export function accountKey(login: string): string {
  return `account:${login.toLowerCase()}`;
}

/**
 * What presenting a refresh token means: a live one is rotated; one already used means the
 * family leaked (stolen or replayed) and is revoked; anything else is refused.
 */
export function refreshVerdict(
  row: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null } | undefined,
  now: Date,
): 'rotate' | 'reused' | 'invalid' {
  if (!row || row.revokedAt || new Date(row.expiresAt) <= now) return 'invalid';
  return row.usedAt ? 'reused' : 'rotate';
}
