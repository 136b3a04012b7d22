import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  DEMO_STATION,
  demoId,
  OrganisationsApi,
  OrganisationsEvents,
  type OrganisationEventPayload,
} from '#linli/contracts';
import {
  connectNats,
  migrateServiceSchema,
  PLATFORM_TENANT,
  serviceDataSourceOptions,
  ServiceClient,
  type CallerContext,
  type EventEnvelope,
} from '#linli/platform';
import {
  callerWithRole,
  createTestDatabase,
  signedCaller,
  startServiceReplica,
  startTestNats,
  testServiceConfig,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
  waitFor,
} from '#linli/testing';
import { GrowthSnapshotJob } from './jobs/growth-snapshot.job.js';
import { GrowthService } from './growth/growth.service.js';
import { StationEventsBackfill1733400000000 } from './migrations/1733400000000-station-events-backfill.js';
import { OrganisationsModule } from './organisations.module.js';
import { organisationsData } from './organisations.data.js';
import { seedDemoStation } from './seed/seed-demo.js';
import { JIULONG_MONTHLY_JOINED } from './seed/jiulong.data.js';

const api = OrganisationsApi.operations;
const caller = (): CallerContext => callerWithRole('station_head');

/** The organisations service on real Postgres and NATS, talked to over NATS as the gateway does. */
describe('organisations service', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let ds: DataSource;
  let service: ServiceHandle;
  let client: ClientProxy;
  let rpc: ServiceClient;
  let nc: NatsConnection;

  beforeAll(async () => {
    db = await createTestDatabase('organisations_int');
    nats = await startTestNats();
    expect(await migrateServiceSchema({ ...organisationsData, url: db.url })).toEqual([
      'Initial1732500000000',
      'StationEventsBackfill1733400000000',
      'DeadLetters1764720000000',
    ]);
    ds = new DataSource(serviceDataSourceOptions({ ...organisationsData, url: db.url, poolSize: 4 }));
    await ds.initialize();
    expect(await seedDemoStation(ds)).toBe(true);
    service = await startServiceReplica(
      'organisations',
      OrganisationsModule.register,
      testServiceConfig({ DATABASE_URL: db.url, NATS_URL: nats.url }),
    );
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url] } });
    await client.connect();
    rpc = new ServiceClient(client, 5000);
    nc = await connectNats(nats.url, 'organisations-int');
  });

  afterAll(async () => {
    await client?.close();
    await nc?.close();
    await service?.close();
    await ds?.destroy();
    await nats?.close();
    await db?.drop();
  });

  it('migrates once and seeds once, whoever starts first', async () => {
    expect(await migrateServiceSchema({ ...organisationsData, url: db.url })).toEqual([]);
    expect(await seedDemoStation(ds)).toBe(false);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM organisations');
    expect(n).toBe(254);
  });

  it('computes growth for any past month from history alone, matching the registry month by month', async () => {
    const [{ snapshots }] = await ds.query('SELECT count(*)::int AS snapshots FROM growth_snapshots');
    expect(snapshots).toBe(0);
    const report = await rpc.call(api.growthGet, { from: '2021-06', to: '2021-11' }, caller());
    let cumulative = 0;
    for (const point of report.series) {
      const joined = JIULONG_MONTHLY_JOINED[point.period] ?? 0;
      cumulative += joined;
      expect({ period: point.period, count: point.count, new: point.new }).toEqual({
        period: point.period,
        count: cumulative,
        new: joined,
      });
    }
    expect(cumulative).toBe(254);
  });

  it('publishes created and status_changed events to JetStream through the outbox', async () => {
    const root = DEMO_STATION.rootNodeId;
    const created = await rpc.call(
      api.organisationCreate,
      { name: '事件测试组织', type: 'mutual_aid', tierNodeId: root, foundedOn: '2021-02-01', joinedOn: '2021-07-01' },
      caller(),
    );
    await rpc.call(
      api.organisationChangeStatus,
      { id: created.id, status: 'active', reason: '开始活动', effectiveOn: '2021-08-01' },
      caller(),
    );
    const jsm = await jetstreamManager(nc);
    const statusEvent = await waitFor(
      async () =>
        (
          await jsm.streams
            .getMessage('LINLI_EVENTS', { last_by_subj: OrganisationsEvents.organisationStatusChanged })
            .catch(() => null)
        )?.json<EventEnvelope<OrganisationEventPayload>>(),
      (event) => event?.payload.organisationId === created.id,
      10_000,
    );
    expect(statusEvent).toMatchObject({
      subject: OrganisationsEvents.organisationStatusChanged,
      tenantId: DEMO_STATION.tenantId,
      payload: { organisationId: created.id, fromStatus: 'incubating', status: 'active' },
    });
    // The relay marks a batch published when its transaction commits, a moment after the stream has it.
    const unpublished = await waitFor(
      async () =>
        ((await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')) as { n: number }[])[0].n,
      (n) => n === 0,
      10_000,
    );
    expect(unpublished).toBe(0);
    const info = await jsm.streams.info('LINLI_EVENTS');
    // The seeded station + 254 seeded creations + this creation + this status change.
    expect(info.state.messages).toBe(257);
    const station = await jsm.streams.getMessage('LINLI_EVENTS', { last_by_subj: OrganisationsEvents.stationCreated });
    expect(station?.json()).toMatchObject({
      id: demoId('event', 'station'),
      tenantId: DEMO_STATION.tenantId,
      payload: {
        tenantId: DEMO_STATION.tenantId,
        name: DEMO_STATION.name,
        region: DEMO_STATION.region,
        timezone: 'Asia/Shanghai',
        rootNodeId: DEMO_STATION.rootNodeId,
      },
    });
  });

  it('answers the tree and the station list, which take no input, and a flat tier update', async () => {
    const [root] = await rpc.call(api.tierTree, {}, caller());
    expect(root).toMatchObject({ id: DEMO_STATION.rootNodeId, level: 'station', organisationCount: 255 });
    const community = root.children[0];
    const renamed = await rpc.call(api.tierUpdate, { id: community.id, name: `${community.name}（改）` }, caller());
    expect(renamed).toMatchObject({ id: community.id, name: `${community.name}（改）`, ancestors: [root.id] });
    await rpc.call(api.tierUpdate, { id: community.id, name: community.name }, caller());
    const admin = signedCaller(PLATFORM_TENANT, [
      { role: 'platform_admin', tierNodeId: PLATFORM_TENANT, tierPath: '/' },
    ]);
    const stations = await rpc.call(api.stationList, {}, admin);
    expect(stations.map((s) => s.id)).toContain(DEMO_STATION.tenantId);
    await expect(rpc.call(api.stationList, {}, caller())).rejects.toMatchObject({ code: 'ACCESS.FORBIDDEN' });
  });

  it('refuses to rewrite status history, even from SQL', async () => {
    await expect(ds.query(`UPDATE organisation_status_changes SET reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM organisation_status_changes')).rejects.toThrow(/append-only/);
  });

  it('records one growth snapshot per station and day, on one replica, equal to the computed counts', async () => {
    const second = await startServiceReplica(
      'organisations',
      OrganisationsModule.register,
      testServiceConfig({ DATABASE_URL: db.url, NATS_URL: nats.url }),
    );
    try {
      const now = new Date('2026-01-15T04:00:00Z');
      const runs = await Promise.all([service.get(GrowthSnapshotJob).run(now), second.get(GrowthSnapshotJob).run(now)]);
      expect(runs.filter((r) => r === 1)).toHaveLength(1);
      expect(await service.get(GrowthSnapshotJob).run(now)).toBe(0);
      const rows: { dimension: string; key: string; count: number }[] = await ds.query(
        `SELECT dimension, key, count FROM growth_snapshots WHERE tenant_id = $1 AND snapshot_on = '2026-01-15'`,
        [DEMO_STATION.tenantId],
      );
      const total = rows.find((r) => r.dimension === 'total')?.count;
      const [{ live }] = await ds.query(`SELECT count(*)::int AS live FROM organisations WHERE status <> 'dissolved'`);
      expect(total).toBe(live);
      const byType = rows.filter((r) => r.dimension === 'type').reduce((n, r) => n + r.count, 0);
      expect(byType).toBe(live);
      const computed = await service.get(GrowthService).snapshot(DEMO_STATION.tenantId, '2026-01-15');
      expect(computed.length).toBe(rows.length);
    } finally {
      await second.close();
    }
  });

  it('opens a station with its zone and publishes evt.organisations.station.created once, even on a retry', async () => {
    const admin = signedCaller(PLATFORM_TENANT, [
      { role: 'platform_admin', tierNodeId: PLATFORM_TENANT, tierPath: '/' },
    ]);
    const tenantId = randomUUID();
    const body = { tenantId, name: '柏林邻里服务站', region: 'Berlin', timezone: 'Europe/Berlin' };
    const station = await rpc.call(api.stationCreate, body, admin);
    expect(await rpc.call(api.stationCreate, body, admin)).toEqual(station);
    const events = await ds.query(
      'SELECT id, tenant_id AS "tenantId", payload FROM outbox WHERE subject = $1 AND tenant_id = $2',
      [OrganisationsEvents.stationCreated, tenantId],
    );
    expect(events).toEqual([
      {
        id: expect.any(String),
        tenantId,
        payload: {
          tenantId,
          name: '柏林邻里服务站',
          region: 'Berlin',
          timezone: 'Europe/Berlin',
          rootNodeId: station.rootNodeId,
        },
      },
    ]);
    const jsm = await jetstreamManager(nc);
    const published = await waitFor(
      async () =>
        (
          await jsm.streams
            .getMessage('LINLI_EVENTS', { last_by_subj: OrganisationsEvents.stationCreated })
            .catch(() => null)
        )?.json<EventEnvelope>(),
      (event) => event?.id === events[0].id,
      10_000,
    );
    expect(published).toMatchObject({ id: events[0].id, tenantId, payload: { timezone: 'Europe/Berlin' } });
  });

  it('backfills the station event for a station opened before it existed, once', async () => {
    const tenantId = randomUUID();
    const root = randomUUID();
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, '旧站', '旧区', 'Asia/Urumqi', $2)`,
        [tenantId, root],
      );
      await m.query(
        `INSERT INTO tier_nodes (id, tenant_id, level, name, path) VALUES ($1, $2, 'station', '旧站', $3)`,
        [root, tenantId, `/${root}/`],
      );
    });
    const count = async () =>
      (await ds.query(`SELECT tenant_id AS "tenantId", payload FROM outbox WHERE subject = $1`, [
        OrganisationsEvents.stationCreated,
      ])) as { tenantId: string; payload: { timezone: string } }[];
    const before = await count();
    const runner = ds.createQueryRunner();
    try {
      await new StationEventsBackfill1733400000000().up(runner);
      await new StationEventsBackfill1733400000000().up(runner);
    } finally {
      await runner.release();
    }
    const after = await count();
    expect(after.length).toBe(before.length + 1);
    expect(after.find((e) => e.tenantId === tenantId)?.payload.timezone).toBe('Asia/Urumqi');
  });
});
