import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { DEMO_STATION, OrganisationsApi } from '#linli/contracts';
import {
  freePort,
  migrateServiceSchema,
  REPLICA_RETRY_MS,
  serviceDataSourceOptions,
  ServiceClient,
  type CallerContext,
} from '#linli/platform';
import {
  callerWithRole,
  createTestDatabase,
  startServiceReplica,
  startTestNats,
  testServiceConfig,
  type ServiceHandle,
  type TestDatabase,
  type TestNats,
  waitFor,
} from '#linli/testing';
import { OrganisationsModule } from './organisations.module.js';
import { organisationsData } from './organisations.data.js';
import { seedDemoStation } from './seed/seed-demo.js';

const api = OrganisationsApi.operations;
const caller = (): CallerContext => callerWithRole('station_head');

/** On the registry of the "replica" database only: whoever reads it was answered by the replica. */
const MARKER = '只在只读副本上的标记组织';

/**
 * A TCP relay to the replica database that the test can cut and restore, standing in for a
 * replica going away and coming back (the shared PostgreSQL itself is never stopped).
 */
class Relay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    const server = createServer((inbound) => {
      const outbound = connect(this.target.port, this.target.host);
      for (const s of [inbound, outbound]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Refuses new connections and drops the open ones, as a replica that went down would. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The URL of a database with another host and port (the relay's, or a closed one). */
const via = (url: string, port: number): string => {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
};

/**
 * DATABASE_READ_URL on two real databases: the primary (DATABASE_URL) and a "replica" that holds
 * the same migrated and seeded registry plus one marker organisation. Growth and the organisation
 * list answer from the replica, writes and the read after them from the primary, and a replica that
 * goes away (or is unreachable at start) leaves those reads answering from the primary.
 */
describe('organisations service with a read replica', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let nats: TestNats;
  let primaryDs: DataSource;
  let replicaDs: DataSource;
  let relay: Relay;
  let service: ServiceHandle | undefined;
  let client: ClientProxy;
  let rpc: ServiceClient;
  const logged: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);

  /** November 2021's organisation count, and how many organisations carry the marker's name. */
  const reads = async () => {
    const growth = await rpc.call(api.growthGet, { from: '2021-11', to: '2021-11' }, caller());
    const list = await rpc.call(api.organisationList, { q: MARKER }, caller());
    return { count: growth.series[0].count, markers: list.total };
  };
  const FROM_REPLICA = { count: 255, markers: 1 };
  const FROM_PRIMARY = { count: 254, markers: 0 };
  const replicaWarnings = () => logged.filter((l) => l.includes('read replica unreachable'));

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase('replica_primary'), createTestDatabase('replica_read')]);
    nats = await startTestNats();
    for (const db of [primary, replica]) await migrateServiceSchema({ ...organisationsData, url: db.url });
    primaryDs = new DataSource(serviceDataSourceOptions({ ...organisationsData, url: primary.url, poolSize: 2 }));
    replicaDs = new DataSource(serviceDataSourceOptions({ ...organisationsData, url: replica.url, poolSize: 2 }));
    await Promise.all([primaryDs.initialize(), replicaDs.initialize()]);
    await seedDemoStation(primaryDs);
    await seedDemoStation(replicaDs);
    const markerId = randomUUID();
    await replicaDs.query(
      `INSERT INTO organisations (id, tenant_id, tier_node_id, tier_path, name, type, status, status_since, founded_on, joined_on)
       SELECT $1, tenant_id, id, path, $2, 'other', 'active', '2021-11-15', '2021-11-01', '2021-11-15'
         FROM tier_nodes WHERE id = $3`,
      [markerId, MARKER, DEMO_STATION.rootNodeId],
    );
    await replicaDs.query(
      `INSERT INTO organisation_status_changes (id, tenant_id, organisation_id, to_status, reason, effective_on)
       SELECT $1, tenant_id, id, 'active', 'marker', '2021-11-15' FROM organisations WHERE id = $2`,
      [randomUUID(), markerId],
    );
    const target = new URL(replica.url);
    relay = new Relay(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    await relay.open();

    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const line = String(chunk);
      if (line.includes('"ReadReplica"')) logged.push(line);
      // The service logs at info here to show the replica's return; keep its lines out of the test output.
      if (line.startsWith('{"time"')) return true;
      return stdoutWrite(chunk, ...rest);
    }) as typeof process.stdout.write;
    service = await startServiceReplica(
      'organisations',
      OrganisationsModule.register,
      testServiceConfig({
        DATABASE_URL: primary.url,
        DATABASE_READ_URL: via(replica.url, relay.port),
        NATS_URL: nats.url,
        LOG_LEVEL: 'info',
      }),
    );
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url] } });
    await client.connect();
    rpc = new ServiceClient(client, 5000);
  });

  afterAll(async () => {
    await client?.close();
    await service?.close();
    process.stdout.write = stdoutWrite;
    await relay?.cut();
    await primaryDs?.destroy();
    await replicaDs?.destroy();
    await nats?.close();
    await primary?.drop();
    await replica?.drop();
  });

  it('answers growth and the organisation list from DATABASE_READ_URL', async () => {
    expect(await reads()).toEqual(FROM_REPLICA);
  });

  it('writes to DATABASE_URL, and reads what it wrote back from there', async () => {
    const created = await rpc.call(
      api.organisationCreate,
      {
        name: '写入主库的组织',
        type: 'mutual_aid',
        tierNodeId: DEMO_STATION.rootNodeId,
        // December: outside the month the reads count, so the primary's November stays at 254.
        foundedOn: '2021-12-01',
        joinedOn: '2021-12-15',
      },
      caller(),
    );
    expect(await rpc.call(api.organisationGet, { id: created.id }, caller())).toMatchObject({ id: created.id });
    const where = 'SELECT count(*)::int AS n FROM organisations WHERE id = $1';
    expect((await primaryDs.query(where, [created.id]))[0].n).toBe(1);
    expect((await replicaDs.query(where, [created.id]))[0].n).toBe(0);
    // The list reads the replica, which (with no real replication here) never receives it.
    const listed = await rpc.call(api.organisationList, { q: '写入主库的组织' }, caller());
    expect(listed.total).toBe(0);
  });

  it('answers from the primary while the replica is gone, warns once, and returns to the replica', async () => {
    await relay.cut();
    const during = [];
    for (let i = 0; i < 5; i++) during.push(await reads());
    expect(during).toEqual(Array(5).fill(FROM_PRIMARY));
    expect(replicaWarnings()).toHaveLength(1);

    await relay.open();
    // Both reads of one round are back on the replica (the first may still have gone to the
    // primary just before the replica was tried again).
    const back = await waitFor(reads, (r) => r.markers === 1 && r.count === FROM_REPLICA.count, REPLICA_RETRY_MS * 3);
    expect(back).toEqual(FROM_REPLICA);
    expect(logged.filter((l) => l.includes('read replica answers again'))).toHaveLength(1);
    expect(replicaWarnings()).toHaveLength(1);
  });

  it('starts with DATABASE_READ_URL on a closed port and answers every read from the primary', async () => {
    await service!.close();
    service = undefined;
    logged.length = 0;
    service = await startServiceReplica(
      'organisations',
      OrganisationsModule.register,
      testServiceConfig({
        DATABASE_URL: primary.url,
        DATABASE_READ_URL: via(replica.url, await freePort()),
        NATS_URL: nats.url,
        LOG_LEVEL: 'info',
      }),
    );
    // The new replica's subscriptions may reach NATS a moment after it started.
    expect(
      await waitFor(
        () => reads().catch(() => undefined),
        (r) => r !== undefined,
      ),
    ).toEqual(FROM_PRIMARY);
    expect(replicaWarnings()).toHaveLength(1);
  });
});
