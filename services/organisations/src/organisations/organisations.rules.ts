import type { OrganisationStatus } from '#linli/contracts';
import { OrganisationErrors } from '../organisations.errors.js';

/** Whether `YYYY-MM-DD` names a real calendar day (no 2021-02-30). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Refuses impossible, future or inverted founding and registry dates. */
export function checkOrganisationDates(foundedOn: string, joinedOn: string, today: string): void {
  if (!isRealDate(foundedOn)) throw OrganisationErrors.dateInvalid('foundedOn', foundedOn);
  if (!isRealDate(joinedOn)) throw OrganisationErrors.dateInvalid('joinedOn', joinedOn);
  if (foundedOn > today) throw OrganisationErrors.foundedInFuture(foundedOn, today);
  if (joinedOn > today) throw OrganisationErrors.joinedInFuture(joinedOn, today);
  if (foundedOn > joinedOn) throw OrganisationErrors.joinedBeforeFounded(foundedOn, joinedOn);
}

export interface StatusState {
  status: OrganisationStatus;
  /** Effective date of the latest recorded change (the first is the registry date). */
  lastEffectiveOn: string;
}

/**
 * A status change must change something, cannot revive a dissolved organisation, and must
 * take effect between the latest recorded change and today, so history stays in order.
 */
export function checkStatusChange(
  state: StatusState,
  to: OrganisationStatus,
  effectiveOn: string,
  today: string,
): void {
  if (!isRealDate(effectiveOn)) throw OrganisationErrors.dateInvalid('effectiveOn', effectiveOn);
  if (state.status === 'dissolved') throw OrganisationErrors.dissolved();
  if (state.status === to) throw OrganisationErrors.statusUnchanged(to);
  if (effectiveOn > today) throw OrganisationErrors.effectiveInFuture(effectiveOn, today);
  if (effectiveOn < state.lastEffectiveOn)
    throw OrganisationErrors.effectiveTooEarly(effectiveOn, state.lastEffectiveOn);
}
