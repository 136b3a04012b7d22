import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STATION } from '#linli/contracts';
import { TokenSigner, type AccessClaims } from '#linli/platform';
import { TEST_SECRET } from '#linli/testing';
import { TestSystem } from './support/system.js';

type Res = { status: number; headers: Record<string, string>; body: Record<string, unknown> };
type TreeNode = { id: string; code: string | null; level: string; children: TreeNode[] };

const expectProblem = (res: Res, status: number, code: string) => {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
};

const claimsOf = (token: string): AccessClaims =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

const phoneOf = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.phone!;

/** Identity and access through the gateway: sessions, stations, accounts, grants, isolation, refusals, audit. */
describe('identity and access', () => {
  describe('sessions, stations, grants and isolation', () => {
    let system: TestSystem;
    let tree: TreeNode;
    let jl01: TreeNode;
    let jl02: TreeNode;

    const login = (body: Record<string, string>, requestId?: string) => {
      const req = system.anonymous().post('/api/v1/auth/login');
      if (requestId) req.set('x-request-id', requestId);
      return req.send(body);
    };
    const auditRows = (action: string, requestId: string) =>
      system.identityData.query(
        `SELECT tenant_id, actor_id, action, target_id, request_id, details FROM audit_log WHERE action = $1 AND request_id = $2`,
        [action, requestId],
      );

    beforeAll(async () => {
      system = await TestSystem.start({ label: 'identity' });
      await system.as('head');
      tree = (await system.http().get('/api/v1/tiers/tree').expect(200)).body[0];
      jl01 = tree.children.find((c) => c.code === 'JL-01')!;
      jl02 = tree.children.find((c) => c.code === 'JL-02')!;
    });

    // Failed logins and activations count per address; keep each test independent of the others.
    afterEach(async () => {
      await system?.identityData.query('DELETE FROM login_throttle');
    });

    afterAll(async () => {
      await system?.close();
    });

    describe('log in, refresh, log out', () => {
      it('logs in by phone or by username and /me returns the user, their grants and the linked volunteer', async () => {
        const byPhone = await login({ phone: phoneOf('head'), password: DEMO_PASSWORD }).expect(200);
        expect(byPhone.body).toMatchObject({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
          expiresIn: 900,
          user: { name: '李站长', phone: phoneOf('head'), username: 'zhanzhang', status: 'active' },
        });
        const claims = claimsOf(byPhone.body.accessToken);
        expect(claims.exp - claims.iat).toBe(900);
        expect(claims).toMatchObject({ sub: byPhone.body.user.id, tid: DEMO_STATION.tenantId });
        expect(claims.grants).toEqual([
          { role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId, tierPath: `/${DEMO_STATION.rootNodeId}/` },
        ]);

        const me = await system.withToken(byPhone.body.accessToken).get('/api/v1/me').expect(200);
        expect(me.body).toMatchObject({
          id: byPhone.body.user.id,
          name: '李站长',
          phone: phoneOf('head'),
          stationId: DEMO_STATION.tenantId,
          stationName: DEMO_STATION.name,
          grants: [
            expect.objectContaining({
              id: expect.any(String),
              role: 'station_head',
              tierNodeId: DEMO_STATION.rootNodeId,
            }),
          ],
        });
        expect(me.body).toHaveProperty('volunteerId');

        const byUsername = await login({ username: 'zhanzhang', password: DEMO_PASSWORD }).expect(200);
        expect(byUsername.body.user.id).toBe(byPhone.body.user.id);
        const admin = await login({ username: 'ADMIN', password: DEMO_PASSWORD }).expect(200);
        expect(claimsOf(admin.body.accessToken).grants.map((g) => g.role)).toEqual(['platform_admin']);

        expectProblem(await login({ password: DEMO_PASSWORD }), 400, 'AUTH.LOGIN_REQUIRED');
      });

      it('stores passwords as argon2id and refresh tokens only hashed', async () => {
        const res = await login({ phone: phoneOf('village'), password: DEMO_PASSWORD }).expect(200);
        const [user] = await system.identityData.query('SELECT password_hash FROM users WHERE phone = $1', [
          phoneOf('village'),
        ]);
        expect(user.password_hash).toMatch(/^\$argon2id\$/);
        expect(user.password_hash).not.toContain(DEMO_PASSWORD);
        const rows = await system.identityData.query('SELECT * FROM refresh_tokens WHERE user_id = $1', [
          res.body.user.id,
        ]);
        expect(rows.length).toBeGreaterThan(0);
        expect(JSON.stringify(rows)).not.toContain(res.body.refreshToken);
        for (const row of rows) expect(row.token_hash).not.toBe(res.body.refreshToken);
      });

      it('rotates refresh tokens: the old one is refused, and replaying it revokes the whole family', async () => {
        const first = await login({ phone: phoneOf('team'), password: DEMO_PASSWORD }).expect(200);
        const second = await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: first.body.refreshToken })
          .expect(200);
        expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
        expect(second.body.accessToken).not.toBe(first.body.accessToken);
        await system.withToken(second.body.accessToken).get('/api/v1/me').expect(200);
        expect(claimsOf(second.body.accessToken).sub).toBe(first.body.user.id);

        // A legitimate rotation chain keeps working…
        const third = await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: second.body.refreshToken })
          .expect(200);

        // …until a used token is presented again (stolen or replayed): refused, and the newest dies with it.
        const replay = await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: first.body.refreshToken });
        expectProblem(replay, 401, 'AUTH.REFRESH_INVALID');
        const newest = await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: third.body.refreshToken });
        expectProblem(newest, 401, 'AUTH.REFRESH_INVALID');

        // A different session of the same user is not affected.
        const other = await login({ phone: phoneOf('team'), password: DEMO_PASSWORD }).expect(200);
        await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: other.body.refreshToken })
          .expect(200);

        expectProblem(
          await system.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: 'not-a-token' }),
          401,
          'AUTH.REFRESH_INVALID',
        );
      });

      it('logs out: the refresh token stops working', async () => {
        const session = await login({ phone: phoneOf('volunteer'), password: DEMO_PASSWORD }).expect(200);
        const res = await system
          .anonymous()
          .post('/api/v1/auth/logout')
          .send({ refreshToken: session.body.refreshToken })
          .expect(200);
        expect(res.body).toEqual({ loggedOut: true });
        const after = await system
          .anonymous()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: session.body.refreshToken });
        expectProblem(after, 401, 'AUTH.REFRESH_INVALID');
        const [row] = await system.identityData.query(
          'SELECT count(*)::int AS revoked FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NOT NULL',
          [session.body.user.id],
        );
        expect(row.revoked).toBe(1);
      });

      it('answers a wrong phone and a wrong password alike', async () => {
        const wrongPhone = await login({ phone: '13912345678', password: DEMO_PASSWORD });
        const wrongPassword = await login({ phone: phoneOf('community'), password: 'Wrong@2021' });
        const wrongUsername = await login({ username: 'nobody', password: DEMO_PASSWORD });
        for (const res of [wrongPhone, wrongPassword, wrongUsername])
          expectProblem(res, 401, 'AUTH.INVALID_CREDENTIALS');
        expect(wrongPassword.body.detail).toBe(wrongPhone.body.detail);
        expect(wrongUsername.body.detail).toBe(wrongPhone.body.detail);
        expect(wrongPassword.body.title).toBe(wrongPhone.body.title);
        expect(wrongPassword.body.type).toBe(wrongPhone.body.type);
        expect(Object.keys(wrongPassword.body).sort()).toEqual(Object.keys(wrongPhone.body).sort());
      });
    });

    describe('audit log', () => {
      const latest = (action: string, actorId: string) =>
        system.identityData.query(
          `SELECT tenant_id, actor_id, action, request_id, details FROM audit_log WHERE action = $1 AND actor_id = $2 ORDER BY id DESC LIMIT 1`,
          [action, actorId],
        );

      it('records login.succeeded and login.failed with the account, station and masked login', async () => {
        const ok = await login({ phone: phoneOf('community'), password: DEMO_PASSWORD }).expect(200);
        const [succeeded] = await latest('login.succeeded', ok.body.user.id);
        expect(succeeded).toMatchObject({ tenant_id: DEMO_STATION.tenantId, actor_id: ok.body.user.id });

        expectProblem(
          await login({ phone: phoneOf('community'), password: 'Wrong@2021' }),
          401,
          'AUTH.INVALID_CREDENTIALS',
        );
        const [failed] = await latest('login.failed', ok.body.user.id);
        expect(failed).toMatchObject({
          tenant_id: DEMO_STATION.tenantId,
          actor_id: ok.body.user.id,
          details: { login: '138****0002' },
        });
        // The audit row does not keep the phone in clear.
        expect(JSON.stringify(failed.details)).not.toContain(phoneOf('community'));
      });

      it('records login.succeeded and login.failed under the x-request-id of the request that caused them', async () => {
        const ok = await login(
          { phone: phoneOf('community'), password: DEMO_PASSWORD },
          `audit-login-ok-${randomUUID()}`,
        ).expect(200);
        const okId = ok.headers['x-request-id'];
        expect(await auditRows('login.succeeded', okId)).toEqual([
          expect.objectContaining({ tenant_id: DEMO_STATION.tenantId, actor_id: ok.body.user.id, request_id: okId }),
        ]);

        // Without a client-sent id the gateway mints one; the audit row should carry that.
        const failed = await login({ phone: phoneOf('community'), password: 'Wrong@2021' });
        expectProblem(failed, 401, 'AUTH.INVALID_CREDENTIALS');
        const failedId = failed.headers['x-request-id'];
        expect(failedId).toBeTruthy();
        expect(await auditRows('login.failed', failedId)).toEqual([
          expect.objectContaining({
            tenant_id: DEMO_STATION.tenantId,
            actor_id: ok.body.user.id,
            request_id: failedId,
          }),
        ]);
      });
    });

    describe('stations and activation', () => {
      let second: { id: string; rootNodeId: string; activationCode: string; head: { id: string } };
      let secondHeadToken: string;
      const secondHeadPhone = '13800000101';
      const secondHeadPassword = 'Nanhu2021pass';

      it('lets only the platform admin open a station, with its root node and a pending head', async () => {
        const body = {
          name: '南湖街道社工站',
          region: '吉林省长春市南关区南湖街道',
          head: { name: '张站长', phone: secondHeadPhone },
        };
        expectProblem(await system.http().post('/api/v1/stations').send(body), 403, 'ACCESS.FORBIDDEN');

        const res = await (await system.as('admin')).post('/api/v1/stations').send(body).expect(201);
        second = res.body;
        expect(res.body).toMatchObject({
          id: expect.any(String),
          name: '南湖街道社工站',
          region: '吉林省长春市南关区南湖街道',
          timezone: 'Asia/Shanghai',
          rootNodeId: expect.any(String),
          activationCode: expect.stringMatching(/^\d{6}$/),
          head: {
            name: '张站长',
            status: 'pending_activation',
            grants: [expect.objectContaining({ role: 'station_head', tierNodeId: res.body.rootNodeId })],
          },
        });
        expect(res.body.id).not.toBe(DEMO_STATION.tenantId);
        const [station] = await system.orgData.query(
          'SELECT tenant_id, root_node_id FROM stations WHERE tenant_id = $1',
          [res.body.id],
        );
        expect(station).toEqual({ tenant_id: res.body.id, root_node_id: res.body.rootNodeId });
        const [root] = await system.orgData.query('SELECT level, tenant_id, parent_id FROM tier_nodes WHERE id = $1', [
          res.body.rootNodeId,
        ]);
        expect(root).toEqual({ level: 'station', tenant_id: res.body.id, parent_id: null });
        const [code] = await system.identityData.query('SELECT code_hash FROM activation_codes WHERE user_id = $1', [
          res.body.head.id,
        ]);
        expect(code.code_hash).not.toContain(res.body.activationCode);

        const stations = await (await system.as('admin')).get('/api/v1/stations').expect(200);
        expect(stations.body.map((s: { id: string }) => s.id)).toEqual(
          expect.arrayContaining([DEMO_STATION.tenantId, res.body.id]),
        );
        const own = await system.http().get('/api/v1/stations').expect(200);
        expect(own.body.map((s: { id: string }) => s.id)).toEqual([DEMO_STATION.tenantId]);
      });

      it('lets the new head activate with the one-time code, then log in', async () => {
        // Not active yet: a login is refused like any wrong credential.
        expectProblem(
          await login({ phone: secondHeadPhone, password: secondHeadPassword }),
          401,
          'AUTH.INVALID_CREDENTIALS',
        );
        const wrong = second.activationCode === '000000' ? '111111' : '000000';
        const refused = await system
          .anonymous()
          .post('/api/v1/auth/activate')
          .send({ phone: secondHeadPhone, code: wrong, password: secondHeadPassword });
        expectProblem(refused, 401, 'AUTH.ACTIVATION_INVALID');
        const weak = await system
          .anonymous()
          .post('/api/v1/auth/activate')
          .send({ phone: secondHeadPhone, code: second.activationCode, password: 'short' });
        expectProblem(weak, 400, 'VALIDATION.FAILED');

        const activated = await system
          .anonymous()
          .post('/api/v1/auth/activate')
          .send({ phone: secondHeadPhone, code: second.activationCode, password: secondHeadPassword })
          .expect(200);
        expect(activated.body).toMatchObject({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
          user: { id: second.head.id, status: 'active' },
        });
        const [user] = await system.identityData.query('SELECT status, password_hash FROM users WHERE id = $1', [
          second.head.id,
        ]);
        expect(user.status).toBe('active');
        expect(user.password_hash).toMatch(/^\$argon2id\$/);

        // The code is single-use.
        const again = await system
          .anonymous()
          .post('/api/v1/auth/activate')
          .send({ phone: secondHeadPhone, code: second.activationCode, password: 'Another2021x' });
        expectProblem(again, 401, 'AUTH.ACTIVATION_INVALID');

        const session = await login({ phone: secondHeadPhone, password: secondHeadPassword }).expect(200);
        secondHeadToken = session.body.accessToken;
        expect(claimsOf(secondHeadToken)).toMatchObject({
          tid: second.id,
          grants: [{ role: 'station_head', tierNodeId: second.rootNodeId, tierPath: `/${second.rootNodeId}/` }],
        });
        const me = await system.withToken(secondHeadToken).get('/api/v1/me').expect(200);
        expect(me.body).toMatchObject({ id: second.head.id, stationId: second.id, stationName: '南湖街道社工站' });
      });

      it("keeps the two stations apart: each head sees only its own tree, and the other's ids answer 404", async () => {
        const nanhu = system.withToken(secondHeadToken);
        const treeRes = await nanhu.get('/api/v1/tiers/tree').expect(200);
        expect(treeRes.body).toEqual([
          expect.objectContaining({ id: second.rootNodeId, level: 'station', children: [], organisationCount: 0 }),
        ]);
        expect((await nanhu.get('/api/v1/organisations').expect(200)).body.total).toBe(0);

        // The new station grows its own tree and an organisation.
        const community = await nanhu
          .post('/api/v1/tiers')
          .send({ parentId: second.rootNodeId, level: 'community', name: '南湖社区', code: 'NH-01' })
          .expect(201);
        const org = await nanhu
          .post('/api/v1/organisations')
          .send({
            name: '南湖社区志愿服务队',
            type: 'volunteer_team',
            tierNodeId: community.body.id,
            foundedOn: '2021-03-01',
          })
          .expect(201);
        const demoOrg = (await system.http().get('/api/v1/organisations?pageSize=1').expect(200)).body.items[0];

        // The new head cannot reach the demo station…
        expectProblem(await nanhu.get(`/api/v1/organisations/${demoOrg.id}`), 404, 'ORGANISATION.NOT_FOUND');
        expectProblem(
          await nanhu.patch(`/api/v1/organisations/${demoOrg.id}`).send({ memberCount: 1 }),
          404,
          'ORGANISATION.NOT_FOUND',
        );
        expectProblem(await nanhu.get(`/api/v1/tiers/${jl01.id}`), 404, 'TIER.NOT_FOUND');
        expectProblem(await nanhu.get(`/api/v1/tiers/${DEMO_STATION.rootNodeId}`), 404, 'TIER.NOT_FOUND');
        expectProblem(await nanhu.get(`/api/v1/organisations?tierNodeId=${jl01.id}`), 404, 'TIER.NOT_FOUND');
        expect(
          (await nanhu.get(`/api/v1/organisations?q=${encodeURIComponent(demoOrg.name)}`).expect(200)).body.total,
        ).toBe(0);

        // …and the demo head cannot reach the new one.
        const head = system.http();
        expect((await head.get('/api/v1/tiers/tree').expect(200)).body.map((n: TreeNode) => n.id)).toEqual([
          DEMO_STATION.rootNodeId,
        ]);
        expectProblem(await head.get(`/api/v1/organisations/${org.body.id}`), 404, 'ORGANISATION.NOT_FOUND');
        expectProblem(
          await head.patch(`/api/v1/organisations/${org.body.id}`).send({ memberCount: 1 }),
          404,
          'ORGANISATION.NOT_FOUND',
        );
        expectProblem(await head.get(`/api/v1/tiers/${second.rootNodeId}`), 404, 'TIER.NOT_FOUND');
        expectProblem(await head.get(`/api/v1/tiers/${community.body.id}`), 404, 'TIER.NOT_FOUND');
        expectProblem(
          await head.post('/api/v1/tiers').send({ parentId: second.rootNodeId, level: 'community', name: '越界社区' }),
          404,
          'TIER.PARENT_NOT_FOUND',
        );
        const [stored] = await system.orgData.query('SELECT member_count FROM organisations WHERE id = $1', [
          org.body.id,
        ]);
        expect(stored.member_count).not.toBe(1);
      });

      it("keeps accounts and grants apart: the other station's users, nodes and grants answer 404", async () => {
        const nanhu = system.withToken(secondHeadToken);
        const head = system.http();
        const demoHeadGrant = (await head.get('/api/v1/me').expect(200)).body.grants[0];
        const villageUserId = (await (await system.as('village')).get('/api/v1/me').expect(200)).body.id;

        // Users listed are only the station's own.
        const users = await nanhu.get('/api/v1/users').expect(200);
        expect(users.body.items.map((u: { id: string }) => u.id)).toEqual([second.head.id]);
        const demoUsers = await head.get('/api/v1/users?pageSize=100').expect(200);
        expect(demoUsers.body.items.map((u: { id: string }) => u.id)).not.toContain(second.head.id);
        expectProblem(await nanhu.get(`/api/v1/users?tierNodeId=${DEMO_STATION.rootNodeId}`), 404, 'TIER.NOT_FOUND');
        expectProblem(await head.get(`/api/v1/users?tierNodeId=${second.rootNodeId}`), 404, 'TIER.NOT_FOUND');

        // Granting across stations: the user, the node and the grant are simply not there.
        expectProblem(
          await nanhu
            .post('/api/v1/grants')
            .send({ userId: villageUserId, role: 'volunteer', tierNodeId: second.rootNodeId }),
          404,
          'USER.NOT_FOUND',
        );
        expectProblem(
          await nanhu.post('/api/v1/grants').send({ userId: second.head.id, role: 'volunteer', tierNodeId: jl01.id }),
          404,
          'TIER.NOT_FOUND',
        );
        expectProblem(
          await head
            .post('/api/v1/grants')
            .send({ userId: second.head.id, role: 'volunteer', tierNodeId: DEMO_STATION.rootNodeId }),
          404,
          'USER.NOT_FOUND',
        );
        expectProblem(await nanhu.delete(`/api/v1/grants/${demoHeadGrant.id}`), 404, 'GRANT.NOT_FOUND');
        const [live] = await system.identityData.query('SELECT revoked_at FROM grants WHERE id = $1', [
          demoHeadGrant.id,
        ]);
        expect(live.revoked_at).toBeNull();

        // Registering a phone already used in another station: refused without naming the account.
        const taken = await nanhu.post('/api/v1/users').send({ name: '冒名者', phone: phoneOf('village') });
        expectProblem(taken, 409, 'USER.PHONE_TAKEN');
        expect(JSON.stringify(taken.body)).not.toContain(villageUserId);
      });
    });

    describe('mass assignment', () => {
      it('refuses a body that sets tenantId, role or an id, naming the field and storing nothing', async () => {
        const phone = '13900009999';
        const attempts: [Record<string, unknown>, string][] = [
          [{ name: '越权者', phone, role: 'station_head' }, 'role'],
          [{ name: '越权者', phone, tenantId: randomUUID() }, 'tenantId'],
          [{ name: '越权者', phone, id: randomUUID() }, 'id'],
          [
            { name: '越权者', phone, grants: [{ role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId }] },
            'grants',
          ],
          [{ name: '越权者', phone, status: 'active' }, 'status'],
        ];
        for (const [body, field] of attempts) {
          const res = await system.http().post('/api/v1/users').send(body);
          expectProblem(res, 400, 'VALIDATION.FAILED');
          expect({ field, errors: res.body.errors }).toEqual({
            field,
            errors: [expect.objectContaining({ field, code: 'FIELD.UNKNOWN' })],
          });
        }
        expect(await system.identityData.query('SELECT id FROM users WHERE phone = $1', [phone])).toEqual([]);

        const org = (await system.http().get('/api/v1/organisations?pageSize=1').expect(200)).body.items[0];
        const patch = await system
          .http()
          .patch(`/api/v1/organisations/${org.id}`)
          .send({ tenantId: randomUUID(), memberCount: 999 });
        expectProblem(patch, 400, 'VALIDATION.FAILED');
        expect(patch.body.errors).toEqual([expect.objectContaining({ field: 'tenantId', code: 'FIELD.UNKNOWN' })]);
        const [stored] = await system.orgData.query('SELECT tenant_id, member_count FROM organisations WHERE id = $1', [
          org.id,
        ]);
        expect(stored.tenant_id).toBe(DEMO_STATION.tenantId);
        expect(stored.member_count).not.toBe(999);

        const user = (await system.http().get('/api/v1/me').expect(200)).body;
        const grant = await system
          .http()
          .post('/api/v1/grants')
          .send({ userId: user.id, role: 'volunteer', tierNodeId: jl01.id, grantedBy: randomUUID() });
        expectProblem(grant, 400, 'VALIDATION.FAILED');
        expect(grant.body.errors).toEqual([expect.objectContaining({ field: 'grantedBy', code: 'FIELD.UNKNOWN' })]);
        const admin = await system
          .http()
          .post('/api/v1/grants')
          .send({ userId: user.id, role: 'platform_admin', tierNodeId: DEMO_STATION.rootNodeId });
        expectProblem(admin, 400, 'VALIDATION.FAILED');
        expect(admin.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
      });
    });

    describe('access tokens', () => {
      it('refuses a forged, an expired and a missing token with distinct codes', async () => {
        const good = await system.token('volunteer');
        const [header, payload, signature] = good.split('.');
        const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.slice(-2) === 'AA' ? 'BB' : 'AA'}`;
        const claims = claimsOf(good);
        const elevated = Buffer.from(
          JSON.stringify({
            ...claims,
            grants: [
              { role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId, tierPath: `/${DEMO_STATION.rootNodeId}/` },
            ],
          }),
        ).toString('base64url');
        const tampered = `${header}.${elevated}.${signature}`;
        const otherKey = new TokenSigner('x'.repeat(40)).sign(
          { sub: claims.sub, tid: claims.tid, grants: claims.grants },
          600,
        );
        const expired = new TokenSigner(TEST_SECRET).sign(
          { sub: claims.sub, tid: claims.tid, grants: claims.grants },
          60,
          Date.now() - 3600_000,
        );

        for (const path of ['/api/v1/me', '/api/v1/tiers/tree', '/api/v1/users']) {
          for (const token of [flipped, tampered, otherKey, 'not.a.token']) {
            expectProblem(await system.withToken(token).get(path), 401, 'AUTH.TOKEN_INVALID');
          }
          expectProblem(await system.withToken(expired).get(path), 401, 'AUTH.TOKEN_EXPIRED');
          expectProblem(await system.anonymous().get(path), 401, 'AUTH.UNAUTHENTICATED');
          expectProblem(
            await system.anonymous().get(path).set('Authorization', 'Basic abc'),
            401,
            'AUTH.UNAUTHENTICATED',
          );
        }
        // The untouched token still works.
        await system.withToken(good).get('/api/v1/me').expect(200);
      });
    });

    describe('grants', () => {
      let userId: string;
      let grantId: string;
      const phone = '13900001001';
      const password = 'Sunxm2021';
      const villageOf = (community: TreeNode) => community.children.find((v) => v.level === 'village')!;

      it('registers an account that activates with its code', async () => {
        const created = await system
          .http()
          .post('/api/v1/users')
          .send({ name: '孙晓梅', phone, username: 'sunxm' })
          .expect(201);
        expect(created.body).toMatchObject({
          id: expect.any(String),
          name: '孙晓梅',
          phone: '139****1001',
          username: 'sunxm',
          status: 'pending_activation',
          grants: [],
          activationCode: expect.stringMatching(/^\d{6}$/),
        });
        userId = created.body.id;
        const [row] = await system.identityData.query(
          'SELECT tenant_id, status, password_hash FROM users WHERE id = $1',
          [userId],
        );
        expect(row).toEqual({ tenant_id: DEMO_STATION.tenantId, status: 'pending_activation', password_hash: null });
        expectProblem(await system.http().post('/api/v1/users').send({ name: '重复', phone }), 409, 'USER.PHONE_TAKEN');
        expectProblem(
          await (await system.as('volunteer')).post('/api/v1/users').send({ name: '志愿者登记', phone: '13900001002' }),
          403,
          'ACCESS.FORBIDDEN',
        );

        await system
          .anonymous()
          .post('/api/v1/auth/activate')
          .send({ phone, code: created.body.activationCode, password })
          .expect(200);
        const session = await login({ username: 'sunxm', password }).expect(200);
        expect(claimsOf(session.body.accessToken).grants).toEqual([]);
      });

      it('lets a community lead grant village_lead at a village of their community, audited under the request id', async () => {
        const community = await system.as('community');
        const village = villageOf(jl01);
        const res = await community
          .post('/api/v1/grants')
          .send({ userId, role: 'village_lead', tierNodeId: village.id })
          .expect(201);
        expect(res.body).toMatchObject({
          id: expect.any(String),
          role: 'village_lead',
          tierNodeId: village.id,
          tierNodeName: expect.any(String),
        });
        grantId = res.body.id;

        const communityId = (await community.get('/api/v1/me').expect(200)).body.id;
        const [stored] = await system.identityData.query(
          'SELECT user_id, role, tier_node_id, tier_path, granted_by, revoked_at FROM grants WHERE id = $1',
          [grantId],
        );
        expect(stored).toEqual({
          user_id: userId,
          role: 'village_lead',
          tier_node_id: village.id,
          tier_path: `/${tree.id}/${jl01.id}/${village.id}/`,
          granted_by: communityId,
          revoked_at: null,
        });
        const requestId = res.headers['x-request-id'];
        expect(await auditRows('grant.created', requestId)).toEqual([
          expect.objectContaining({
            tenant_id: DEMO_STATION.tenantId,
            actor_id: communityId,
            target_id: userId,
            request_id: requestId,
          }),
        ]);

        // The user's next login carries the grant, and /me lists it.
        const session = await login({ phone, password }).expect(200);
        expect(claimsOf(session.body.accessToken).grants).toEqual([
          { role: 'village_lead', tierNodeId: village.id, tierPath: stored.tier_path },
        ]);
        const me = await system.withToken(session.body.accessToken).get('/api/v1/me').expect(200);
        expect(me.body.grants).toEqual([
          expect.objectContaining({ id: grantId, role: 'village_lead', tierNodeId: village.id }),
        ]);
        // The grant works: the new village lead sees their village's organisations.
        await system
          .withToken(session.body.accessToken)
          .get(`/api/v1/organisations?tierNodeId=${village.id}`)
          .expect(200);
      });

      it('refuses grants outside the rules, storing nothing', async () => {
        const community = await system.as('community');
        const before = await system.identityData.query('SELECT count(*)::int AS n FROM grants');

        // Outside their community, or a role as high as their own: 403.
        expectProblem(
          await community.post('/api/v1/grants').send({ userId, role: 'village_lead', tierNodeId: villageOf(jl02).id }),
          403,
          'ACCESS.OUTSIDE_SCOPE',
        );
        expectProblem(
          await community.post('/api/v1/grants').send({ userId, role: 'community_lead', tierNodeId: jl01.id }),
          403,
          'ACCESS.OUTSIDE_SCOPE',
        );
        expectProblem(
          await community
            .post('/api/v1/grants')
            .send({ userId, role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId }),
          403,
          'ACCESS.OUTSIDE_SCOPE',
        );
        expectProblem(
          await (
            await system.as('volunteer')
          )
            .post('/api/v1/grants')
            .send({ userId, role: 'volunteer', tierNodeId: villageOf(jl01).id }),
          403,
          'ACCESS.FORBIDDEN',
        );
        // A role at the wrong level: 422.
        const level = await system
          .http()
          .post('/api/v1/grants')
          .send({ userId, role: 'village_lead', tierNodeId: jl01.id });
        expectProblem(level, 422, 'GRANT.LEVEL_MISMATCH');
        // The same grant twice: 409.
        expectProblem(
          await system
            .http()
            .post('/api/v1/grants')
            .send({ userId, role: 'village_lead', tierNodeId: villageOf(jl01).id }),
          409,
          'GRANT.EXISTS',
        );
        expectProblem(
          await system
            .http()
            .post('/api/v1/grants')
            .send({ userId: randomUUID(), role: 'volunteer', tierNodeId: jl01.id }),
          404,
          'USER.NOT_FOUND',
        );
        expectProblem(
          await system.http().post('/api/v1/grants').send({ userId, role: 'volunteer', tierNodeId: randomUUID() }),
          404,
          'TIER.NOT_FOUND',
        );

        expect(await system.identityData.query('SELECT count(*)::int AS n FROM grants')).toEqual(before);
      });

      it('lists accounts by node and role within the caller’s area', async () => {
        const villageUserId = (await (await system.as('village')).get('/api/v1/me').expect(200)).body.id;
        const headRes = await system.http().get(`/api/v1/users?tierNodeId=${jl01.id}&role=village_lead`).expect(200);
        const ids = headRes.body.items.map((u: { id: string }) => u.id);
        expect(ids).toEqual(expect.arrayContaining([userId, villageUserId]));
        expect(headRes.body.total).toBe(ids.length);
        for (const u of headRes.body.items)
          expect(u.grants.some((g: { role: string }) => g.role === 'village_lead')).toBe(true);
        const mine = headRes.body.items.find((u: { id: string }) => u.id === userId);
        expect(mine.phone).toBe('139****1001');

        const elsewhere = await system.http().get(`/api/v1/users?tierNodeId=${jl02.id}&role=village_lead`).expect(200);
        expect(elsewhere.body.items.map((u: { id: string }) => u.id)).not.toContain(userId);

        const community = await system.as('community');
        const fromCommunity = await community.get(`/api/v1/users?tierNodeId=${jl01.id}`).expect(200);
        expect(fromCommunity.body.items.map((u: { id: string }) => u.id)).toEqual(
          expect.arrayContaining([userId, villageUserId]),
        );
        const all = await community.get('/api/v1/users?pageSize=100').expect(200);
        expect(all.body.items.map((u: { name: string }) => u.name)).not.toContain('李站长');
        expectProblem(await community.get(`/api/v1/users?tierNodeId=${jl02.id}`), 403, 'ACCESS.OUTSIDE_SCOPE');
        expectProblem(await (await system.as('volunteer')).get('/api/v1/users'), 403, 'ACCESS.FORBIDDEN');
      });

      it('revokes a grant, audited under the request id; a fresh login no longer carries it', async () => {
        expectProblem(
          await (await system.as('village')).delete(`/api/v1/grants/${grantId}`),
          403,
          'ACCESS.OUTSIDE_SCOPE',
        );

        const community = await system.as('community');
        const res = await community.delete(`/api/v1/grants/${grantId}`).expect(200);
        expect(res.body).toEqual({ revoked: true });
        const [stored] = await system.identityData.query('SELECT revoked_at FROM grants WHERE id = $1', [grantId]);
        expect(stored.revoked_at).not.toBeNull();
        const requestId = res.headers['x-request-id'];
        expect(await auditRows('grant.revoked', requestId)).toEqual([
          expect.objectContaining({ tenant_id: DEMO_STATION.tenantId, target_id: userId, request_id: requestId }),
        ]);

        const session = await login({ phone, password }).expect(200);
        expect(claimsOf(session.body.accessToken).grants).toEqual([]);
        expect((await system.withToken(session.body.accessToken).get('/api/v1/me').expect(200)).body.grants).toEqual(
          [],
        );
        expectProblem(await community.delete(`/api/v1/grants/${grantId}`), 404, 'GRANT.NOT_FOUND');

        // Granting it again after the revocation is allowed.
        await community
          .post('/api/v1/grants')
          .send({ userId, role: 'village_lead', tierNodeId: villageOf(jl01).id })
          .expect(201);
      });

      it('refuses to revoke the last station head, but allows it once there is another', async () => {
        const head = system.http();
        const headGrant = (await head.get('/api/v1/me').expect(200)).body.grants.find(
          (g: { role: string }) => g.role === 'station_head',
        );
        expectProblem(await head.delete(`/api/v1/grants/${headGrant.id}`), 409, 'GRANT.LAST_STATION_HEAD');
        const [stored] = await system.identityData.query('SELECT revoked_at FROM grants WHERE id = $1', [headGrant.id]);
        expect(stored.revoked_at).toBeNull();

        const deputy = await head
          .post('/api/v1/grants')
          .send({ userId, role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId })
          .expect(201);
        const other = await head.delete(`/api/v1/grants/${deputy.body.id}`).expect(200);
        expect(other.body).toEqual({ revoked: true });
        expectProblem(await head.delete(`/api/v1/grants/${headGrant.id}`), 409, 'GRANT.LAST_STATION_HEAD');
      });
    });
  });

  describe('login throttling', () => {
    let system: TestSystem;
    const login = (body: Record<string, string>) => system.anonymous().post('/api/v1/auth/login').send(body);

    beforeAll(async () => {
      system = await TestSystem.start({
        label: 'identity_throttle',
        identityEnv: {
          LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
          LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
          LOGIN_WINDOW_SECONDS: '60',
        },
      });
    });

    beforeEach(async () => {
      await system.identityData.query('DELETE FROM login_throttle');
    });

    afterAll(async () => {
      await system?.close();
    });

    const expect429 = (res: Res) => {
      expectProblem(res, 429, 'AUTH.TOO_MANY_ATTEMPTS');
      const retryAfter = Number(res.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    };

    it('locks an account after too many failures, even for the right password, until the window passes', async () => {
      const phone = phoneOf('village');
      for (let i = 0; i < 3; i++)
        expectProblem(await login({ phone, password: `Wrong${i}x2021` }), 401, 'AUTH.INVALID_CREDENTIALS');
      expect429(await login({ phone, password: DEMO_PASSWORD }));
      // Another account from the same address is not locked.
      await login({ phone: phoneOf('team'), password: DEMO_PASSWORD }).expect(200);

      // Once the window has passed, the right password works again and clears the count.
      await system.identityData.query(
        `UPDATE login_throttle SET window_start = now() - interval '61 seconds' WHERE key = $1`,
        [`account:${phone}`],
      );
      await login({ phone, password: DEMO_PASSWORD }).expect(200);
      const rows = await system.identityData.query('SELECT key FROM login_throttle WHERE key = $1', [
        `account:${phone}`,
      ]);
      expect(rows).toEqual([]);
    });

    it('locks an address after too many failures across accounts', async () => {
      for (let i = 0; i < 5; i++) {
        expectProblem(
          await login({ phone: `1390000200${i}`, password: 'Wrong2021x' }),
          401,
          'AUTH.INVALID_CREDENTIALS',
        );
      }
      expect429(await login({ phone: phoneOf('community'), password: DEMO_PASSWORD }));
      expect429(await login({ username: 'admin', password: DEMO_PASSWORD }));
      const [row] = await system.identityData.query(`SELECT failures FROM login_throttle WHERE key LIKE 'address:%'`);
      expect(row.failures).toBe(5);
    });
  });
});
