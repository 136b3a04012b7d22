import { randomUUID } from 'node:crypto';
import { DEMO_STATION, demoId } from '#linli/contracts';
import { todayIn } from '../../services/organisations/src/stations/stations.rules.js';
import { makeResidentId } from '../../services/volunteers/src/volunteers/id-number.js';
import { TestSystem, type Client, type Persona } from './support/system.js';

/**
 * Walks every endpoint in the OpenAPI document with each role, on objects inside and outside
 * the caller's subtree and on another station's objects, and checks the status of every cell.
 * An endpoint added without a row here fails the coverage test, so new endpoints are covered
 * as they appear.
 */

type Actor = Persona | 'otherHead';
type Scope = 'in' | 'out' | 'other';
interface Request {
  path: string;
  body?: Record<string, unknown>;
  /** A CSV file sent as the raw body (imports). */
  csv?: string;
}
interface Row {
  /** Public endpoints need no token and are checked by their own journeys. */
  public?: true;
  /** Scoped endpoints are tried on an object inside, outside and in another station; others once. */
  scoped: boolean;
  /** Who succeeds on an object inside their subtree (or at all, for unscoped rows). */
  allowedIn: Actor[];
  /** Who succeeds on an object of the same station outside the subtree of the village JL-01-01. */
  allowedOut?: Actor[];
  success: number;
  build?: (scope: Scope, actor: Actor) => Promise<Request>;
}

const ACTORS: Actor[] = ['head', 'community', 'village', 'team', 'volunteer', 'admin', 'bureau', 'otherHead'];
const LEADS: Actor[] = ['head', 'community', 'village'];
const READERS: Actor[] = ['head', 'community', 'village', 'team'];
const EVERY_STATION_ROLE: Actor[] = ['head', 'community', 'village', 'team', 'volunteer'];

