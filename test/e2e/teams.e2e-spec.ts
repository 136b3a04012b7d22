import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEMO_STATION, demoId, IdentitySubjects, TeamsEvents, VolunteersEvents } from '#linli/contracts';
import { connectNats, ServiceClient, type CallerContext, type EventEnvelope } from '#linli/platform';
import { waitFor } from '#linli/testing';
import { TestSystem, type Client } from './support/system.js';

type Res = { status: number; body: { code?: string } };
const expectProblem = (res: Res, status: number, code: string) =>
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });

const ROOT = DEMO_STATION.rootNodeId;
const JL01 = demoId('tier', 'JL-01');
const JL0101 = demoId('tier', 'JL-01-01');
const JL02 = demoId('tier', 'JL-02');
const VILLAGE_PATH = `/${ROOT}/${JL01}/${JL0101}/`;
const TEAM_LEADER = demoId('volunteer', 'team-leader');

/** Teams and their rosters: leads build teams, team leaders keep their own roster, volunteers see their teams. */
describe('volunteer teams', () => {
  let system: TestSystem;
  let nc: NatsConnection;
  let teamsData: DataSource;
  let head: Client;
  let village: Client;
  let leader: Client;
  let volunteer: Client;
  let teamId: string;
  const a = randomUUID();
  const b = randomUUID();

  /** What the volunteers service publishes when it registers or updates someone. */
  async function volunteerEvent(
    subject: string,
    volunteerId: string,
    name: string,
    status = 'active',
    tierNodeId = JL0101,
    tierPath = VILLAGE_PATH,
  ) {
    const event: EventEnvelope = {
      id: randomUUID(),
      subject,
      tenantId: DEMO_STATION.tenantId,
      occurredAt: new Date().toISOString(),
      payload: { volunteerId, tierNodeId, tierPath, name, status, sex: 'female', skills: [] },
    };
    await jetstream(nc).publish(subject, JSON.stringify(event), { msgID: event.id });
    const [row] = await waitFor(
      () => teamsData.query('SELECT name, status FROM volunteers WHERE id = $1', [volunteerId]),
      ([copy]) => copy?.name === name && copy.status === status,
      10_000,
    );
    if (row?.name !== name || row.status !== status)
      throw new Error(`volunteer ${volunteerId} never reached the teams copy`);
  }

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'teams' });
    teamsData = system.data.get('teams')!;
    nc = await connectNats(system.nats.url, 'teams-e2e');
    head = await system.as('head');
    village = await system.as('village');
    leader = await system.as('team');
    volunteer = await system.as('volunteer');
    await volunteerEvent(VolunteersEvents.registered, a, '张秀兰');
    await volunteerEvent(VolunteersEvents.registered, b, '李建国');
  });

  afterAll(async () => {
    await nc?.close();
    await system?.close();
  });

  it('lets leads create teams in their subtree, optionally under an existing organisation', async () => {
    const created = await village
      .post('/api/v1/teams')
      .send({ name: '东王村敬老志愿服务队', tierNodeId: JL0101, description: '每周探访独居老人' })
      .expect(201);
    teamId = created.body.id;
    expect(created.body).toMatchObject({
      name: '东王村敬老志愿服务队',
      tierNodeId: JL0101,
      status: 'active',
      memberCount: 0,
      organisationId: null,
    });

    const student = demoId('organisation', '九龙街道小龙人学生志愿服务队');
    const withOrg = await head
      .post('/api/v1/teams')
      .send({ name: '小龙人护河小分队', tierNodeId: JL01, organisationId: student })
      .expect(201);
    expect(withOrg.body.organisationId).toBe(student);
    expectProblem(
      await head.post('/api/v1/teams').send({ name: '无主小分队', tierNodeId: JL01, organisationId: randomUUID() }),
      404,
      'ORGANISATION.NOT_FOUND',
    );
    expectProblem(
      await village.post('/api/v1/teams').send({ name: '越界服务队', tierNodeId: JL02 }),
      403,
      'ACCESS.OUTSIDE_SCOPE',
    );
    expectProblem(
      await leader.post('/api/v1/teams').send({ name: '队长自建队', tierNodeId: JL0101 }),
      403,
      'ACCESS.FORBIDDEN',
    );
    expectProblem(
      await head.post('/api/v1/teams').send({ name: '东王村敬老志愿服务队', tierNodeId: JL01 }),
      409,
      'TEAM.NAME_TAKEN',
    );

    const listed = await village.get(`/api/v1/teams?tierNodeId=${JL0101}&q=敬老`).expect(200);
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: teamId }] });
    const byOrg = await head.get(`/api/v1/teams?organisationId=${student}`).expect(200);
    expect(byOrg.body.items.map((t: { name: string }) => t.name).sort()).toEqual(
      ['九龙街道小龙人学生志愿服务队', '小龙人护河小分队'].sort(),
    );
  });

  it('adds members and leaders from the volunteer copy; joining twice is a conflict', async () => {
    const added = await village
      .post(`/api/v1/teams/${teamId}/members`)
      .send({ volunteerId: TEAM_LEADER, role: 'leader' })
      .expect(201);
    expect(added.body).toMatchObject({ volunteerId: TEAM_LEADER, name: '刘队长', role: 'leader', leftAt: null });
    await village.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: a, role: 'member' }).expect(201);
    expectProblem(
      await village.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: a, role: 'leader' }),
      409,
      'TEAM.ALREADY_MEMBER',
    );
    expectProblem(
      await village.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: randomUUID(), role: 'member' }),
      404,
      'VOLUNTEER.NOT_FOUND',
    );

    const pending = randomUUID();
    await volunteerEvent(VolunteersEvents.registered, pending, '待确认', 'pending');
    expectProblem(
      await village.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: pending, role: 'member' }),
      422,
      'TEAM.VOLUNTEER_NOT_ACTIVE',
    );

    // A volunteer may belong to several teams.
    await village
      .post(`/api/v1/teams/${demoId('team', 'JL-01-01')}/members`)
      .send({ volunteerId: a, role: 'member' })
      .expect(201);
    const team = await village.get(`/api/v1/teams/${teamId}`).expect(200);
    expect(team.body).toMatchObject({ memberCount: 2, leaderCount: 1 });
  });

  it('lets a team leader manage their own team’s roster and no other', async () => {
    const added = await leader
      .post(`/api/v1/teams/${teamId}/members`)
      .send({ volunteerId: b, role: 'member' })
      .expect(201);
    expect(added.body).toMatchObject({ name: '李建国', role: 'member' });
    await leader.delete(`/api/v1/teams/${teamId}/members/${a}`).expect(200);
    const roster = await leader.get(`/api/v1/teams/${teamId}/members`).expect(200);
    expect(roster.body.items.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['刘队长', 'leader'],
      ['李建国', 'member'],
    ]);
    // The last leader cannot walk away from a team that still has members.
    expectProblem(await leader.delete(`/api/v1/teams/${teamId}/members/${TEAM_LEADER}`), 409, 'TEAM.LAST_LEADER');
    // A team they do not lead: they may look (team_leader at the node) but not change it.
    const other = await head
      .post('/api/v1/teams')
      .send({ name: '东王村环境卫生志愿队', tierNodeId: JL0101 })
      .expect(201);
    expectProblem(
      await leader.post(`/api/v1/teams/${other.body.id}/members`).send({ volunteerId: a, role: 'member' }),
      403,
      'ACCESS.OUTSIDE_SCOPE',
    );
    await leader.get(`/api/v1/teams/${other.body.id}/members`).expect(200);
    expectProblem(
      await leader.patch(`/api/v1/teams/${teamId}`).send({ description: '队长改简介' }),
      403,
      'ACCESS.FORBIDDEN',
    );
  });

  it('keeps membership history: leaving and rejoining are two stints', async () => {
    await leader.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: a, role: 'member' }).expect(201);
    const current = await village.get(`/api/v1/teams/${teamId}/members`).expect(200);
    expect(current.body.items.filter((m: { volunteerId: string }) => m.volunteerId === a)).toHaveLength(1);
    const all = await village.get(`/api/v1/teams/${teamId}/members?include=all`).expect(200);
    const stints = all.body.items.filter((m: { volunteerId: string }) => m.volunteerId === a);
    expect(stints).toHaveLength(2);
    expect(stints[0].leftAt).toBeNull();
    expect(new Date(stints[1].leftAt).getTime()).toBeLessThanOrEqual(new Date(stints[0].joinedAt).getTime());

    const teams = await village.get(`/api/v1/volunteers/${a}/teams`).expect(200);
    expect(
      teams.body.items.map((t: { teamName: string; leftAt: string | null }) => [t.teamName, t.leftAt === null]),
    ).toEqual(
      expect.arrayContaining([
        ['东王村敬老志愿服务队', true],
        ['东王村敬老志愿服务队', false],
        ['东王村邻里守望志愿服务队', true],
      ]),
    );
  });

  it('shows a volunteer the teams around them and their own, but not the rosters', async () => {
    const list = await volunteer.get('/api/v1/teams?pageSize=100').expect(200);
    const names = list.body.items.map((t: { name: string }) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['东王村邻里守望志愿服务队', '九龙社区社工志愿服务队', '九龙街道小龙人学生志愿服务队']),
    );
    expect(names).not.toContain('涌泉社区社工志愿服务队');
    expectProblem(await volunteer.get(`/api/v1/teams/${teamId}/members`), 403, 'ACCESS.FORBIDDEN');
    expectProblem(await volunteer.get(`/api/v1/teams/${demoId('team', 'JL-02')}`), 403, 'ACCESS.FORBIDDEN');
  });

  it('lets a volunteer with an account see their own teams and nobody else’s', async () => {
    const client: ClientProxy = ClientProxyFactory.create({
      transport: Transport.NATS,
      options: { servers: [system.nats.url] },
    });
    await client.connect();
    try {
      const token = await system.token('head');
      const caller: CallerContext = {
        requestId: randomUUID(),
        tenantId: DEMO_STATION.tenantId,
        userId: demoId('user', 'head'),
        grants: [],
        token,
      };
      const phone = `139${String(Date.now()).slice(-8)}`;
      await new ServiceClient(client, 5000).send(
        IdentitySubjects.volunteerAccountCreate,
        { volunteerId: a, name: '张秀兰', phone, tierNodeId: JL0101, password: 'Zhang2021pw' },
        caller,
      );
      const login = await system
        .anonymous()
        .post('/api/v1/auth/login')
        .send({ phone, password: 'Zhang2021pw' })
        .expect(200);
      const self = system.withToken(login.body.accessToken);
      const mine = await self.get(`/api/v1/volunteers/${a}/teams`).expect(200);
      expect(mine.body.items.length).toBeGreaterThanOrEqual(2);
      expectProblem(await self.get(`/api/v1/volunteers/${b}/teams`), 403, 'ACCESS.FORBIDDEN');
    } finally {
      await client.close();
    }
  });

  it('answers 404 for another station’s team, and for another station’s volunteer', async () => {
    const otherTenant = randomUUID();
    const otherTeam = randomUUID();
    const otherVolunteer = randomUUID();
    await teamsData.query(
      `INSERT INTO teams (id, tenant_id, tier_node_id, tier_path, name, status) VALUES ($1, $2, $3, $4, '长春南湖志愿服务队', 'active')`,
      [otherTeam, otherTenant, otherTenant, `/${otherTenant}/`],
    );
    await teamsData.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at) VALUES ($1, $2, $3, $4, '他站志愿者', 'active', now())`,
      [otherVolunteer, otherTenant, otherTenant, `/${otherTenant}/`],
    );
    expectProblem(await head.get(`/api/v1/teams/${otherTeam}`), 404, 'TEAM.NOT_FOUND');
    expectProblem(await head.patch(`/api/v1/teams/${otherTeam}`).send({ description: 'x' }), 404, 'TEAM.NOT_FOUND');
    expectProblem(
      await head.post(`/api/v1/teams/${otherTeam}/members`).send({ volunteerId: a, role: 'member' }),
      404,
      'TEAM.NOT_FOUND',
    );
    expectProblem(await head.get(`/api/v1/teams/${otherTeam}/members`), 404, 'TEAM.NOT_FOUND');
    expectProblem(
      await head.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: otherVolunteer, role: 'member' }),
      404,
      'VOLUNTEER.NOT_FOUND',
    );
    expectProblem(await head.get(`/api/v1/volunteers/${otherVolunteer}/teams`), 404, 'VOLUNTEER.NOT_FOUND');
    const list = await head.get('/api/v1/teams?pageSize=100').expect(200);
    expect(JSON.stringify(list.body)).not.toContain('长春南湖');
  });

  it('publishes joined and left events through the outbox, and dissolving ends every membership', async () => {
    const jsm = await jetstreamManager(nc);
    const events = async () => {
      const out: EventEnvelope<{ teamId: string; volunteerId: string; role: string }>[] = [];
      const info = await jsm.streams.info('LINLI_EVENTS');
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        const msg = await jsm.streams.getMessage('LINLI_EVENTS', { seq }).catch(() => null);
        if (msg && msg.subject.startsWith('evt.teams.member.')) out.push(msg.json());
      }
      return out.filter((e) => e.payload.teamId === teamId);
    };
    const seen = await waitFor(events, (out) => out.length >= 5, 10_000);
    expect(seen.map((e) => [e.subject, e.payload.volunteerId])).toEqual([
      [TeamsEvents.memberJoined, TEAM_LEADER],
      [TeamsEvents.memberJoined, a],
      [TeamsEvents.memberJoined, b],
      [TeamsEvents.memberLeft, a],
      [TeamsEvents.memberJoined, a],
    ]);
    expect(seen[0]).toMatchObject({
      tenantId: DEMO_STATION.tenantId,
      payload: { role: 'leader', tierNodeId: JL0101, tierPath: VILLAGE_PATH },
    });

    const dissolved = await village.patch(`/api/v1/teams/${teamId}`).send({ status: 'dissolved' }).expect(200);
    expect(dissolved.body).toMatchObject({ status: 'dissolved', memberCount: 0, dissolvedAt: expect.any(String) });
    expectProblem(
      await village.post(`/api/v1/teams/${teamId}/members`).send({ volunteerId: b, role: 'member' }),
      409,
      'TEAM.DISSOLVED',
    );
    const [{ open }] = await teamsData.query(
      'SELECT count(*)::int AS open FROM team_memberships WHERE team_id = $1 AND left_at IS NULL',
      [teamId],
    );
    expect(open).toBe(0);
    // Its name is free again for a new team.
    await village.post('/api/v1/teams').send({ name: '东王村敬老志愿服务队', tierNodeId: JL0101 }).expect(201);
  });
});
