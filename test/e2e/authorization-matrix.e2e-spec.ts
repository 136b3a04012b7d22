import { randomUUID } from 'node:crypto';
import { todayIn } from '../../services/organisations/src/organisations/organisation-rules.js';
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

const ACTORS: Actor[] = ['head', 'community', 'village', 'team', 'volunteer', 'admin', 'otherHead'];
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

  const MATRIX: Record<string, Row> = {
    'POST /api/v1/auth/login': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/refresh': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/logout': { public: true, scoped: false, allowedIn: [], success: 200 },
    'POST /api/v1/auth/activate': { public: true, scoped: false, allowedIn: [], success: 200 },
    'GET /health': { public: true, scoped: false, allowedIn: [], success: 200 },
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
  };

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'authz_matrix' });
    for (const persona of ['head', 'community', 'village', 'team', 'volunteer', 'admin'] as const)
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
    // The platform admin belongs to no station: a station's objects are another tenant's to it.
    if (actor === 'admin' && scope !== 'single') return row.allowedIn.includes('admin') ? 404 : [403, 404];
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
