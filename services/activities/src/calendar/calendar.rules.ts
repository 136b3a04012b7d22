/** How long a cancelled place stays in a feed, marked cancelled, so subscribed calendars remove it. */
export const CANCELLED_KEPT_DAYS = 30;

/** What a feed entry's revision is computed from. */
export interface FeedRevisionInput {
  shiftCreatedAt: Date;
  /** The later of the shift's and its activity's last change. */
  updatedAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

/**
 * The entry's last change and its RFC 5545 SEQUENCE, which only grows: twice the whole seconds
 * from the shift's creation to its latest change (the shift or activity edited, the place
 * confirmed or cancelled), plus one for a cancelled place. So an edit outranks what came before
 * it, a cancellation outranks the confirmation even within the same second, a re-booking outranks
 * the cancellation, and no counter has to be stored; 32 bits hold 34 years of it.
 */
export function feedRevision(row: FeedRevisionInput): { changedAt: Date; sequence: number } {
  const times = [row.updatedAt, row.confirmedAt, row.cancelledAt].filter((t): t is Date => t !== null);
  const changedAt = new Date(Math.max(...times.map((t) => t.getTime())));
  const seconds = Math.max(0, Math.floor((changedAt.getTime() - row.shiftCreatedAt.getTime()) / 1000));
  return { changedAt, sequence: 2 * seconds + (row.cancelledAt ? 1 : 0) };
}
