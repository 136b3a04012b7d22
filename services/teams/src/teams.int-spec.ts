import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  DEMO_STATION,
  demoId,
  OrganisationsSubjects,
  TeamsApi,
  TeamsEvents,
  VolunteersEvents,
  type TeamRole,
} from '#linli/contracts';
import {
  connectNats,
  migrateServiceSchema,
  serviceDataSourceOptions,
  ServiceClient,
  type CallerContext,
  type EventEnvelope,
} from '#linli/platform';
import {
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
import { seedDemoTeams } from './seed/seed-demo.js';
import { TeamsModule } from './teams.module.js';
import { teamsData } from './teams.data.js';
import { VOLUNTEER_COPY_CONSUMER } from './consumers/volunteer-copy.consumer.js';

const ROOT = DEMO_STATION.rootNodeId;
const JL01 = demoId('tier', 'JL-01');
const JL0101 = demoId('tier', 'JL-01-01');
const VILLAGE_PATH = `/${ROOT}/${JL01}/${JL0101}/`;
const head = (): CallerContext =>
  signedCaller(DEMO_STATION.tenantId, [{ role: 'station_head', tierNodeId: ROOT, tierPath: `/${ROOT}/` }]);

/**
 * Stands in for the organisations service (this service may not import it): answers the two
 * questions teams asks, in Nest's NATS reply format, for the demo nodes it knows.
 */
function fakeOrganisations(nc: NatsConnection, nodes: Record<string, string[]>) {
  const reply = (subject: string, answer: (data: { id: string }) => unknown) =>
    nc.subscribe(subject, {
      queue: 'organisations',
      callback: (_err, msg) => {
        const packet = msg.json<{ id: string; data: { id: string } }>();
        let body: Record<string, unknown>;
        try {
          body = { response: answer(packet.data) };
        } catch (error) {
          body = { err: error };
        }
        msg.respond(JSON.stringify({ id: packet.id, isDisposed: true, ...body }));
      },
    });
  reply(OrganisationsSubjects.tierGet, ({ id }) => {
    if (!nodes[id]) throw { code: 'TIER.NOT_FOUND', status: 404, message: 'Tier node not found' };
    return { id, ancestors: nodes[id] };
  });
  reply(OrganisationsSubjects.organisationGet, ({ id }) => ({ id }));
}

/** The teams service on real Postgres and NATS, talked to over NATS as the gateway does. */
describe('teams service', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let ds: DataSource;
  let teams: ServiceHandle;
  let client: ClientProxy;
  let rpc: ServiceClient;
  let nc: NatsConnection;

  const volunteerEvent = (
    subject: string,
    payload: Record<string, unknown>,
    occurredAt = new Date().toISOString(),
  ): EventEnvelope<Record<string, unknown>> => ({
    id: randomUUID(),
    subject,
    tenantId: DEMO_STATION.tenantId,
    occurredAt,
    payload,
  });

  const publish = async (event: EventEnvelope<unknown>, msgID = event.id) =>
    jetstream(nc).publish(event.subject, JSON.stringify(event), { msgID });

  const copyOf = async (id: string) =>
    ds.query('SELECT name, status, tier_path AS "tierPath" FROM volunteers WHERE id = $1', [id]);

  beforeAll(async () => {
    db = await createTestDatabase('teams_int');
    nats = await startTestNats();
    expect(await migrateServiceSchema({ ...teamsData, url: db.url })).toEqual([
      'Initial1733000000000',
      'DeadLetters1764720000000',
    ]);
    ds = new DataSource(serviceDataSourceOptions({ ...teamsData, url: db.url, poolSize: 4 }));
    await ds.initialize();
    expect(await seedDemoTeams(ds)).toBe(true);
    const config = testServiceConfig({ DATABASE_URL: db.url, NATS_URL: nats.url });
    teams = await startServiceReplica('teams', TeamsModule.register, config);
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url] } });
    await client.connect();
    rpc = new ServiceClient(client, 5000);
    nc = await connectNats(nats.url, 'teams-int');
    fakeOrganisations(nc, { [ROOT]: [], [JL01]: [ROOT], [JL0101]: [ROOT, JL01] });
    await nc.flush();
  });

  afterAll(async () => {
    await client?.close();
    await nc?.close();
    await teams?.close();
    await ds?.destroy();
    await nats?.close();
    await db?.drop();
  });

  it('migrates once and seeds once: the demo teams and the persona volunteers with their memberships', async () => {
    expect(await migrateServiceSchema({ ...teamsData, url: db.url })).toEqual([]);
    expect(await seedDemoTeams(ds)).toBe(false);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM teams');
    expect(n).toBe(8);
    const roster = await rpc.call(TeamsApi.operations.memberList, { id: demoId('team', 'JL-01-01') }, head());
    expect(roster.items.map((m) => [m.name, m.role])).toEqual([
      ['刘队长', 'leader'],
      ['陈志愿', 'member'],
    ]);
  });

  it('keeps the volunteer copy from events, each applied once, an update applied and a late older event ignored', async () => {
    const volunteerId = randomUUID();
    const registered = volunteerEvent(VolunteersEvents.registered, {
      volunteerId,
      tierNodeId: JL0101,
      tierPath: VILLAGE_PATH,
      name: '孙丽',
      status: 'active',
      sex: 'female',
      skills: ['急救'],
    });
    // The same event twice under different dedup ids (a replay JetStream cannot see through): one row.
    await publish(registered, `${registered.id}-a`);
    await publish(registered, `${registered.id}-b`);
    expect(
      await waitFor(
        () => copyOf(volunteerId),
        (r) => r.length > 0,
      ),
    ).toEqual([{ name: '孙丽', status: 'active', tierPath: VILLAGE_PATH }]);

    const updated = volunteerEvent(VolunteersEvents.updated, {
      volunteerId,
      tierNodeId: JL0101,
      tierPath: VILLAGE_PATH,
      name: '孙丽华',
      status: 'suspended',
    });
    await publish(updated);
    expect(
      await waitFor(
        () => copyOf(volunteerId),
        (r) => r[0]?.name === '孙丽华',
      ),
    ).toEqual([{ name: '孙丽华', status: 'suspended', tierPath: VILLAGE_PATH }]);

    const stale = volunteerEvent(
      VolunteersEvents.updated,
      { volunteerId, tierNodeId: JL0101, tierPath: VILLAGE_PATH, name: '旧名字', status: 'active' },
      new Date(Date.now() - 3_600_000).toISOString(),
    );
    await publish(stale);
    await waitFor(
      () => ds.query('SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2', [VOLUNTEER_COPY_CONSUMER, stale.id]),
      (r: unknown[]) => r.length > 0,
    );
    expect(await copyOf(volunteerId)).toEqual([{ name: '孙丽华', status: 'suspended', tierPath: VILLAGE_PATH }]);
    const [{ processed }] = await ds.query('SELECT count(*)::int AS processed FROM inbox WHERE event_id = ANY($1)', [
      [registered.id, updated.id, stale.id],
    ]);
    expect(processed).toBe(3);
  });

  it('never lets another station’s event overwrite a volunteer of this station', async () => {
    const volunteerId = demoId('volunteer', 'persona');
    const foreign = {
      ...volunteerEvent(VolunteersEvents.updated, {
        volunteerId,
        name: '冒名',
        status: 'active',
        tierNodeId: ROOT,
        tierPath: `/${ROOT}/`,
      }),
      tenantId: randomUUID(),
    };
    await publish(foreign);
    await waitFor(
      () => ds.query('SELECT 1 FROM inbox WHERE event_id = $1', [foreign.id]),
      (r: unknown[]) => r.length > 0,
    );
    expect((await copyOf(volunteerId))[0].name).toBe('陈志愿');
  });

  it('keeps a leader in a team with members even when both leaders are removed at once', async () => {
    const team = await rpc.call(
      TeamsApi.operations.teamCreate,
      { name: `并发测试队${randomUUID().slice(0, 6)}`, tierNodeId: JL0101 },
      head(),
    );
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      await ds.query(
        `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at) VALUES ($1, $2, $3, $4, $5, 'active', now())`,
        [id, DEMO_STATION.tenantId, JL0101, VILLAGE_PATH, `并发${i}`],
      );
      await rpc.call(
        TeamsApi.operations.memberAdd,
        { id: team.id, volunteerId: id, role: i < 2 ? 'leader' : 'member' },
        head(),
      );
    }
    const outcomes = await Promise.allSettled(
      ids
        .slice(0, 2)
        .map((volunteerId) => rpc.call(TeamsApi.operations.memberRemove, { id: team.id, volunteerId }, head())),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'TEAM.LAST_LEADER', status: 409 },
    });
    const [{ leaders }] = await ds.query(
      `SELECT count(*)::int AS leaders FROM team_memberships WHERE team_id = $1 AND left_at IS NULL AND role = 'leader'`,
      [team.id],
    );
    expect(leaders).toBe(1);
  });

  it('ends the open memberships of a volunteer set to left, with left events, even as a last leader (recorded)', async () => {
    const create = (name: string) =>
      rpc.call(
        TeamsApi.operations.teamCreate,
        { name: `${name}${randomUUID().slice(0, 6)}`, tierNodeId: JL0101 },
        head(),
      );
    const [plain, led] = [await create('离队测试甲队'), await create('离队测试乙队')];
    const [gone, stays] = [randomUUID(), randomUUID()];
    for (const [id, name] of [
      [gone, '王离开'],
      [stays, '李留下'],
    ]) {
      await ds.query(
        `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'active', now() - interval '1 hour')`,
        [id, DEMO_STATION.tenantId, JL0101, VILLAGE_PATH, name],
      );
    }
    const add = (teamId: string, volunteerId: string, role: TeamRole) =>
      rpc.call(TeamsApi.operations.memberAdd, { id: teamId, volunteerId, role }, head());
    await add(plain.id, gone, 'member');
    await add(led.id, gone, 'leader');
    await add(led.id, stays, 'member');
    // A stint already over is history and stays as it was.
    await add(plain.id, stays, 'member');
    await rpc.call(TeamsApi.operations.memberRemove, { id: plain.id, volunteerId: stays }, head());

    const departed = volunteerEvent(VolunteersEvents.updated, {
      volunteerId: gone,
      tierNodeId: JL0101,
      tierPath: VILLAGE_PATH,
      name: '王离开',
      status: 'left',
    });
    await publish(departed);
    const stints = () =>
      ds.query(
        `SELECT team_id AS "teamId", volunteer_id AS "volunteerId", left_at AS "leftAt", removed_by AS "removedBy"
           FROM team_memberships WHERE team_id = ANY($1) ORDER BY joined_at`,
        [[plain.id, led.id]],
      );
    const after = await waitFor(stints, (rows) =>
      rows.every((r: { volunteerId: string; leftAt: Date | null }) => r.volunteerId !== gone || r.leftAt !== null),
    );
    const goneStints = after.filter((r: { volunteerId: string }) => r.volunteerId === gone);
    expect(goneStints).toHaveLength(2);
    for (const stint of goneStints) {
      expect(stint).toMatchObject({ removedBy: 'volunteer-status:left' });
      expect(new Date(stint.leftAt).toISOString()).toBe(departed.occurredAt);
    }
    // The other volunteer keeps their open stint in the team that lost its leader.
    expect(
      after.filter((r: { teamId: string; volunteerId: string; leftAt: Date | null }) => r.leftAt === null),
    ).toEqual([expect.objectContaining({ teamId: led.id, volunteerId: stays })]);

    const events: { payload: Record<string, unknown> }[] = await ds.query(
      `SELECT payload FROM outbox WHERE subject = $1 AND payload->>'volunteerId' = $2 ORDER BY payload->>'teamId'`,
      [TeamsEvents.memberLeft, gone],
    );
    expect(
      events.map((e) => e.payload).sort((x, y) => (x.teamId === plain.id ? -1 : y.teamId === plain.id ? 1 : 0)),
    ).toEqual([
      expect.objectContaining({
        teamId: plain.id,
        role: 'member',
        reason: 'volunteer_left',
        leftAt: departed.occurredAt,
      }),
      expect.objectContaining({ teamId: led.id, role: 'leader', reason: 'volunteer_left', leftTeamLeaderless: true }),
    ]);
    expect(events.find((e) => e.payload.teamId === plain.id)!.payload).not.toHaveProperty('leftTeamLeaderless');
    const ledNow = await rpc.call(TeamsApi.operations.teamGet, { id: led.id }, head());
    expect(ledNow).toMatchObject({ memberCount: 1, leaderCount: 0 });
    // Gone volunteers cannot rejoin.
    await expect(add(plain.id, gone, 'member')).rejects.toMatchObject({ code: 'TEAM.VOLUNTEER_NOT_ACTIVE' });

    // The same event replayed (a new dedup id) ends nothing more and announces nothing more.
    await publish(departed, `${departed.id}-again`);
    const later = volunteerEvent(VolunteersEvents.updated, { volunteerId: stays, name: '李留下', status: 'active' });
    await publish(later);
    await waitFor(
      () => ds.query('SELECT 1 FROM inbox WHERE event_id = $1', [later.id]),
      (r: unknown[]) => r.length > 0,
    );
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE subject = $1 AND payload->>'volunteerId' = $2`,
      [TeamsEvents.memberLeft, gone],
    );
    expect(n).toBe(2);
  });

  it('publishes team and membership events through the outbox', async () => {
    const team = await rpc.call(
      TeamsApi.operations.teamCreate,
      { name: `事件测试队${randomUUID().slice(0, 6)}`, tierNodeId: JL01 },
      head(),
    );
    const persona = demoId('volunteer', 'persona');
    await rpc.call(TeamsApi.operations.memberAdd, { id: team.id, volunteerId: persona, role: 'member' }, head());
    await rpc.call(TeamsApi.operations.memberRemove, { id: team.id, volunteerId: persona }, head());
    const jsm = await jetstreamManager(nc);
    const last = async (subject: string) =>
      (await jsm.streams.getMessage('LINLI_EVENTS', { last_by_subj: subject }).catch(() => null))?.json<
        EventEnvelope<{ teamId: string }>
      >();
    const left = await waitFor(
      () => last(TeamsEvents.memberLeft),
      (e) => e?.payload.teamId === team.id,
    );
    expect(left).toMatchObject({
      tenantId: DEMO_STATION.tenantId,
      payload: {
        teamId: team.id,
        volunteerId: persona,
        role: 'member',
        tierNodeId: JL01,
        tierPath: `/${ROOT}/${JL01}/`,
      },
    });
    expect(await last(TeamsEvents.memberJoined)).toMatchObject({ payload: { teamId: team.id, volunteerId: persona } });
    expect(await last(TeamsEvents.teamCreated)).toMatchObject({ payload: { teamId: team.id, tierNodeId: JL01 } });
  });
});
