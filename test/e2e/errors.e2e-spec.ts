import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { DEMO_STATION, OrganisationsSubjects } from '#linli/contracts';
import { DomainException, ServiceClient, type CallerContext } from '#linli/platform';
import { signedCaller } from '#linli/testing';
import { TestSystem } from './support/system.js';

const headCaller = (): CallerContext =>
  signedCaller(DEMO_STATION.tenantId, [
    { role: 'station_head', tierNodeId: DEMO_STATION.rootNodeId, tierPath: `/${DEMO_STATION.rootNodeId}/` },
  ]);

/** Every refusal reaches the client as problem+json with the right status and a stable code. */
describe('error mapping through the gateway', () => {
  let system: TestSystem;
  let tree: { id: string; children: { id: string; children: { id: string }[] }[] };
  let orgId: string;

  beforeAll(async () => {
    // Short enough for the 504 test to be quick, long enough for a login (argon2) on a busy machine.
    system = await TestSystem.start({ label: 'errors', rpcTimeoutMs: 2500 });
    await system.as('head');
    tree = (await system.http().get('/api/v1/tiers/tree').expect(200)).body[0];
    orgId = (await system.http().get('/api/v1/organisations?pageSize=1').expect(200)).body.items[0].id;
  });

  afterAll(async () => {
    await system?.close();
  });

  const expectProblem = (
    res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
    code: string,
  ) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      status,
      title: expect.any(String),
      detail: expect.any(String),
      type: expect.any(String),
    });
    expect(res.body.requestId).toBeDefined();
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
  };

  describe('400 bad input', () => {
    it('refuses unknown body fields, naming each', async () => {
      const res = await system.http().post('/api/v1/organisations').send({
        name: '测试组织',
        type: 'other',
        tierNodeId: tree.id,
        foundedOn: '2021-01-01',
        tenantId: randomUUID(),
      });
      expectProblem(res, 400, 'VALIDATION.FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'tenantId', code: 'FIELD.UNKNOWN' })]);
    });

    it('reports wrong types and missing fields per field', async () => {
      const res = await system
        .http()
        .post('/api/v1/organisations')
        .send({ name: 42, type: 'club', memberCount: 'many' });
      expectProblem(res, 400, 'VALIDATION.FAILED');
      const fields = new Set((res.body.errors as { field: string }[]).map((e) => e.field));
      for (const field of ['name', 'type', 'tierNodeId', 'foundedOn', 'memberCount'])
        expect(fields.has(field)).toBe(true);
    });

    it('refuses malformed JSON, a bad id in the path and a bad query', async () => {
      const malformed = await system
        .http()
        .post('/api/v1/tiers')
        .set('content-type', 'application/json')
        .send('{"parentId": ');
      expectProblem(malformed, 400, 'REQUEST.MALFORMED');
      expectProblem(await system.http().get('/api/v1/organisations/not-a-uuid'), 400, 'REQUEST.ID_INVALID');
      expectProblem(await system.http().get('/api/v1/organisations?pageSize=1000'), 400, 'VALIDATION.FAILED');
      expectProblem(
        await system.http().get('/api/v1/organisations/growth?from=2021-11&to=2021-06'),
        400,
        'GROWTH.RANGE_INVALID',
      );
    });

    it('answers 400 with field errors, not 500, when a bad payload reaches the service over NATS directly', async () => {
      const client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [system.nats.url] } });
      await client.connect();
      try {
        const services = new ServiceClient(client, 2000);
        const error = await services
          .send(OrganisationsSubjects.organisationCreate, { name: '', type: 'nope', extra: true }, headCaller())
          .catch((e: DomainException) => e);
        expect(error).toBeInstanceOf(DomainException);
        expect((error as DomainException).status).toBe(400);
        expect((error as DomainException).code).toBe('VALIDATION.FAILED');
        expect((error as DomainException).errors?.map((e) => e.field)).toEqual(
          expect.arrayContaining(['name', 'type', 'extra']),
        );
        const anonymous = await services
          .send(OrganisationsSubjects.tierTree, {}, undefined)
          .catch((e: DomainException) => e);
        expect((anonymous as DomainException).status).toBe(401);
      } finally {
        await client.close();
      }
    });
  });

  describe('404, 409 and 422', () => {
    it('answers 404 for a missing node or organisation', async () => {
      expectProblem(await system.http().get(`/api/v1/organisations/${randomUUID()}`), 404, 'ORGANISATION.NOT_FOUND');
      expectProblem(await system.http().get(`/api/v1/tiers/${randomUUID()}`), 404, 'TIER.NOT_FOUND');
      const res = await system
        .http()
        .post('/api/v1/tiers')
        .send({ parentId: randomUUID(), level: 'village', name: '无主村' });
      expectProblem(res, 404, 'TIER.PARENT_NOT_FOUND');
    });

    it("answers 404 for another station's ids, never its data", async () => {
      const otherTenant = randomUUID();
      const otherRoot = randomUUID();
      const otherOrg = randomUUID();
      await system.orgData.transaction(async (m) => {
        await m.query(
          `INSERT INTO stations (tenant_id, name, region, root_node_id) VALUES ($1, '另一社工站', '长春', $2)`,
          [otherTenant, otherRoot],
        );
        await m.query(
          `INSERT INTO tier_nodes (id, tenant_id, level, name, path) VALUES ($1, $2, 'station', '另一社工站', $3)`,
          [otherRoot, otherTenant, `/${otherRoot}/`],
        );
        await m.query(
          `INSERT INTO organisations (id, tenant_id, tier_node_id, tier_path, name, type, status, status_since, founded_on, joined_on)
           VALUES ($1, $2, $3, $4, '他站组织', 'other', 'active', '2021-01-01', '2021-01-01', '2021-01-01')`,
          [otherOrg, otherTenant, otherRoot, `/${otherRoot}/`],
        );
      });
      expectProblem(await system.http().get(`/api/v1/organisations/${otherOrg}`), 404, 'ORGANISATION.NOT_FOUND');
      expectProblem(await system.http().get(`/api/v1/tiers/${otherRoot}`), 404, 'TIER.NOT_FOUND');
      expectProblem(
        await system.http().post('/api/v1/tiers').send({ parentId: otherRoot, level: 'community', name: '越界社区' }),
        404,
        'TIER.PARENT_NOT_FOUND',
      );
      expectProblem(
        await system
          .http()
          .post('/api/v1/organisations')
          .send({ name: '越界组织', type: 'other', tierNodeId: otherRoot, foundedOn: '2021-01-01' }),
        404,
        'TIER.NOT_FOUND',
      );
      expectProblem(await system.http().get(`/api/v1/organisations?tierNodeId=${otherRoot}`), 404, 'TIER.NOT_FOUND');
      const list = await system
        .http()
        .get(`/api/v1/organisations?q=${encodeURIComponent('他站')}`)
        .expect(200);
      expect(list.body.total).toBe(0);
    });

    it('refuses a village under a village, and stores nothing', async () => {
      const village = tree.children[0].children[0];
      const before = await system.orgData.query('SELECT count(*)::int AS n FROM tier_nodes');
      const res = await system
        .http()
        .post('/api/v1/tiers')
        .send({ parentId: village.id, level: 'village', name: '村中村' });
      expectProblem(res, 422, 'TIER.LEVEL_NOT_ALLOWED');
      const communityUnderCommunity = await system
        .http()
        .post('/api/v1/tiers')
        .send({ parentId: tree.children[0].id, level: 'community', name: '社区中的社区' });
      expectProblem(communityUnderCommunity, 422, 'TIER.LEVEL_NOT_ALLOWED');
      expect(await system.orgData.query('SELECT count(*)::int AS n FROM tier_nodes')).toEqual(before);
    });

    it('refuses a founding date in the future and a registry date before founding, storing nothing', async () => {
      const before = await system.orgData.query(
        'SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM outbox)::int AS e',
      );
      const future = await system
        .http()
        .post('/api/v1/organisations')
        .send({ name: '未来组织', type: 'other', tierNodeId: tree.id, foundedOn: '2999-01-01' });
      expectProblem(future, 422, 'ORGANISATION.FOUNDED_IN_FUTURE');
      const inverted = await system.http().post('/api/v1/organisations').send({
        name: '倒序组织',
        type: 'other',
        tierNodeId: tree.id,
        foundedOn: '2021-05-01',
        joinedOn: '2021-04-01',
      });
      expectProblem(inverted, 422, 'ORGANISATION.JOINED_BEFORE_FOUNDED');
      const impossible = await system
        .http()
        .post('/api/v1/organisations')
        .send({ name: '二月三十', type: 'other', tierNodeId: tree.id, foundedOn: '2021-02-30' });
      expectProblem(impossible, 400, 'ORGANISATION.DATE_INVALID');
      expect(
        await system.orgData.query(
          'SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM outbox)::int AS e',
        ),
      ).toEqual(before);
    });

    it('answers 409 for a status change to the current status and for a duplicate name', async () => {
      const org = (await system.http().get(`/api/v1/organisations/${orgId}`).expect(200)).body;
      const res = await system
        .http()
        .post(`/api/v1/organisations/${orgId}/status`)
        .send({ status: org.status, reason: '重复', effectiveOn: '2021-11-30' });
      expectProblem(res, 409, 'ORGANISATION.STATUS_UNCHANGED');
      const dup = await system
        .http()
        .post('/api/v1/organisations')
        .send({ name: org.name, type: 'other', tierNodeId: tree.id, foundedOn: '2021-01-01' });
      expectProblem(dup, 409, 'ORGANISATION.NAME_TAKEN');
      const history = (await system.http().get(`/api/v1/organisations/${orgId}`)).body.statusHistory;
      expect(history).toEqual(org.statusHistory);
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first response to a retry, and 422 for the same key with another body', async () => {
      const key = randomUUID();
      const body = {
        name: '幂等测试组织',
        type: 'culture_sports',
        tierNodeId: tree.id,
        foundedOn: '2021-03-01',
        joinedOn: '2021-06-01',
      };
      const first = await system
        .http()
        .post('/api/v1/organisations')
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      const retry = await system
        .http()
        .post('/api/v1/organisations')
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      expect(retry.body.id).toBe(first.body.id);
      const rows = await system.orgData.query(`SELECT count(*)::int AS n FROM organisations WHERE name = $1`, [
        body.name,
      ]);
      expect(rows[0].n).toBe(1);
      const other = await system
        .http()
        .post('/api/v1/organisations')
        .set('Idempotency-Key', key)
        .send({ ...body, name: '另一个' });
      expectProblem(other, 422, 'IDEMPOTENCY.KEY_REUSED');
    });
  });

  describe('503 and 504', () => {
    let hung: NatsConnection | undefined;

    afterEach(async () => {
      await hung?.close();
      hung = undefined;
    });

    it('answers 504 when the only replica holding the request never replies', async () => {
      for (const replica of system.organisations) await replica.close();
      system.organisations = [];
      hung = await connect({ servers: system.nats.url });
      // A replica that takes requests and never answers (stuck on a lock, a GC pause, a bug).
      hung.subscribe(OrganisationsSubjects.organisationGet, { queue: 'organisations', callback: () => undefined });
      await hung.flush();
      const started = Date.now();
      expectProblem(await system.http().get(`/api/v1/organisations/${orgId}`), 504, 'SERVICE.TIMEOUT');
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('answers 503 at once when the service is down, and /health says which', async () => {
      expect(system.organisations).toHaveLength(0);
      const started = Date.now();
      const res = await system.http().get('/api/v1/tiers/tree');
      expectProblem(res, 503, 'SERVICE.UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(800);
      const health = await system.anonymous().get('/health').expect(503);
      expect(health.body.services).toEqual(
        expect.arrayContaining([expect.objectContaining({ service: 'organisations', status: 'unavailable' })]),
      );
      // The gateway itself is fine: its NATS connection, heap and disk are up.
      expect(health.body.services[0]).toEqual({
        service: 'gateway',
        status: 'ready',
        checks: { nats: 'up', memory_heap: 'up', disk: 'up' },
      });
      expect(health.body.details).toMatchObject({
        organisations: { status: 'down', state: 'unavailable' },
        identity: { status: 'up', state: 'ready' },
        nats: { status: 'up' },
        memory_heap: { status: 'up' },
        disk: { status: 'up' },
      });
      // Liveness asks nothing of the services: the gateway's process is up.
      const live = await system.anonymous().get('/health/live').expect(200);
      expect(live.body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    });

    it('serves again once a replica is back, with nothing lost', async () => {
      await system.addOrganisationsReplica();
      const health = await system.anonymous().get('/health').expect(200);
      expect(health.body.status).toBe('ready');
      await system.http().get(`/api/v1/organisations/${orgId}`).expect(200);
    });
  });
});
