import { feedRevision } from './calendar.rules.js';

describe('feed revisions', () => {
  const created = new Date('2021-11-01T00:00:00Z');
  const at = (seconds: number) => new Date(created.getTime() + seconds * 1000);

  it('starts at 0 for a shift never changed and grows with every edit', () => {
    expect(feedRevision({ shiftCreatedAt: created, updatedAt: created, confirmedAt: null, cancelledAt: null })).toEqual(
      { changedAt: created, sequence: 0 },
    );
    const edited = feedRevision({
      shiftCreatedAt: created,
      updatedAt: at(3600),
      confirmedAt: at(60),
      cancelledAt: null,
    });
    expect(edited).toEqual({ changedAt: at(3600), sequence: 7200 });
  });

  it('ranks a cancellation above the confirmation, and a re-booking above the cancellation', () => {
    const confirmed = feedRevision({
      shiftCreatedAt: created,
      updatedAt: created,
      confirmedAt: at(60),
      cancelledAt: null,
    });
    const cancelled = feedRevision({
      shiftCreatedAt: created,
      updatedAt: created,
      confirmedAt: at(60),
      cancelledAt: at(120),
    });
    const rebooked = feedRevision({
      shiftCreatedAt: created,
      updatedAt: created,
      confirmedAt: at(180),
      cancelledAt: null,
    });
    expect(confirmed.sequence).toBeLessThan(cancelled.sequence);
    expect(cancelled.sequence).toBeLessThan(rebooked.sequence);
    expect(cancelled.changedAt).toEqual(at(120));
    const cancelledAtOnce = feedRevision({
      shiftCreatedAt: created,
      updatedAt: created,
      confirmedAt: at(60),
      cancelledAt: at(60.5),
    });
    expect(cancelledAtOnce.sequence).toBeGreaterThan(confirmed.sequence);
  });
});
