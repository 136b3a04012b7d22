import { OrganisationsService } from '../../services/organisations/src/organisations/organisations.service.js';
import { TestSystem } from './support/system.js';

/** Two replicas of the organisations service share requests through the NATS queue group. */
describe('two replicas of the organisations service', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'replicas', organisationsReplicas: 2 });
    await system.as('head');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('share the load without handling any request twice', async () => {
    const handled = system.organisations.map((replica) => {
      const service = replica.get(OrganisationsService);
      const counter = { calls: 0 };
      const original = service.create.bind(service);
      service.create = (...args: Parameters<OrganisationsService['create']>) => {
        counter.calls += 1;
        return original(...args);
      };
      return counter;
    });
    const root = (await system.http().get('/api/v1/tiers/tree').expect(200)).body[0];
    const count = 40;
    const responses = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        system
          .http()
          .post('/api/v1/organisations')
          .send({
            name: `并发测试组织${i}`,
            type: 'volunteer_team',
            tierNodeId: root.id,
            foundedOn: '2021-01-01',
            joinedOn: '2021-06-01',
          }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(count).fill(201));
    const [{ n }] = await system.orgData.query(
      `SELECT count(*)::int AS n FROM organisations WHERE name LIKE '并发测试组织%'`,
    );
    expect(n).toBe(count);
    const [{ events }] = await system.orgData.query(
      `SELECT count(*)::int AS events FROM outbox WHERE subject = 'evt.organisations.organisation.created' AND payload->>'name' LIKE '并发测试组织%'`,
    );
    expect(events).toBe(count);
    expect(handled[0].calls + handled[1].calls).toBe(count);
    expect(handled[0].calls).toBeGreaterThan(0);
    expect(handled[1].calls).toBeGreaterThan(0);
  });

  it('keep serving when one replica stops', async () => {
    await system.organisations[0].close();
    for (let i = 0; i < 10; i++) await system.http().get('/api/v1/tiers/tree').expect(200);
    const health = await system.anonymous().get('/health').expect(200);
    expect(health.body.status).toBe('ready');
  });
});