describe('authorization matrix', () => {
  let system: TestSystem;
  const clients = new Map<Actor, Client>();
  const f = {} as {
    root: string;
    communityIn: string;
    villageIn: string;
    communityOut: string;
    villageOut: string;
    orgIn: string;
    orgOut: string;
    userIn: string;
    other: { root: string; community: string; village: string; org: string; user: string; grant: string };
    volunteers: Record<Scope, string> & { station: Record<Scope, string>; imports: Record<Scope, string> };
    teams: {
      in: string;
      out: string;
      other: string;
      otherTenant: string;
      volunteerOut: string;
      volunteerOther: string;
    };
  };
  const OTHER_MARK = '长春南湖';
  let seq = 0;
  const phone = () => `139${String(Date.now() % 1e4).padStart(4, '0')}${String(++seq).padStart(4, '0')}`;
  const today = todayIn('Asia/Shanghai');

  const as = (actor: Actor) => clients.get(actor)!;

  async function grantAs(actor: Actor, tierNodeId: string): Promise<string> {
    const user = await as(actor === 'otherHead' ? 'otherHead' : 'head')
      .post('/api/v1/users')
      .send({ name: '授权对象', phone: phone() })
      .expect(201);
    const grant = await as(actor)
      .post('/api/v1/grants')
      .send({ userId: user.body.id, role: 'volunteer', tierNodeId })
      .expect(201);
    return grant.body.id;
  }

  const orgIn = (scope: Scope) => (scope === 'in' ? f.orgIn : scope === 'out' ? f.orgOut : f.other.org);
  const villageFor = (scope: Scope) =>
    scope === 'in' ? f.villageIn : scope === 'out' ? f.villageOut : f.other.village;
  const teamFor = (scope: Scope) => f.teams[scope];
  /** A volunteer in the teams service's local copy at the scope's village (as the volunteers service's events would put it). */
  async function teamsVolunteer(scope: Scope): Promise<string> {
    const id = randomUUID();
    const [tenantId, nodeId, path] =
      scope === 'other'
        ? [f.teams.otherTenant, f.other.village, `/${f.other.root}/${f.other.community}/${f.other.village}/`]
        : [
            DEMO_STATION.tenantId,
            villageFor(scope),
            `/${f.root}/${scope === 'in' ? f.communityIn : f.communityOut}/${villageFor(scope)}/`,
          ];
    const teamsData = system.data.get('teams')!;
    await teamsData.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, updated_at) VALUES ($1, $2, $3, $4, '矩阵志愿者', 'active', now())`,
      [id, tenantId, nodeId, path],
    );
    return id;
  }

  let idSeq = 0;
  const volunteerBody = (tierNodeId: string) => ({
    name: '矩阵志愿者',
    idType: 'resident_id',
    idNumber: makeResidentId('370704', '1980-05-05', ++idSeq),
    phone: phone(),
    consent: true,
    tierNodeId,
  });
  const volunteerFor = (scope: Scope) => f.volunteers[scope];
  /** A pending volunteer, self-registered through the scope's station join link. */
  async function pendingVolunteer(scope: Scope): Promise<string> {
    const res = await system
      .anonymous()
      .post(`/api/v1/stations/${f.volunteers.station[scope]}/join`)
      .send({ ...volunteerBody(villageFor(scope)), password: 'Matrix2021pw' })
      .expect(201);
    return res.body.volunteerId;
  }
  const importCsv = () =>
    `姓名,身份证号,手机号,所属村/社区\r\n矩阵导入,${makeResidentId('370704', '1981-06-06', ++idSeq)},${phone()},JL-01-01\r\n`;

  // Activities fixtures: an activity and a shift (starting soon, so check-in is open) per scope, and a volunteer per scope.
  const act = {} as Record<
    Scope,
    { activity: string; shift: string; volunteer: string; tenantId: string; tierNodeId: string; tierPath: string }
  >;
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const activityBody = (tierNodeId: string, title: string) => ({
    title,
    tierNodeId,
    location: '矩阵地点',
    startsAt: hoursFromNow(-1),
    endsAt: hoursFromNow(24 * 30),
    riskLevel: 'low',
  });
  /** A fresh volunteer in the activities service's local copy at the scope's village, optionally signed up (and checked in). */
  async function activityVolunteer(scope: Scope, state?: 'confirmed' | 'checked_in'): Promise<string> {
    const ds = system.data.get('activities')!;
    const a = act[scope];
    const id = randomUUID();
    await ds.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, status, birth_date) VALUES ($1, $2, $3, $4, '矩阵志愿者', 'active', '1990-01-01')`,
      [id, a.tenantId, a.tierNodeId, a.tierPath],
    );
    if (state) {
      const [s] = await ds.query('SELECT starts_at, ends_at FROM shifts WHERE id = $1', [a.shift]);
      await ds.query(
        `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at, confirmed_at, checked_in_at)
         VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, now(), $7)`,
        [randomUUID(), a.tenantId, a.shift, id, s.starts_at, s.ends_at, state === 'checked_in' ? new Date() : null],
      );
    }
    return id;
  }

  // HOURS_FX: hours fixtures — a volunteer with entries inside (the demo volunteer persona), outside and in the second station.
  const hx = {} as {
    volunteer: Record<Scope, string>;
    path: Record<Scope, string>;
    node: Record<Scope, string>;
    tenant: Record<Scope, string>;
    certificate: Record<Scope, string>;
  };
  async function hoursEntry(scope: Scope, kind: 'manual' | 'correction' = 'manual', approved = false): Promise<string> {
    const ds = system.data.get('hours')!;
    const insert = async (id: string, correctionOf: string | null) =>
      ds.query(
        `INSERT INTO entries (id, tenant_id, volunteer_id, kind, correction_of, reason, service_date, minutes, tier_node_id, tier_path, content, place, recipients)
         VALUES ($1, $2, $3, $4, $5, $6, '2021-11-20', 60, $7, $8, '矩阵服务', '矩阵', '矩阵')`,
        [
          id,
          hx.tenant[scope],
          hx.volunteer[scope],
          correctionOf ? 'correction' : 'manual',
          correctionOf,
          correctionOf ? '矩阵更正' : null,
          hx.node[scope],
          hx.path[scope],
        ],
      );
    const id = randomUUID();
    await insert(id, null);
    if (approved)
      await ds.query(`INSERT INTO entry_decisions (entry_id, tenant_id, decision) VALUES ($1, $2, 'approved')`, [
        id,
        hx.tenant[scope],
      ]);
    if (kind === 'manual') return id;
    const correction = randomUUID();
    await insert(correction, id);
    return correction;
  }
  const issueCertificate = async (scope: Scope) =>
    (
      await as(scope === 'other' ? 'otherHead' : 'head')
        .post(`/api/v1/volunteers/${hx.volunteer[scope]}/certificates`)
        .send({})
        .expect(201)
    ).body.number as string;

  const MATRIX: Record<string, Row> = {
    'POST /api/v1/stations/{stationId}/join': { public: true, scoped: false, allowedIn: [], success: 201 },
    'POST /api/v1/volunteers': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({ path: '/api/v1/volunteers', body: volunteerBody(villageFor(scope)) }),
    },
    'GET /api/v1/volunteers': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/volunteers/recruiters': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/recruiters?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/volunteers/{id}': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/${volunteerFor(scope)}` }),
    },
    'PATCH /api/v1/volunteers/{id}': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/volunteers/${volunteerFor(scope)}`,
        body: { skills: [`矩阵${++seq}`] },
      }),
    },
    'POST /api/v1/volunteers/{id}/confirm': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/${await pendingVolunteer(scope)}/confirm` }),
    },
    'POST /api/v1/volunteers/import': {
      // The file names a JL-01-01 village: another station's head gets the row rejected, not the request.
      scoped: false,
      allowedIn: [...LEADS, 'otherHead'],
      success: 201,
      build: async () => ({ path: '/api/v1/volunteers/import?dryRun=true', csv: importCsv() }),
    },
    'GET /api/v1/volunteers/imports/{id}': {
      // An import is seen by leads whose area covers the importer's: in = a village lead's, out = the head's.
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/imports/${f.volunteers.imports[scope]}` }),
    },
    'POST /api/v1/auth/login': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/refresh': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/logout': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/activate': { public: true, scoped: false, allowedIn: [], success: 200 },
    'GET /health': { public: true, scoped: false, allowedIn: [], success: 200 },
    'GET /health/live': { public: true, scoped: false, allowedIn: [], success: 200 },
    'GET /api/v1/me': { scoped: false, allowedIn: ACTORS, success: 200, build: async () => ({ path: '/api/v1/me' }) },
    'POST /api/v1/stations': {
      scoped: false,
      allowedIn: ['admin'],
      success: 201,
      build: async () => ({
        path: '/api/v1/stations',
        body: {
          name: `矩阵测试站${randomUUID().slice(0, 8)}`,
          region: '测试区',
          head: { name: '测试站长', phone: phone() },
        },
      }),
    },
    'GET /api/v1/stations': {
      scoped: false,
      allowedIn: ACTORS,
      success: 200,
      build: async () => ({ path: '/api/v1/stations' }),
    },
    'POST /api/v1/users': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 201,
      build: async () => ({ path: '/api/v1/users', body: { name: '矩阵用户', phone: phone() } }),
    },
    'GET /api/v1/users': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/users?tierNodeId=${villageFor(scope)}` }),
    },
    'POST /api/v1/grants': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => {
        const creator = as(scope === 'other' ? 'otherHead' : 'head');
        const userId = (await creator.post('/api/v1/users').send({ name: '授权对象', phone: phone() }).expect(201)).body
          .id;
        return { path: '/api/v1/grants', body: { userId, role: 'volunteer', tierNodeId: villageFor(scope) } };
      },
    },
    'DELETE /api/v1/grants/{id}': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/grants/${scope === 'other' ? f.other.grant : await grantAs('head', villageFor(scope))}`,
      }),
    },
    'GET /api/v1/tiers/tree': {
      scoped: false,
      allowedIn: [...EVERY_STATION_ROLE, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/tiers/tree' }),
    },
    'POST /api/v1/tiers': {
      scoped: true,
      allowedIn: ['head', 'community'],
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/tiers',
        body: {
          parentId: scope === 'in' ? f.communityIn : scope === 'out' ? f.communityOut : f.other.community,
          level: 'village',
          name: `矩阵村${++seq}`,
        },
      }),
    },
    'GET /api/v1/tiers/{id}': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/tiers/${villageFor(scope)}` }),
    },
    'PATCH /api/v1/tiers/{id}': {
      scoped: true,
      allowedIn: ['head', 'community'],
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/tiers/${villageFor(scope)}`, body: { code: `MX-${++seq}` } }),
    },
    'POST /api/v1/organisations': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/organisations',
        body: {
          name: `矩阵组织${++seq}`,
          type: 'other',
          tierNodeId: villageFor(scope),
          foundedOn: '2021-01-01',
          joinedOn: '2021-06-01',
        },
      }),
    },
    'GET /api/v1/organisations': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/organisations?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/organisations/growth': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/organisations/growth?from=2021-06&to=2021-11&tierNodeId=${villageFor(scope)}`,
      }),
    },
    'GET /api/v1/organisations/{id}': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/organisations/${orgIn(scope)}` }),
    },
    'PATCH /api/v1/organisations/{id}': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/organisations/${orgIn(scope)}`, body: { memberCount: ++seq } }),
    },
    'POST /api/v1/organisations/{id}/status': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => {
        const id = orgIn(scope);
        const [row] = await system.orgData.query('SELECT status FROM organisations WHERE id = $1', [id]);
        return {
          path: `/api/v1/organisations/${id}/status`,
          body: { status: row.status === 'dormant' ? 'active' : 'dormant', reason: '矩阵测试', effectiveOn: today },
        };
      },
    },
    'POST /api/v1/teams': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/teams',
        body: { name: `矩阵服务队${++seq}`, tierNodeId: villageFor(scope) },
      }),
    },
    'GET /api/v1/teams': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/teams?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/teams/{id}': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/teams/${teamFor(scope)}` }),
    },
    'PATCH /api/v1/teams/{id}': {
      scoped: true,
      allowedIn: LEADS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/teams/${teamFor(scope)}`, body: { description: `矩阵简介${++seq}` } }),
    },
    'POST /api/v1/teams/{id}/members': {
      scoped: true,
      // 'team' leads the inside team (its linked volunteer is a leader-member), not the outside one.
      allowedIn: [...LEADS, 'team'],
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: `/api/v1/teams/${teamFor(scope)}/members`,
        body: { volunteerId: await teamsVolunteer(scope), role: 'member' },
      }),
    },
    'DELETE /api/v1/teams/{id}/members/{volunteerId}': {
      scoped: true,
      allowedIn: [...LEADS, 'team'],
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => {
        const volunteerId = await teamsVolunteer(scope);
        await as(scope === 'other' ? 'otherHead' : 'head')
          .post(`/api/v1/teams/${teamFor(scope)}/members`)
          .send({ volunteerId, role: 'member' })
          .expect(201);
        return { path: `/api/v1/teams/${teamFor(scope)}/members/${volunteerId}` };
      },
    },
    'GET /api/v1/teams/{id}/members': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/teams/${teamFor(scope)}/members` }),
    },
    'GET /api/v1/volunteers/{id}/teams': {
      scoped: true,
      // Inside: the team-leader persona's own volunteer profile at JL-01-01.
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => {
        const id =
          scope === 'in'
            ? demoId('volunteer', 'team-leader')
            : scope === 'out'
              ? f.teams.volunteerOut
              : f.teams.volunteerOther;
        return { path: `/api/v1/volunteers/${id}/teams` };
      },
    },
    // Activities: projects, activities, shifts, sign-ups, attendance, inbox, calendar.
    'POST /api/v1/projects': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/projects',
        body: { name: `矩阵项目${++seq}`, domain: 'elderly_care', tierNodeId: villageFor(scope) },
      }),
    },
    'GET /api/v1/projects': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/projects?tierNodeId=${villageFor(scope)}` }),
    },
    'POST /api/v1/activities': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/activities',
        body: activityBody(villageFor(scope), `矩阵活动${++seq}`),
      }),
    },
    'GET /api/v1/activities': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/activities?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/activities/{id}': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/activities/${act[scope].activity}` }),
    },
    'PATCH /api/v1/activities/{id}': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/activities/${act[scope].activity}`,
        body: { description: `矩阵${++seq}` },
      }),
    },
    'POST /api/v1/activities/{id}/shifts': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: `/api/v1/activities/${act[scope].activity}/shifts`,
        body: { startsAt: hoursFromNow(72), endsAt: hoursFromNow(74), capacity: 5 },
      }),
    },
    'GET /api/v1/shifts': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/shifts?tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/shifts/{id}': {
      scoped: true,
      allowedIn: EVERY_STATION_ROLE,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/shifts/${act[scope].shift}` }),
    },
    'PATCH /api/v1/shifts/{id}': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/shifts/${act[scope].shift}?scope=this`,
        body: { role: `岗位${++seq}` },
      }),
    },
    'GET /api/v1/shifts/{id}/roster': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/shifts/${act[scope].shift}/roster` }),
    },
    'POST /api/v1/shifts/{id}/signups': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: `/api/v1/shifts/${act[scope].shift}/signups`,
        body: { volunteerId: await activityVolunteer(scope) },
      }),
    },
    'DELETE /api/v1/shifts/{id}/signups/{volunteerId}': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/shifts/${act[scope].shift}/signups/${await activityVolunteer(scope, 'confirmed')}`,
      }),
    },
    'POST /api/v1/shifts/{id}/check-in': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/shifts/${act[scope].shift}/check-in`,
        body: { volunteerId: await activityVolunteer(scope, 'confirmed') },
      }),
    },
    'POST /api/v1/shifts/{id}/check-out': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/shifts/${act[scope].shift}/check-out`,
        body: { volunteerId: await activityVolunteer(scope, 'checked_in') },
      }),
    },
    'GET /api/v1/shifts/{id}/check-in-code': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/shifts/${act[scope].shift}/check-in-code` }),
    },
    'GET /api/v1/shifts/{id}/check-in-sheet': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/shifts/${act[scope].shift}/check-in-sheet` }),
    },
    'POST /api/v1/shifts/{id}/messages': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({ path: `/api/v1/shifts/${act[scope].shift}/messages`, body: { text: '矩阵通知' } }),
    },
    'GET /api/v1/volunteers/{id}/shifts': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/${act[scope].volunteer}/shifts` }),
    },
    'GET /api/v1/volunteers/{id}/calendar-link': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/${act[scope].volunteer}/calendar-link` }),
    },
    'GET /api/v1/calendar/{token}.ics': { public: true, scoped: false, allowedIn: [], success: 200 },
    'GET /api/v1/me/notifications': {
      scoped: false,
      allowedIn: ACTORS,
      success: 200,
      build: async () => ({ path: '/api/v1/me/notifications' }),
    },
    'POST /api/v1/me/notifications/{id}/read': {
      scoped: false,
      allowedIn: ['volunteer'],
      success: 200,
      build: async () => {
        const id = randomUUID();
        await system.data
          .get('activities')!
          .query(
            `INSERT INTO notifications (id, tenant_id, volunteer_id, kind, title, body) VALUES ($1, $2, $3, 'shift_message', '矩阵', '矩阵')`,
            [id, DEMO_STATION.tenantId, demoId('volunteer', 'persona')],
          );
        return { path: `/api/v1/me/notifications/${id}/read` };
      },
    },
    'GET /api/v1/volunteers/{id}/hours': {
      scoped: true,
      allowedIn: [...READERS, 'volunteer'],
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/volunteers/${hx.volunteer[scope]}/hours` }),
    },
    'POST /api/v1/hours': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: '/api/v1/hours',
        body: {
          volunteerId: hx.volunteer[scope],
          date: '2021-11-20',
          minutes: 60,
          content: '矩阵服务',
          place: '矩阵',
          recipients: '矩阵',
        },
      }),
    },
    'GET /api/v1/hours': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/hours?status=pending&tierNodeId=${villageFor(scope)}` }),
    },
    'GET /api/v1/reports/coverage': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/reports/coverage?from=2021-01-01&to=2021-12-31&tierNodeId=${villageFor(scope)}`,
      }),
    },
    'GET /api/v1/reports/coverage/export': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/reports/coverage/export?format=csv&tierNodeId=${villageFor(scope)}`,
      }),
    },
    'GET /api/v1/bureau/stations': {
      scoped: false,
      allowedIn: ['bureau'],
      success: 200,
      build: async () => ({ path: '/api/v1/bureau/stations?month=2021-11' }),
    },
    'GET /api/v1/bureau/stations/{stationId}/report': {
      scoped: false,
      allowedIn: ['bureau'],
      success: 200,
      build: async () => ({ path: `/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report?month=2021-11` }),
    },
    'GET /api/v1/bureau/stations/{stationId}/report/export': {
      scoped: false,
      allowedIn: ['bureau'],
      success: 200,
      build: async () => ({
        path: `/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report/export?month=2021-11&format=xlsx`,
      }),
    },
    'POST /api/v1/bureau-officers': {
      scoped: false,
      allowedIn: ['admin'],
      success: 201,
      build: async () => ({
        path: '/api/v1/bureau-officers',
        body: { name: '矩阵督导', phone: phone(), stationIds: [DEMO_STATION.tenantId] },
      }),
    },
    'GET /api/v1/bureau-officers': {
      scoped: false,
      allowedIn: ['admin'],
      success: 200,
      build: async () => ({ path: '/api/v1/bureau-officers' }),
    },
    'PUT /api/v1/bureau-officers/{id}/stations': {
      scoped: false,
      allowedIn: ['admin'],
      success: 200,
      build: async () => ({
        path: `/api/v1/bureau-officers/${demoId('user', 'bureau')}/stations`,
        body: { stationIds: [DEMO_STATION.tenantId] },
      }),
    },
    'GET /api/v1/reports/bureau': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/reports/bureau?month=2021-11' }),
    },
    'GET /api/v1/reports/bureau/export': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/reports/bureau/export?month=2021-11&format=xlsx' }),
    },
    'GET /api/v1/hours/export': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/hours/export?groupBy=volunteer&format=csv' }),
    },
    // Full ID numbers for the national volunteer information system: the station head alone, each in their own station.
    'GET /api/v1/hours/export/national': {
      scoped: false,
      allowedIn: ['head', 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/hours/export/national?from=2021-01-01&to=2021-12-31&format=csv' }),
    },
    'GET /api/v1/hours/settings': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/hours/settings' }),
    },
    'PUT /api/v1/hours/settings': {
      scoped: false,
      allowedIn: ['head', 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/hours/settings', body: { contact: '0536-7600000' } }),
    },
    'POST /api/v1/hours/approve': {
      scoped: false,
      allowedIn: [...READERS, 'otherHead'],
      success: 200,
      build: async () => ({ path: '/api/v1/hours/approve', body: { ids: [await hoursEntry('in')] } }),
    },
    'POST /api/v1/hours/{id}/approve': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/hours/${await hoursEntry(scope)}/approve`, body: {} }),
    },
    'POST /api/v1/hours/{id}/reject': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/hours/${await hoursEntry(scope)}/reject`,
        body: { reason: '矩阵驳回' },
      }),
    },
    'POST /api/v1/hours/{id}/corrections': {
      scoped: true,
      allowedIn: [...READERS, 'volunteer'],
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({
        path: `/api/v1/hours/${await hoursEntry(scope, 'manual', true)}/corrections`,
        body: { minutes: 90, reason: '矩阵更正' },
      }),
    },
    'POST /api/v1/hours/corrections/{id}/accept': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/hours/corrections/${await hoursEntry(scope, 'correction', true)}/accept`,
        body: {},
      }),
    },
    'POST /api/v1/hours/corrections/{id}/refuse': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/hours/corrections/${await hoursEntry(scope, 'correction', true)}/refuse`,
        body: { reason: '矩阵拒绝' },
      }),
    },
    'POST /api/v1/volunteers/{id}/certificates': {
      scoped: true,
      allowedIn: [...READERS, 'volunteer'],
      allowedOut: ['head'],
      success: 201,
      build: async (scope) => ({ path: `/api/v1/volunteers/${hx.volunteer[scope]}/certificates`, body: {} }),
    },
    'GET /api/v1/certificates/{number}.pdf': {
      scoped: true,
      allowedIn: [...READERS, 'volunteer'],
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({ path: `/api/v1/certificates/${hx.certificate[scope]}.pdf` }),
    },
    'GET /api/v1/certificates/verify/{code}': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/certificates/{number}/revoke': {
      scoped: true,
      allowedIn: READERS,
      allowedOut: ['head'],
      success: 200,
      build: async (scope) => ({
        path: `/api/v1/certificates/${await issueCertificate(scope)}/revoke`,
        body: { reason: '矩阵撤销' },
      }),
    },
  };

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'authz_matrix' });
    for (const persona of ['head', 'community', 'village', 'team', 'volunteer', 'admin', 'bureau'] as const)
      clients.set(persona, await system.as(persona));
    const tree = (await as('head').get('/api/v1/tiers/tree').expect(200)).body[0];
    const byCode = (code: string) => tree.children.find((c: { code: string }) => c.code === code);
    f.root = tree.id;
    f.communityIn = byCode('JL-01').id;
    f.villageIn = byCode('JL-01').children.find((v: { code: string }) => v.code === 'JL-01-01').id;
    f.communityOut = byCode('JL-02').id;
    f.villageOut = byCode('JL-02').children[0].id;
    const org = (tierNodeId: string, name: string) =>
      as('head')
        .post('/api/v1/organisations')
        .send({ name, type: 'culture_sports', tierNodeId, foundedOn: '2020-01-01', joinedOn: '2021-06-01' })
        .expect(201);
    f.orgIn = (await org(f.villageIn, '矩阵内组织')).body.id;
    f.orgOut = (await org(f.villageOut, '矩阵外组织')).body.id;

    // A second station, opened by the platform admin, with its own head and objects.
    const headPhone = phone();
    const station = await as('admin')
      .post('/api/v1/stations')
      .send({ name: `${OTHER_MARK}街道社工站`, region: '吉林省长春市', head: { name: '他站站长', phone: headPhone } })
      .expect(201);
    const activated = await system
      .anonymous()
      .post('/api/v1/auth/activate')
      .send({ phone: headPhone, code: station.body.activationCode, password: 'Other2021pw' })
      .expect(200);
    clients.set('otherHead', system.withToken(activated.body.accessToken));
    const other = as('otherHead');
    const community = await other
      .post('/api/v1/tiers')
      .send({ parentId: station.body.rootNodeId, level: 'community', name: `${OTHER_MARK}社区` })
      .expect(201);
    const village = await other
      .post('/api/v1/tiers')
      .send({ parentId: community.body.id, level: 'village', name: `${OTHER_MARK}村` })
      .expect(201);
    const otherOrg = await other
      .post('/api/v1/organisations')
      .send({
        name: `${OTHER_MARK}志愿服务队`,
        type: 'volunteer_team',
        tierNodeId: village.body.id,
        foundedOn: '2021-01-01',
        joinedOn: '2021-06-01',
      })
      .expect(201);
    const otherUser = await other
      .post('/api/v1/users')
      .send({ name: `${OTHER_MARK}用户`, phone: phone() })
      .expect(201);
    const otherGrant = await other
      .post('/api/v1/grants')
      .send({ userId: otherUser.body.id, role: 'volunteer', tierNodeId: village.body.id })
      .expect(201);
    f.other = {
      root: station.body.rootNodeId,
      community: community.body.id,
      village: village.body.id,
      org: otherOrg.body.id,
      user: otherUser.body.id,
      grant: otherGrant.body.id,
    };

    // Teams: inside (led by the team-leader persona's volunteer), outside, and in the second station.
    const team = (client: Client, tierNodeId: string, name: string) =>
      client.post('/api/v1/teams').send({ name, tierNodeId }).expect(201);
    f.teams = { otherTenant: station.body.id } as typeof f.teams;
    f.teams.in = (await team(as('head'), f.villageIn, '矩阵内服务队')).body.id;
    await as('head')
      .post(`/api/v1/teams/${f.teams.in}/members`)
      .send({ volunteerId: demoId('volunteer', 'team-leader'), role: 'leader' })
      .expect(201);
    f.teams.out = (await team(as('head'), f.villageOut, '矩阵外服务队')).body.id;
    f.teams.other = (await team(other, village.body.id, `${OTHER_MARK}服务队`)).body.id;
    f.teams.volunteerOut = await teamsVolunteer('out');
    f.teams.volunteerOther = await teamsVolunteer('other');
  });

  beforeAll(async () => {
    // Volunteers inside, outside and in the second station; import jobs by a village lead, the head and the other head.
    const register = async (client: Client, tierNodeId: string) =>
      (await client.post('/api/v1/volunteers').send(volunteerBody(tierNodeId)).expect(201)).body.id as string;
    const dryRun = async (client: Client) =>
      (
        await client
          .post('/api/v1/volunteers/import?dryRun=true')
          .set('Content-Type', 'text/csv')
          .send(importCsv())
          .expect(201)
      ).body.id as string;
    f.volunteers = {
      in: await register(as('head'), f.villageIn),
      out: await register(as('head'), f.villageOut),
      other: await register(as('otherHead'), f.other.village),
      station: { in: DEMO_STATION.tenantId, out: DEMO_STATION.tenantId, other: f.teams.otherTenant },
      imports: { in: await dryRun(as('village')), out: await dryRun(as('head')), other: await dryRun(as('otherHead')) },
    };
  });

  beforeAll(async () => {
    const ds = system.data.get('activities')!;
    for (const scope of ['in', 'out', 'other'] as Scope[]) {
      const client = as(scope === 'other' ? 'otherHead' : 'head');
      const activity = (
        await client
          .post('/api/v1/activities')
          .send(activityBody(villageFor(scope), `矩阵固定活动${scope}`))
          .expect(201)
      ).body;
      const shift = (
        await client
          .post(`/api/v1/activities/${activity.id}/shifts`)
          .send({ startsAt: hoursFromNow(0.25), endsAt: hoursFromNow(2.25), capacity: 1000 })
          .expect(201)
      ).body.items[0];
      const [row] = await ds.query(
        'SELECT tenant_id AS "tenantId", tier_path AS "tierPath" FROM activities WHERE id = $1',
        [activity.id],
      );
      act[scope] = {
        activity: activity.id,
        shift: shift.id,
        volunteer: '',
        tenantId: row.tenantId,
        tierNodeId: villageFor(scope),
        tierPath: row.tierPath,
      };
      act[scope].volunteer = await activityVolunteer(scope);
    }
  });

  beforeAll(async () => {
    // Hours: the persona inside (seeded history), a volunteer outside and one in the second station, each with an approved entry.
    hx.volunteer = { in: demoId('volunteer', 'persona'), out: randomUUID(), other: randomUUID() };
    hx.node = { in: f.villageIn, out: f.villageOut, other: f.other.village };
    hx.path = {
      in: `/${f.root}/${f.communityIn}/${f.villageIn}/`,
      out: `/${f.root}/${f.communityOut}/${f.villageOut}/`,
      other: `/${f.other.root}/${f.other.community}/${f.other.village}/`,
    };
    hx.tenant = { in: DEMO_STATION.tenantId, out: DEMO_STATION.tenantId, other: f.teams.otherTenant };
    await hoursEntry('out', 'manual', true);
    await hoursEntry('other', 'manual', true);
    hx.certificate = {
      in: await issueCertificate('in'),
      out: await issueCertificate('out'),
      other: await issueCertificate('other'),
    };
  });
  afterAll(async () => {
    await system?.close();
  });

  it('has a row for every endpoint in the OpenAPI document, and no row for an endpoint that is gone', async () => {
    const doc = (await system.anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.filter((op) => !(op in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !documented.includes(op))).toEqual([]);
  });

  /** The status each actor should get on each scope of a row. */
  function expected(row: Row, actor: Actor, scope: Scope | 'single'): number | number[] {
    if (scope === 'other') {
      // Another station's ids: not found, whoever asks (a role barred from the endpoint altogether may be told so first).
      const barred = !row.allowedIn.includes(actor) && !(row.allowedOut ?? []).includes(actor);
      return actor === 'otherHead' ? row.success : barred ? [403, 404] : 404;
    }
    if (actor === 'otherHead' && scope !== 'single') return 404; // the demo station's objects, seen from the second station
    // The platform admin and a bureau officer belong to no station: a station's objects are another tenant's to them.
    if ((actor === 'admin' || actor === 'bureau') && scope !== 'single')
      return row.allowedIn.includes(actor) ? 404 : [403, 404];
    const allowed = scope === 'out' ? (row.allowedOut ?? []) : row.allowedIn;
    return allowed.includes(actor) ? row.success : 403;
  }

  for (const [op, row] of Object.entries(MATRIX)) {
    if (row.public) continue;
    it(`${op}: every role, inside and outside its subtree and across stations`, async () => {
      const [method] = op.split(' ');
      const actual: Record<string, number> = {};
      const wanted: Record<string, number | string> = {};
      const scopes: (Scope | 'single')[] = row.scoped ? ['in', 'out', 'other'] : ['single'];
      for (const scope of scopes) {
        for (const actor of ACTORS) {
          const req = await row.build!(scope === 'single' ? 'in' : scope, actor);
          const client = as(actor);
          let call = client[method.toLowerCase() as 'get'](req.path);
          if (req.body) call = call.send(req.body);
          else if (req.csv) call = call.set('Content-Type', 'text/csv').send(req.csv);
          const res = await call;
          const cell = `${scope}/${actor}`;
          actual[cell] = res.status;
          const want = expected(row, actor, scope);
          wanted[cell] = Array.isArray(want) ? (want.includes(res.status) ? res.status : want.join('|')) : want;
          if (scope === 'other' && actor !== 'otherHead') expect(JSON.stringify(res.body)).not.toContain(OTHER_MARK);
          // The platform admin alone sees every station (GET /stations).
          if (actor !== 'otherHead' && actor !== 'admin' && res.status < 300 && scope !== 'other')
            expect(JSON.stringify(res.body)).not.toContain(OTHER_MARK);
        }
      }
      expect(actual).toEqual(wanted);

      // Without a token, or with a forged one, nothing is served.
      const req = await row.build!('in', 'head');
      const anon = system.anonymous()[method.toLowerCase() as 'get'](req.path);
      expect((await (req.body ? anon.send(req.body) : anon)).status).toBe(401);
      const forgedClient = system.withToken(`${(await system.token('head')).slice(0, -4)}AAAA`);
      const forged = forgedClient[method.toLowerCase() as 'get'](req.path);
      expect((await (req.body ? forged.send(req.body) : forged)).status).toBe(401);
    });
  }
});
