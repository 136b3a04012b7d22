import type { PendingActivation } from './credentials.repository.js';

/** Wrong codes an activation code survives before it stops working. */
export const ACTIVATION_ATTEMPTS = 5;

/** Whether a pending activation code may still be tried (not expired, not worn out by wrong guesses). */
export function activationUsable(row: Pick<PendingActivation, 'expiresAt' | 'attempts'>, now: Date): boolean {
  return new Date(row.expiresAt) > now && row.attempts < ACTIVATION_ATTEMPTS;
}
