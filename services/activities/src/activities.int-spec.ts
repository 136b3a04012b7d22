import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { tierPath } from '#linli/contracts';
import {
  connectNats,
  loadConfig,
  migrateServiceSchema,
  serviceDataSourceOptions,
  type CallerContext,
  type EventEnvelope,
} from '#linli/platform';
import {
  createTestDatabase,
  signedCaller,
  startServiceReplica,
  startTestNats,
  TEST_SECRET,
  waitFor,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
} from '#linli/testing';
import { ActivitiesConfig } from './activities.config.js';
import { activitiesData } from './activities.data.js';
import { ActivitiesModule } from './activities.module.js';
import { ActivitiesService } from './activities/activities.service.js';
import { VOLUNTEER_COPY_DURABLE, type VolunteerCopyPayload } from './consumers/volunteer-copy.consumer.js';
import { ShiftJobs } from './jobs/shift-jobs.job.js';
import { ShiftsService } from './shifts/shifts.service.js';
import { SignupsService } from './signups/signups.service.js';
import { insertVolunteers } from './volunteers/volunteers.repository.js';

const tenantId = randomUUID();
const root = randomUUID();
const village = randomUUID();
const rootPath = tierPath([], root);
const villagePath = tierPath([root], village);
const head = (): CallerContext =>
  signedCaller(tenantId, [{ role: 'station_head', tierNodeId: root, tierPath: rootPath }]);
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('activities service on real Postgres and NATS', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let ds: DataSource;
  let replicas: ServiceHandle[];
  let nc: NatsConnection;
  let activities: ActivitiesService;
  let shifts: ShiftsService;
  let signups: SignupsService;
  let activityId: string;

  const volunteers = async (n: number, over: Record<string, unknown> = {}) => {
    const rows = Array.from({ length: n }, (_, i) => ({
      id: randomUUID(),
      tenantId,
      tierNodeId: village,
      tierPath: villagePath,
      name: `志愿者${i}`,
      ...over,
    }));
    await insertVolunteers(ds.manager, rows);
    return rows.map((r) => r.id);
  };
  const shift = async (capacity: number, startsInHours = 48, lengthHours = 2) =>
    (
      await shifts.create(head(), activityId, {
        startsAt: inHours(startsInHours),
        endsAt: inHours(startsInHours + lengthHours),
        capacity,
      })
    ).items[0];
  const outcome = (p: Promise<unknown>): Promise<{ status: string; position?: number }> =>
    p.then(
      (r) => r as { status: string; position?: number },
      (e) => ({ status: (e as { code: string }).code }),
    );

  beforeAll(async () => {
    db = await createTestDatabase('activities_int');
    nats = await startTestNats();
    expect(await migrateServiceSchema({ ...activitiesData, url: db.url })).toEqual([
      'Initial1732800000000',
      'CheckinAttempts1733300000000',
      'DeadLetters1764720000000',
    ]);
    ds = new DataSource(serviceDataSourceOptions({ ...activitiesData, url: db.url, poolSize: 4 }));
    await ds.initialize();
    const config = loadConfig(ActivitiesConfig, {
      DATABASE_URL: db.url,
      NATS_URL: nats.url,
      AUTH_SECRET: TEST_SECRET,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
      SHUTDOWN_GRACE_MS: '100',
      ACTIVITIES_JOBS: 'false',
    });
    replicas = [
      await startServiceReplica('activities', ActivitiesModule.register, config),
      await startServiceReplica('activities', ActivitiesModule.register, config),
    ];
    activities = replicas[0].get(ActivitiesService);
    shifts = replicas[0].get(ShiftsService);
    signups = replicas[0].get(SignupsService);
    nc = await connectNats(nats.url, 'activities-int');
    // The village's path, as the organisations service would have told it.
    await ds.query('INSERT INTO tier_paths (id, tenant_id, path) VALUES ($1, $2, $3)', [
      village,
      tenantId,
      villagePath,
    ]);
    const activity = await activities.create(head(), {
      title: '便民服务大厅轮值',
      tierNodeId: village,
      location: '服务大厅',
      startsAt: inHours(1),
      endsAt: inHours(24 * 30),
      riskLevel: 'low',
    });
    activityId = activity.id;
  });

  afterAll(async () => {
    await nc?.close().catch(() => undefined);
    for (const r of replicas ?? []) await r.close().catch(() => undefined);
    await ds?.destroy();
    await nats?.close();
    await db?.drop();
  });

  it('never exceeds capacity: 60 concurrent sign-ups on a 10-place shift → 10 confirmed, 50 waitlisted 1..50', async () => {
    const s = await shift(10);
    const ids = await volunteers(60);
    // Spread over both replicas' services, as the NATS queue group would.
    const services = replicas.map((r) => r.get(SignupsService));
    const results = await Promise.all(ids.map((v, i) => outcome(services[i % 2].signUp(head(), s.id, v))));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    const waitlisted = results.filter((r) => r.status === 'waitlisted');
    expect(waitlisted).toHaveLength(50);
    expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const [row] = await ds.query('SELECT confirmed_count AS c, waitlist_count AS w FROM shifts WHERE id = $1', [s.id]);
    expect(row).toEqual({ c: 10, w: 50 });

    // The database itself refuses an 11th confirmed place, whatever Node believes.
    await expect(
      ds.query(
        `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6)`,
        [randomUUID(), tenantId, s.id, (await volunteers(1))[0], s.startsAt, s.endsAt],
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'shifts_capacity' } });
  });

  it('coalesces a storm on one shift: 200 concurrent sign-ups on a 20-place shift, duplicates refused one by one', async () => {
    const s = await shift(20);
    const ids = await volunteers(200);
    const [suspended] = await volunteers(1, { status: 'suspended' });
    // Ten volunteers ask twice in the same storm, one volunteer may not sign up at all.
    const requests = [...ids, ...ids.slice(0, 10), suspended];
    const results = await Promise.all(requests.map((v) => outcome(signups.signUp(head(), s.id, v))));
    const answered = results.slice(0, 210);
    expect(answered.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    const waitlisted = answered.filter((r) => r.status === 'waitlisted');
    expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 180 }, (_, i) => i + 1),
    );
    expect(answered.filter((r) => r.status === 'SIGNUP.ALREADY')).toHaveLength(10);
    expect(results[210].status).toBe('VOLUNTEER.NOT_ACTIVE');
    // Of each volunteer who asked twice, one request holds the place and the other is refused.
    for (let i = 0; i < 10; i++)
      expect([results[i].status, results[200 + i].status].filter((st) => st === 'SIGNUP.ALREADY')).toHaveLength(1);
    const [row] = await ds.query('SELECT confirmed_count AS c, waitlist_count AS w FROM shifts WHERE id = $1', [s.id]);
    expect(row).toEqual({ c: 20, w: 180 });
    const [stored] = await ds.query(
      `SELECT count(*)::int AS live, count(DISTINCT volunteer_id)::int AS volunteers, max(position)::int AS "maxPosition"
         FROM signups WHERE shift_id = $1 AND status IN ('confirmed', 'waitlisted')`,
      [s.id],
    );
    expect(stored).toEqual({ live: 200, volunteers: 200, maxPosition: 180 });
    const [{ events }] = await ds.query(
      `SELECT count(*)::int AS events FROM outbox WHERE subject = 'evt.activities.signup.confirmed' AND payload->>'shiftId' = $1`,
      [s.id],
    );
    expect(events).toBe(20);
  });

  it('keeps an Idempotency-Key per request inside a coalesced batch', async () => {
    const s = await shift(1);
    const [a, b, c] = await volunteers(3);
    const keyed = (key: string) => ({ ...head(), idempotencyKey: key });
    const [first, second, third] = await Promise.all([
      signups.signUp(keyed(`k-${a}`), s.id, a),
      signups.signUp(keyed(`k-${b}`), s.id, b),
      signups.signUp(head(), s.id, c),
    ]);
    expect([first.status, second.status, third.status].sort()).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    // A retry gets its own stored answer back; the same key with another body is refused.
    expect(await signups.signUp(keyed(`k-${a}`), s.id, a)).toEqual(first);
    expect(await signups.signUp(keyed(`k-${b}`), s.id, b)).toEqual(second);
    await expect(signups.signUp(keyed(`k-${a}`), s.id, b)).rejects.toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
  });

  it('refuses as clashes, each on its own, the losers of two overlapping shifts racing for the same volunteers', async () => {
    // Two overlapping shifts, the same volunteers racing for both: the exclusion constraint lets each
    // volunteer hold one of them, and the losing batch falls back to one by one without failing the rest.
    const [x, y] = [await shift(50, 96, 2), await shift(50, 97, 2)];
    const ids = await volunteers(30);
    const results = await Promise.all(
      ids.flatMap((v) => [outcome(signups.signUp(head(), x.id, v)), outcome(signups.signUp(head(), y.id, v))]),
    );
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(30);
    expect(results.filter((r) => r.status === 'SIGNUP.CLASH')).toHaveLength(30);
    const [{ n }] = await ds.query(
      `SELECT count(DISTINCT volunteer_id)::int AS n FROM signups WHERE shift_id = ANY($1::uuid[]) AND status = 'confirmed'`,
      [[x.id, y.id]],
    );
    expect(n).toBe(30);
  });

  it('cancelling a confirmed place promotes the first waitlisted who still fits and closes the gaps', async () => {
    const s = await shift(1);
    const [first, second, third, fourth] = await volunteers(4);
    expect(await signups.signUp(head(), s.id, first)).toMatchObject({ status: 'confirmed' });
    for (const v of [second, third, fourth]) await signups.signUp(head(), s.id, v);
    // The second in line has since been suspended; the third took an overlapping confirmed shift elsewhere.
    await ds.query(`UPDATE volunteers SET status = 'suspended' WHERE id = $1`, [second]);
    const other = await shift(5, 48.5, 1);
    await signups.signUp(head(), other.id, third);
    const result = await signups.cancel(head(), s.id, first);
    expect(result.promotedVolunteerId).toBe(fourth);
    const roster = await shifts.roster(head(), s.id);
    expect(roster.confirmed.map((e) => e.volunteerId)).toEqual([fourth]);
    expect(roster.waitlisted.map((e) => [e.volunteerId, e.position])).toEqual([
      [second, 1],
      [third, 2],
    ]);
    const [note] = await ds.query(`SELECT kind FROM notifications WHERE volunteer_id = $1`, [fourth]);
    expect(note.kind).toBe('promoted');
    await signups.cancel(head(), s.id, second);
    expect((await shifts.roster(head(), s.id)).waitlisted.map((e) => [e.volunteerId, e.position])).toEqual([
      [third, 1],
    ]);
  });

  it('refuses overlapping confirmed shifts for one volunteer even when the sign-ups race', async () => {
    const [v] = await volunteers(1);
    const overlapping = await Promise.all([0, 0.5, 1, 1.5, 0.25].map((offset) => shift(5, 72 + offset, 2)));
    const results = await Promise.all(overlapping.map((s) => outcome(signups.signUp(head(), s.id, v))));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'SIGNUP.CLASH')).toHaveLength(4);
    // The constraint itself, bypassing every check in Node.
    const [a, b] = overlapping;
    await expect(
      ds.query(
        `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6)`,
        [randomUUID(), tenantId, a.id === b.id ? a.id : b.id, v, b.startsAt, b.endsAt],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01' } });
    // Back-to-back is not a clash.
    const after = await shift(5, 80, 1);
    const adjacent = await shift(5, 81, 1);
    expect(await signups.signUp(head(), after.id, v)).toMatchObject({ status: 'confirmed' });
    expect(await signups.signUp(head(), adjacent.id, v)).toMatchObject({ status: 'confirmed' });
  });

  it('sends each reminder once across reruns and two replicas, and marks no-shows after the end', async () => {
    const soon = await shift(3, 1.5, 1); // inside 2 h: the 2 h reminder only
    const tomorrow = await shift(3, 20, 1); // inside 24 h
    const [v1, v2] = await volunteers(2);
    for (const s of [soon, tomorrow]) for (const v of [v1, v2]) await signups.signUp(head(), s.id, v);
    const jobs = replicas.map((r) => r.get(ShiftJobs));
    const now = new Date();
    const concurrent = await Promise.all([jobs[0].run(now), jobs[1].run(now)]);
    expect(concurrent.filter((o) => o === null).length).toBeLessThanOrEqual(1);
    await jobs[1].run(now);
    await jobs[0].run(new Date(now.getTime() + 60_000));
    const counts = await ds.query(
      `SELECT shift_id AS "shiftId", kind, count(*)::int AS n FROM notifications WHERE volunteer_id = ANY($1) AND kind LIKE 'reminder%'
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [[v1, v2]],
    );
    expect(counts).toEqual(
      expect.arrayContaining([
        { shiftId: soon.id, kind: 'reminder_2h', n: 2 },
        { shiftId: tomorrow.id, kind: 'reminder_24h', n: 2 },
      ]),
    );
    expect(counts).toHaveLength(2);

    const afterEnd = new Date(new Date(soon.endsAt).getTime() + 60_000);
    const result = await jobs[0].run(afterEnd);
    expect(result?.noShows).toBeGreaterThanOrEqual(2);
    expect((await shifts.roster(head(), soon.id)).noShow.map((e) => e.volunteerId).sort()).toEqual([v1, v2].sort());
  });

  it('feeds the local volunteer copy exactly once per event, ignoring replays and stale updates', async () => {
    const volunteerId = randomUUID();
    const envelope = (
      occurredAt: string,
      over: Partial<VolunteerCopyPayload> = {},
    ): EventEnvelope<VolunteerCopyPayload & { unknownField: string }> => ({
      id: randomUUID(),
      subject: 'evt.volunteers.volunteer.updated',
      tenantId,
      occurredAt,
      payload: {
        volunteerId,
        tierNodeId: village,
        tierPath: villagePath,
        name: '王小龙',
        sex: 'male',
        birthDate: '2007-03-01',
        skills: ['reading'],
        status: 'active',
        isMinor: true,
        guardianConsent: true,
        insuredUntil: null,
        unknownField: 'ignored',
        ...over,
      },
    });
    const js = jetstream(nc);
    const first = envelope('2021-12-01T10:00:00Z');
    await js.publish(first.subject, JSON.stringify(first), { msgID: first.id });
    // The same event again under another message id (a replay), and an older update arriving late.
    await js.publish(first.subject, JSON.stringify(first), { msgID: `${first.id}-replay` });
    const stale = envelope('2021-11-30T10:00:00Z', { name: '旧名字', status: 'suspended' });
    await js.publish(stale.subject, JSON.stringify(stale), { msgID: stale.id });
    const rows = await waitFor(
      () => ds.query(`SELECT name, status, skills, is_minor AS "isMinor" FROM volunteers WHERE id = $1`, [volunteerId]),
      (r: unknown[]) => r.length === 1,
    );
    await waitFor(
      () =>
        ds.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = ANY($2)`, [
          VOLUNTEER_COPY_DURABLE,
          [first.id, stale.id],
        ]),
      (r: { n: number }[]) => r[0].n === 2,
    );
    expect(rows).toEqual([{ name: '王小龙', status: 'active', skills: ['reading'], isMinor: true }]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = $2`, [
      VOLUNTEER_COPY_DURABLE,
      first.id,
    ]);
    expect(n).toBe(1);
    // A later update applies; a field the event lacks keeps its value (the platform's one merge rule).
    const later = envelope('2021-12-02T10:00:00Z', { status: 'left' });
    delete (later.payload as Partial<VolunteerCopyPayload>).skills;
    delete (later.payload as Partial<VolunteerCopyPayload>).insuredUntil;
    await js.publish(later.subject, JSON.stringify(later), { msgID: later.id });
    const updated = await waitFor(
      () => ds.query(`SELECT status, skills FROM volunteers WHERE id = $1`, [volunteerId]),
      (r: { status: string }[]) => r[0]?.status === 'left',
    );
    expect(updated).toEqual([{ status: 'left', skills: ['reading'] }]);
  });

  it('creates a whole weekly series in one call and edits the rest of it in the station zone', async () => {
    const created = await shifts.create(head(), activityId, {
      startsAt: inHours(24 * 3),
      endsAt: inHours(24 * 3 + 3),
      capacity: 2,
      recurrence: 'FREQ=WEEKLY;COUNT=4',
    });
    expect(created.items).toHaveLength(4);
    expect(new Set(created.items.map((s) => s.seriesId))).toEqual(new Set([created.seriesId]));
    const updated = await shifts.update(head(), created.items[1].id, 'following', {
      startsAt: new Date(new Date(created.items[1].startsAt).getTime() + 3600_000).toISOString(),
      endsAt: created.items[1].endsAt,
      capacity: 3,
    });
    expect(updated.capacity).toBe(3);
    const after = await shifts.list(head(), { activityId, page: 1, pageSize: 100 });
    const series = after.items.filter((s) => s.seriesId === created.seriesId);
    expect(series.map((s) => s.capacity)).toEqual([2, 3, 3, 3]);
    expect(series.map((s) => (new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()) / 3600_000)).toEqual([
      3, 2, 2, 2,
    ]);
  });
});
