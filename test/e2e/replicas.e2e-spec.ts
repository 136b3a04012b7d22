import { randomUUID } from 'node:crypto';
import { DEMO_STATION } from '#linli/contracts';
import { demoTierTree } from '#linli/testing';
import { OrganisationsService } from '../../services/organisations/src/organisations/organisations.service.js';
import { SignupsService } from '../../services/activities/src/signups/signups.service.js';
import { insertVolunteers } from '../../services/activities/src/volunteers/volunteers.repository.js';
import { TestSystem } from './support/system.js';

/** Two replicas of a service share requests through the NATS queue group. */
describe('two replicas', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'replicas', organisationsReplicas: 2, replicas: { activities: 2 } });
    await system.as('head');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('of the organisations service share the load without handling any request twice', async () => {
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

  it('of the activities service never overbook a shift, each coalescing the sign-ups it receives', async () => {
    const { id: village, path: villagePath } = demoTierTree().village;
    const leader = await system.as('head');
    const data = system.data.get('activities')!;
    const people = Array.from({ length: 120 }, () => randomUUID());
    await insertVolunteers(
      data.manager,
      people.map((id, i) => ({
        id,
        tenantId: DEMO_STATION.tenantId,
        tierNodeId: village,
        tierPath: villagePath,
        name: `并发报名${i}`,
      })),
    );
    const decided = system.replicas.get('activities')!.map((replica) => {
      const service = replica.get(SignupsService);
      const counter = { requests: 0 };
      const original = service.signUp.bind(service);
      service.signUp = (...args: Parameters<SignupsService['signUp']>) => {
        counter.requests += 1;
        return original(...args);
      };
      return counter;
    });
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const activity = await leader
      .post('/api/v1/activities')
      .send({
        title: '双副本报名',
        tierNodeId: village,
        location: '服务大厅',
        startsAt: inDays(1),
        endsAt: inDays(9),
        riskLevel: 'low',
      })
      .expect(201);
    const shift = (
      await leader
        .post(`/api/v1/activities/${activity.body.id}/shifts`)
        .send({
          startsAt: inDays(2),
          endsAt: new Date(Date.now() + 2 * 86_400_000 + 7_200_000).toISOString(),
          capacity: 15,
        })
        .expect(201)
    ).body.items[0];
    const responses = await Promise.all(
      people.map((volunteerId) => leader.post(`/api/v1/shifts/${shift.id}/signups`).send({ volunteerId })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(120).fill(201));
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(15);
    expect(
      responses
        .filter((r) => r.body.status === 'waitlisted')
        .map((r) => r.body.position)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 105 }, (_, i) => i + 1));
    const [row] = await data.query('SELECT confirmed_count AS c, waitlist_count AS w FROM shifts WHERE id = $1', [
      shift.id,
    ]);
    expect(row).toEqual({ c: 15, w: 105 });
    expect(decided[0].requests + decided[1].requests).toBe(120);
    expect(decided[0].requests).toBeGreaterThan(0);
    expect(decided[1].requests).toBeGreaterThan(0);
  });

  it('of the organisations service keep serving when one replica stops', async () => {
    await system.organisations[0].close();
    for (let i = 0; i < 10; i++) await system.http().get('/api/v1/tiers/tree').expect(200);
    const health = await system.anonymous().get('/health').expect(200);
    expect(health.body.status).toBe('ready');
  });
});
