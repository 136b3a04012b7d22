import type { NatsConnection } from '@nats-io/transport-node';
import { demoId } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import { attendanceEvent, demoTierTree, publishToStream, waitFor } from '#linli/testing';
import { TestSystem } from './support/system.js';

/**
 * A malformed event is set aside, not redelivered forever: the hours consumer dead-letters an
 * `attendance.recorded` whose payload fails its class, counts it in /health, and keeps turning
 * the check-outs after it into pending entries.
 */
describe('dead letters', () => {
  let system: TestSystem;
  let nc: NatsConnection;
  const tree = demoTierTree();
  const volunteer = { id: demoId('volunteer', 'persona'), tierNodeId: tree.village.id, tierPath: tree.village.path };

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'dead_letters' });
    nc = await connectNats(system.nats.url, 'dead-letters-e2e');
  });

  afterAll(async () => {
    await nc?.close();
    await system?.close();
  });

  it('sets a malformed check-out aside, reports it in health, and lets the others through', async () => {
    const hours = system.data.get('hours')!;
    const good = [attendanceEvent(tree.tenantId, volunteer), attendanceEvent(tree.tenantId, volunteer)];
    const bad = attendanceEvent(tree.tenantId, volunteer);
    const malformed = { ...bad, payload: { ...bad.payload, checkedOutAt: 'yesterday-ish', volunteerId: 42 } };
    await publishToStream(nc, good[0]);
    await publishToStream(nc, malformed as unknown as typeof bad);
    await publishToStream(nc, good[1]);

    const attendanceIds = good.map((e) => e.payload.attendanceId);
    const entries = await waitFor(
      () =>
        hours.query('SELECT attendance_id AS "attendanceId" FROM entries WHERE attendance_id = ANY($1)', [
          attendanceIds,
        ]),
      (rows: unknown[]) => rows.length === 2,
    );
    expect(entries).toHaveLength(2);
    const letters = await waitFor(
      () => hours.query('SELECT event_id AS "eventId", reason, deliveries FROM dead_letters'),
      (rows: unknown[]) => rows.length === 1,
    );
    expect(letters).toEqual([
      { eventId: malformed.id, reason: expect.stringMatching(/volunteerId|checkedOutAt/), deliveries: 1 },
    ]);
    const [{ n }] = await hours.query('SELECT count(*)::int AS n FROM entries WHERE attendance_id = $1', [
      bad.payload.attendanceId,
    ]);
    expect(n).toBe(0);

    const health = await system.anonymous().get('/health');
    expect(health.body.services).toEqual(
      expect.arrayContaining([expect.objectContaining({ service: 'hours', status: 'ready', deadLetters: 1 })]),
    );
    // Nothing is redelivered: the stream's consumer has nothing pending for it.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await hours.query('SELECT count(*)::int AS n FROM dead_letters')).toEqual([{ n: 1 }]);
  });
});
