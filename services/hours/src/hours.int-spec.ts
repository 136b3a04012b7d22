import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import {
  HoursEvents,
  OrganisationsEvents,
  type StarLevelChangedPayload,
  type StationEventPayload,
} from '#linli/contracts';
import {
  connectNats,
  InboxConsumer,
  JsonLogger,
  migrateServiceSchema,
  serviceDataSourceOptions,
  type CallerContext,
  type EventEnvelope,
} from '#linli/platform';
import {
  attendanceEvent,
  createTestDatabase,
  publishToStream,
  signedCaller,
  startServiceReplica,
  startTestNats,
  testServiceConfig,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
  waitFor,
} from '#linli/testing';
import { CertificatesService } from './certificates/certificates.service.js';
import { ATTENDANCE_CONSUMER, recordAttendance, recordAttendances } from './consumers/attendance.consumer.js';
import { hoursData } from './hours.data.js';
import { HoursModule } from './hours.module.js';
import { LedgerService } from './ledger/ledger.service.js';
import { StationsService } from './stations/stations.service.js';

const tenantId = randomUUID();
const root = randomUUID();
const village = randomUUID();
const path = `/${root}/${randomUUID()}/${village}/`;
const head = (): CallerContext =>
  signedCaller(tenantId, [{ role: 'station_head', tierNodeId: root, tierPath: `/${root}/` }]);
const volunteerOf = (id: string): CallerContext => ({
  ...signedCaller(tenantId, [{ role: 'volunteer', tierNodeId: village, tierPath: path }]),
  volunteerId: id,
});
const newVolunteer = () => ({ id: randomUUID(), tierNodeId: village, tierPath: path });

describe('hours service on real Postgres and NATS', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let ds: DataSource;
  let service: ServiceHandle;
  let nc: NatsConnection;
  let hours: LedgerService;

  const count = async (volunteerId: string) =>
    (await ds.query('SELECT count(*)::int AS n FROM entries WHERE volunteer_id = $1', [volunteerId]))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase('hours_int');
    nats = await startTestNats();
    expect(await migrateServiceSchema({ ...hoursData, url: db.url })).toEqual([
      'Initial1733100000000',
      'DeadLetters1764720000000',
    ]);
    ds = new DataSource(serviceDataSourceOptions({ ...hoursData, url: db.url, poolSize: 4 }));
    await ds.initialize();
    service = await startServiceReplica(
      'hours',
      HoursModule.register,
      testServiceConfig({ DATABASE_URL: db.url, NATS_URL: nats.url }),
    );
    hours = service.get(LedgerService);
    nc = await connectNats(nats.url, 'hours-int-test');
  });

  afterAll(async () => {
    await service?.close();
    await nc?.close().catch(() => undefined);
    await ds?.destroy();
    await nats?.close();
    await db?.drop();
  });

  it('turns a check-out into a pending entry within a second', async () => {
    const v = newVolunteer();
    const event = attendanceEvent(tenantId, v, { minutes: 95 });
    const started = Date.now();
    await publishToStream(nc, event);
    await waitFor(
      () => count(v.id),
      (n) => n === 1,
      5000,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    const summary = await hours.volunteerHours(volunteerOf(v.id), v.id, {});
    expect(summary).toMatchObject({
      approvedMinutes: 0,
      pendingMinutes: 95,
      starLevel: 0,
      nextStar: { level: 1, minutesToGo: 6000 },
    });
    expect(summary.entries[0]).toMatchObject({
      status: 'pending',
      minutes: 95,
      actualMinutes: 95,
      shiftMinutes: 120,
      place: '九龙街道北村',
    });
  });

  it('changes nothing on redelivery, on a replay under a new event id, or after a crash between write and ack', async () => {
    const v = newVolunteer();
    const event = attendanceEvent(tenantId, v);
    // The same message published twice (dedup window) and a replay of the same attendance with a new event id.
    await publishToStream(nc, event);
    await publishToStream(nc, event, `${event.id}-again`);
    await publishToStream(nc, { ...event, id: randomUUID() });
    await waitFor(
      () => count(v.id),
      (n) => n >= 1,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await count(v.id)).toBe(1);

    // A crash after the write, before commit and ack: nothing stays, and the retry writes once.
    const logger = new JsonLogger('test', 'fatal');
    const crashed = new InboxConsumer(ds, nc, logger, {
      stream: 'unused',
      durable: ATTENDANCE_CONSUMER,
      filterSubject: 'unused',
      handle: async (manager, e: EventEnvelope<never>) => {
        await recordAttendance(manager, e);
        throw new Error('process killed before commit');
      },
    });
    const v2 = newVolunteer();
    const e2 = attendanceEvent(tenantId, v2);
    await expect(crashed.process(e2 as never)).rejects.toThrow('killed');
    expect(await count(v2.id)).toBe(0);
    await publishToStream(nc, e2);
    await waitFor(
      () => count(v2.id),
      (n) => n === 1,
    );
    // And the event delivered yet again after its commit (ack lost) is recognised by the inbox.
    const healthy = new InboxConsumer(ds, nc, logger, {
      stream: 'unused',
      durable: ATTENDANCE_CONSUMER,
      filterSubject: 'unused',
      handle: (manager, e: EventEnvelope<never>) => recordAttendance(manager, e).then(() => undefined),
    });
    expect(await healthy.process(e2 as never)).toBe(false);
    expect(await count(v2.id)).toBe(1);
  });

  it('applies a batch exactly once: a repeated id, a replay under a new id and a failing event among good ones', async () => {
    const logger = new JsonLogger('test', 'fatal');
    const batching = new InboxConsumer(ds, nc, logger, {
      stream: 'unused',
      durable: ATTENDANCE_CONSUMER,
      filterSubject: 'unused',
      handle: (manager, e: EventEnvelope<never>) => recordAttendance(manager, e).then(() => undefined),
      handleBatch: (manager, events: EventEnvelope<never>[]) =>
        recordAttendances(manager, events).then(() => undefined),
    });
    const [v1, v2, v3] = [newVolunteer(), newVolunteer(), newVolunteer()];
    const first = attendanceEvent(tenantId, v1);
    const second = attendanceEvent(tenantId, v2);
    const replay = { ...second, id: randomUUID() };
    // Valid for its class, refused by the ledger (recordedBy is a uuid column): the whole transaction fails.
    const bad = attendanceEvent(tenantId, v3, { recordedBy: 'kiosk-7' });
    await expect(batching.processBatch([first, first, second, replay, bad] as never[])).rejects.toThrow(/uuid/);
    expect([await count(v1.id), await count(v2.id), await count(v3.id)]).toEqual([0, 0, 0]);
    const inboxRows = async (ids: string[]) =>
      (
        await ds.query('SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = ANY($2)', [
          ATTENDANCE_CONSUMER,
          ids,
        ])
      )[0].n as number;
    expect(await inboxRows([first.id, second.id, replay.id, bad.id])).toBe(0);
    // Without the failing one: each id recorded once, one entry per attendance; then nothing new.
    expect(await batching.processBatch([first, first, second, replay] as never[])).toBe(3);
    expect(await batching.processBatch([first, second, replay] as never[])).toBe(0);
    expect([await count(v1.id), await count(v2.id)]).toEqual([1, 1]);
    expect(await inboxRows([first.id, second.id, replay.id])).toBe(3);
    const [entry] = await ds.query('SELECT source_event_id AS "sourceEventId" FROM entries WHERE volunteer_id = $1', [
      v2.id,
    ]);
    expect(entry.sourceEventId).toBe(second.id);
  });

  it('sets the failing event of a delivered batch aside after its deliveries and applies the rest once', async () => {
    const good = [newVolunteer(), newVolunteer(), newVolunteer()];
    const events = good.map((v) => attendanceEvent(tenantId, v));
    const replay = { ...events[1], id: randomUUID() };
    const v = newVolunteer();
    const bad = attendanceEvent(tenantId, v, { recordedBy: 'kiosk-7' });
    // Published together, so the service's consumer takes them as one batch (or a few).
    await Promise.all([
      ...events.map((e) => publishToStream(nc, e)),
      publishToStream(nc, events[0], `${events[0].id}-again`),
      publishToStream(nc, replay),
      publishToStream(nc, bad),
    ]);
    const letters = () =>
      ds.query('SELECT deliveries, reason FROM dead_letters WHERE consumer = $1 AND event_id = $2', [
        ATTENDANCE_CONSUMER,
        bad.id,
      ]);
    // Five deliveries with back-off 1 + 2 + 4 + 8 s.
    const set = await waitFor(letters, (rows: unknown[]) => rows.length > 0, 40_000);
    expect(set).toEqual([{ deliveries: 5, reason: expect.stringContaining('uuid') }]);
    expect(await Promise.all(good.map((g) => count(g.id)))).toEqual([1, 1, 1]);
    expect(await count(v.id)).toBe(0);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = ANY($2)', [
      ATTENDANCE_CONSUMER,
      [...events.map((e) => e.id), replay.id, bad.id],
    ]);
    expect(n).toBe(4);
  }, 60_000);

  it('applies the station minimum share: below it the entry is kept but does not count', async () => {
    const other = randomUUID();
    await ds.query('INSERT INTO station_settings (tenant_id, min_attendance_share) VALUES ($1, 0.6)', [other]);
    const v = newVolunteer();
    await publishToStream(nc, attendanceEvent(other, v, { minutes: 60 })); // 50% of a two-hour shift
    await publishToStream(nc, attendanceEvent(other, v, { minutes: 72, day: '2021-11-21' })); // exactly 60%
    await waitFor(
      () => count(v.id),
      (n) => n === 2,
    );
    const caller = { ...signedCaller(other, []), volunteerId: v.id };
    const summary = await hours.volunteerHours(caller, v.id, {});
    expect(summary.pendingMinutes).toBe(72);
    const below = summary.entries.find((e) => e.minutes === 60)!;
    expect(below).toMatchObject({ status: 'not_counted', countedMinutes: 0, attendedShare: 0.5 });
    expect(below.notCountedReason).toContain('60%');
  });

  it('learns a station’s time zone from evt.organisations.station.created, keeping its other settings', async () => {
    const configured = randomUUID();
    const unheard = randomUUID();
    await ds.query(
      `INSERT INTO station_settings (tenant_id, min_attendance_share, certificate_prefix, issuer_name) VALUES ($1, 0.5, 'BE', '柏林站')`,
      [configured],
    );
    const stationEvent = (id: string, timezone: string): EventEnvelope<StationEventPayload> => ({
      id: randomUUID(),
      subject: OrganisationsEvents.stationCreated,
      tenantId: id,
      occurredAt: new Date().toISOString(),
      payload: { tenantId: id, name: `站 ${id.slice(0, 4)}`, region: 'Berlin', timezone, rootNodeId: randomUUID() },
    });
    const first = stationEvent(configured, 'Europe/Berlin');
    await publishToStream(nc, first);
    await publishToStream(nc, stationEvent(unheard, 'America/Sao_Paulo'));
    const settings = (id: string) =>
      ds.query(
        `SELECT timezone, min_attendance_share::float8 AS share, certificate_prefix AS prefix, issuer_name AS issuer,
                star_thresholds_hours AS stars
           FROM station_settings WHERE tenant_id = $1`,
        [id],
      );
    const rows = await waitFor(
      async () => [...(await settings(configured)), ...(await settings(unheard))],
      (r) => r.length === 2 && r[0].timezone === 'Europe/Berlin',
    );
    expect(rows).toEqual([
      { timezone: 'Europe/Berlin', share: 0.5, prefix: 'BE', issuer: '柏林站', stars: [100, 300, 600, 1000, 1500] },
      { timezone: 'America/Sao_Paulo', share: null, prefix: 'ZY', issuer: null, stars: [100, 300, 600, 1000, 1500] },
    ]);
    const settingsService = service.get(StationsService);
    const caller = signedCaller(configured, [{ role: 'station_head', tierNodeId: root, tierPath: `/${root}/` }]);
    // The head's own settings change leaves the zone the station event brought.
    await settingsService.update(caller, { certificatePrefix: 'BER' });
    expect((await settings(configured))[0]).toMatchObject({ timezone: 'Europe/Berlin', prefix: 'BER' });
    // The same event replayed from the stream (a new dedup id) finds its id in the inbox and changes nothing,
    // not even a zone set here since; a later event is applied.
    await settingsService.update(caller, { timezone: 'Asia/Tokyo' });
    await publishToStream(nc, first, randomUUID());
    const marker = randomUUID();
    await publishToStream(nc, stationEvent(marker, 'Europe/Berlin'));
    expect(
      await waitFor(
        () => settings(marker),
        (r) => r.length === 1,
      ),
    ).toHaveLength(1);
    expect((await settings(configured))[0]).toMatchObject({ timezone: 'Asia/Tokyo', prefix: 'BER' });
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = $2', [
      'hours-stations',
      first.id,
    ]);
    expect(n).toBe(1);
  });

  it('keeps the ledger append-only in the database', async () => {
    const [row] = await ds.query('SELECT id FROM entries LIMIT 1');
    await expect(ds.query('UPDATE entries SET minutes = 1 WHERE id = $1', [row.id])).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM entries WHERE id = $1', [row.id])).rejects.toThrow(/append-only/);
    await expect(ds.query('TRUNCATE entries CASCADE')).rejects.toThrow(/append-only/);
  });

  it('publishes a star level change once the approved minutes cross a threshold, consistent with the ledger', async () => {
    const v = newVolunteer();
    const caller = head();
    const ids: string[] = [];
    // The volunteer copy (fed by the volunteers service's events) places them for a leader's entry.
    await ds.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at) VALUES ($1, $2, $3, $4, '王小梅', 'active', now())`,
      [v.id, tenantId, village, path],
    );
    for (let i = 0; i < 7; i++) {
      const entry = await hours.create(caller, {
        volunteerId: v.id,
        date: '2021-11-01',
        minutes: 900,
        content: '入户探访',
        place: '北村',
        recipients: '独居老人',
      });
      ids.push(entry.id);
    }
    const result = await hours.approveMany(caller, [...ids, randomUUID()]);
    expect(result.approved).toBe(7);
    expect(result.results.at(-1)).toMatchObject({ outcome: 'not_found' });
    const again = await hours.approveMany(caller, [ids[0]]);
    expect(again.results[0]).toMatchObject({ outcome: 'already_decided' });
    const summary = await hours.volunteerHours(caller, v.id, {});
    expect(summary).toMatchObject({
      approvedMinutes: 6300,
      starLevel: 1,
      nextStar: { level: 2, minutesToGo: 18000 - 6300 },
      volunteerName: '王小梅',
    });
    const [outbox] = await ds.query(`SELECT payload FROM outbox WHERE subject = $1 AND payload->>'volunteerId' = $2`, [
      HoursEvents.starLevelChanged,
      v.id,
    ]);
    expect(outbox.payload as StarLevelChangedPayload).toMatchObject({
      fromLevel: 0,
      toLevel: 1,
      approvedMinutes: 6300,
    });
    // The relay publishes it to JetStream.
    const jsm = await jetstreamManager(nc);
    const msg = await waitFor(
      () => jsm.streams.getMessage('LINLI_EVENTS', { last_by_subj: HoursEvents.starLevelChanged }).catch(() => null),
      (m) => m !== null,
    );
    expect(msg?.json<EventEnvelope<StarLevelChangedPayload>>().payload.toLevel).toBeGreaterThanOrEqual(1);
    expect(await hours.checkStarLevels()).toEqual([]);

    // A correction lowers it again: the old entry stays, the new one supersedes it, the level drops.
    const correction = await hours.requestCorrection(volunteerOf(v.id), ids[0], {
      minutes: 300,
      reason: '实际只服务了 5 小时',
    });
    expect(correction).toMatchObject({ kind: 'correction', correctionOf: ids[0], status: 'pending' });
    await hours.acceptCorrection(caller, correction.id);
    const after = await hours.volunteerHours(caller, v.id, {});
    expect(after.approvedMinutes).toBe(5700);
    expect(after.starLevel).toBe(0);
    expect(after.entries.find((e) => e.id === ids[0])).toMatchObject({
      status: 'superseded',
      supersededBy: correction.id,
      minutes: 900,
    });
    expect(await hours.checkStarLevels()).toEqual([]);
  });

  it('numbers certificates per station and year without gaps or duplicates under concurrency', async () => {
    const v = newVolunteer();
    await ds.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at) VALUES ($1, $2, $3, $4, '李华', 'active', now())`,
      [v.id, tenantId, village, path],
    );
    const caller = head();
    const entry = await hours.create(caller, {
      volunteerId: v.id,
      date: '2021-11-02',
      minutes: 120,
      content: '讲座',
      place: '村委',
      recipients: '村民',
    });
    await hours.approve(caller, entry.id);
    const certificates = service.get(CertificatesService);
    const issued = await Promise.all(Array.from({ length: 12 }, () => certificates.issue(head(), v.id, {})));
    const seqs = issued.map((c) => Number(c.number.slice(-6))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(issued.map((c) => c.verificationCode)).size).toBe(12);
    expect(issued[0].number).toMatch(/^ZY-\d{4}-0000\d\d$/);
  });
});
