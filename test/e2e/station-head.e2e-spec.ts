import { DEMO_STATION, demoId } from '#linli/contracts';
import { asBytes, TestSystem } from './support/system.js';

/** The station head's journey: see the tree, browse organisations, register one, change its status, watch growth. */
describe('station head: tiers, organisations and growth', () => {
  let system: TestSystem;

  /** A file download as the head, its bytes as the body. */
  const binary = (path: string) => asBytes(system.http().get(path)).expect(200);

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'station_head' });
    await system.as('head');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('shows the three-tier tree of Jiulong with 6 communities, 51 villages and 254 organisations', async () => {
    const res = await system.http().get('/api/v1/tiers/tree').expect(200);
    expect(res.body).toHaveLength(1);
    const [root] = res.body;
    expect(root).toMatchObject({
      id: DEMO_STATION.rootNodeId,
      level: 'station',
      name: '九龙街道社工站',
      organisationCount: 254,
    });
    expect(root.children).toHaveLength(6);
    const villages = root.children.flatMap((c: { children: unknown[] }) => c.children);
    expect(villages).toHaveLength(51);
    const sum = root.children.reduce((n: number, c: { organisationCount: number }) => n + c.organisationCount, 0);
    expect(sum).toBeLessThanOrEqual(254);
  });

  it('grows to 254 organisations by the end of November 2021, climbing month by month from June', async () => {
    const res = await system.http().get('/api/v1/organisations/growth?from=2021-05&to=2021-11').expect(200);
    const counts = res.body.series.map((p: { count: number }) => p.count);
    expect(res.body.series.map((p: { period: string }) => p.period)).toEqual([
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
    ]);
    expect(counts[0]).toBe(0);
    expect(counts[counts.length - 1]).toBe(254);
    for (let i = 2; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
    const news = res.body.series.reduce((n: number, p: { new: number }) => n + p.new, 0);
    expect(news).toBe(254);
  });

  it('breaks growth down by type, tier and status, each summing to the total', async () => {
    for (const by of ['type', 'tier', 'status', 'community']) {
      const res = await system.http().get(`/api/v1/organisations/growth?from=2021-11&to=2021-11&by=${by}`).expect(200);
      const total = res.body.series.reduce((n: number, p: { count: number }) => n + p.count, 0);
      expect({ by, total }).toEqual({ by, total: 254 });
      expect(Object.keys(res.body.labels).length).toBeGreaterThan(0);
    }
  });

  it('lists organisations with filters and pages of 20 by default', async () => {
    const all = await system.http().get('/api/v1/organisations').expect(200);
    expect(all.body).toMatchObject({ total: 254, page: 1, pageSize: 20 });
    expect(all.body.items).toHaveLength(20);

    const tree = (await system.http().get('/api/v1/tiers/tree')).body[0];
    const community = tree.children[0];
    const sub = await system.http().get(`/api/v1/organisations?tierNodeId=${community.id}&pageSize=100`).expect(200);
    expect(sub.body.total).toBe(community.organisationCount);
    const allowed = new Set([community.id, ...community.children.map((v: { id: string }) => v.id)]);
    for (const org of sub.body.items) expect(allowed.has(org.tierNodeId)).toBe(true);

    const teams = await system.http().get('/api/v1/organisations?type=volunteer_team&pageSize=5&page=2').expect(200);
    expect(teams.body.items.every((o: { type: string }) => o.type === 'volunteer_team')).toBe(true);
    expect(teams.body.page).toBe(2);

    const search = await system
      .http()
      .get(`/api/v1/organisations?q=${encodeURIComponent('志愿服务队')}`)
      .expect(200);
    expect(search.body.total).toBeGreaterThan(0);
  });

  it('creates a village, registers an organisation there, changes its status and keeps the history', async () => {
    const tree = (await system.http().get('/api/v1/tiers/tree')).body[0];
    const community = tree.children[1];
    const village = await system
      .http()
      .post('/api/v1/tiers')
      .send({ parentId: community.id, level: 'village', name: '新建测试村', code: 'JL-T-01' })
      .expect(201);
    expect(village.body).toMatchObject({ parentId: community.id, level: 'village', name: '新建测试村' });
    expect(village.body.ancestors).toEqual([tree.id, community.id]);

    const renamed = await system
      .http()
      .patch(`/api/v1/tiers/${village.body.id}`)
      .send({ name: '新建测试村（改）' })
      .expect(200);
    expect(renamed.body.name).toBe('新建测试村（改）');

    const created = await system
      .http()
      .post('/api/v1/organisations')
      .send({
        name: '新建测试村孝善敬老协会',
        type: 'elderly_association',
        tierNodeId: village.body.id,
        foundedOn: '2021-10-01',
        joinedOn: '2021-10-20',
        leader: '李桂兰',
        memberCount: 18,
      })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'incubating', statusSince: '2021-10-20', tierLevel: 'village' });
    expect(created.body.statusHistory).toHaveLength(1);

    const changed = await system
      .http()
      .post(`/api/v1/organisations/${created.body.id}/status`)
      .send({ status: 'active', reason: '开展首次敬老活动', effectiveOn: '2021-11-05' })
      .expect(200);
    expect(changed.body.status).toBe('active');
    expect(changed.body.statusHistory.map((h: { toStatus: string }) => h.toStatus)).toEqual(['incubating', 'active']);

    const patched = await system
      .http()
      .patch(`/api/v1/organisations/${created.body.id}`)
      .send({ memberCount: 25 })
      .expect(200);
    expect(patched.body.memberCount).toBe(25);

    const growth = await system
      .http()
      .get(`/api/v1/organisations/growth?from=2021-10&to=2021-11&tierNodeId=${village.body.id}`)
      .expect(200);
    expect(growth.body.series.map((p: { count: number; new: number }) => [p.count, p.new])).toEqual([
      [1, 1],
      [1, 0],
    ]);

    const dissolved = await system
      .http()
      .post(`/api/v1/organisations/${created.body.id}/status`)
      .send({ status: 'dissolved', reason: '成员并入其他协会', effectiveOn: '2021-11-20' })
      .expect(200);
    expect(dissolved.body.status).toBe('dissolved');
    const after = await system
      .http()
      .get(`/api/v1/organisations/growth?from=2021-11&to=2021-11&tierNodeId=${village.body.id}`)
      .expect(200);
    expect(after.body.series[0]).toMatchObject({ count: 0, dissolved: 1 });
  });

  it('shows every village’s coverage for a period, which villages it is not reaching, and exports it', async () => {
    type Village = {
      tierNodeId: string;
      communityId: string;
      organisations: number;
      approvedMinutes: number;
      peopleServed: number;
      reached: boolean;
      missing: string[];
    };
    const head = system.http();
    const VILLAGE = demoId('tier', 'JL-01-01');
    const url = '/api/v1/reports/coverage?from=2021-11-01&to=2021-11-30';
    const before = (await head.get(url).expect(200)).body;
    expect(before).toMatchObject({ from: '2021-11-01', to: '2021-11-30' });
    // The 51 villages of the demo station, and the one an earlier step added.
    expect(before.villages.length).toBeGreaterThanOrEqual(51);
    const villages: Village[] = before.villages;
    expect(before.unreached).toBe(villages.filter((v) => !v.reached).length);
    const organisations = villages.reduce((n, v) => n + v.organisations, 0);
    expect(before.totals.organisations).toBe(organisations);
    expect(organisations).toBeGreaterThan(0);
    expect(organisations).toBeLessThanOrEqual(254);
    for (const v of villages)
      expect(v.reached).toBe(!(v.missing.includes('activities') && v.missing.includes('hours')));
    const was = villages.find((v) => v.tierNodeId === VILLAGE)!;

    // The village lead records 150 minutes for six households; once the head approves, the village shows them.
    const lead = await system.as('village');
    const entry = await lead
      .post('/api/v1/hours')
      .send({
        volunteerId: demoId('volunteer', 'persona'),
        date: '2021-11-25',
        minutes: 150,
        content: '为独居老人送安全头盔',
        place: '北村',
        recipients: '独居老人 6 户',
      })
      .expect(201);
    await head.post(`/api/v1/hours/${entry.body.id}/approve`).send({}).expect(200);
    const after = (await head.get(url).expect(200)).body;
    const now = (after.villages as Village[]).find((v) => v.tierNodeId === VILLAGE)!;
    expect(now.approvedMinutes - was.approvedMinutes).toBe(150);
    expect(now.peopleServed - was.peopleServed).toBe(6);
    expect(now).toMatchObject({ reached: true });
    expect(now.missing).not.toContain('hours');
    expect(after.totals.approvedMinutes - before.totals.approvedMinutes).toBe(150);
    // Outside the period, it is not counted.
    const december = (await head.get('/api/v1/reports/coverage?from=2021-12-01&to=2021-12-31').expect(200)).body;
    expect((december.villages as Village[]).find((v) => v.tierNodeId === VILLAGE)!.approvedMinutes).toBe(0);

    // A community lead sees the villages of their community only; a volunteer sees none.
    const community = (await (await system.as('community')).get(url).expect(200)).body.villages as Village[];
    expect(community.length).toBeGreaterThan(0);
    expect(community.length).toBeLessThan(villages.length);
    expect(community.every((v) => v.communityId === demoId('tier', 'JL-01'))).toBe(true);
    await (await system.as('volunteer')).get(url).expect(403);

    const both = await head.get('/api/v1/reports/coverage?month=2021-11&from=2021-11-01');
    expect({ status: both.status, code: both.body.code }).toEqual({ status: 400, code: 'COVERAGE.RANGE_INVALID' });
    const backwards = await head.get('/api/v1/reports/coverage?from=2021-12-01&to=2021-11-01');
    expect({ status: backwards.status, code: backwards.body.code }).toEqual({
      status: 400,
      code: 'COVERAGE.RANGE_INVALID',
    });

    const csv = await head.get(`/api/v1/reports/coverage/export?from=2021-11-01&to=2021-11-30&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain('village-coverage-2021-11-01-2021-11-30.csv');
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(villages.length + 1);
    expect(lines[0]).toMatch(/^社区 Community,村（居）Village/);
    const xlsx = await binary('/api/v1/reports/coverage/export?from=2021-11-01&to=2021-11-30');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the civil affairs bureau’s monthly report with the same figures as the API, as PDF and XLSX', async () => {
    const head = system.http();
    const first = await head.get('/api/v1/reports/bureau?month=2021-11');
    expect({ status: first.status, body: first.status === 200 ? {} : first.body }).toEqual({ status: 200, body: {} });
    const report = first.body;
    expect(report).toMatchObject({
      station: '九龙街道社工站',
      period: { kind: 'month', label: '2021年11月', from: '2021-11-01', to: '2021-11-30' },
    });
    // Organisations: the growth endpoint's figures for the month, by type, tier and status alike.
    const growth = (await head.get('/api/v1/organisations/growth?from=2021-11&to=2021-11').expect(200)).body;
    expect(report.organisations.total).toBe(growth.series[0].count);
    expect(report.organisations.new).toBe(growth.series[0].new);
    for (const by of ['byType', 'byTier', 'byStatus']) {
      const sum = (report.organisations[by] as { count: number }[]).reduce((n, r) => n + r.count, 0);
      expect({ by, sum }).toEqual({ by, sum: report.organisations.total });
    }
    // Hours: the coverage report's total for the same month; the domains add up to it.
    const coverage = (await head.get('/api/v1/reports/coverage?month=2021-11').expect(200)).body;
    expect(report.hours.approvedMinutes).toBe(coverage.totals.approvedMinutes);
    expect(report.hours.peopleServed).toBe(coverage.totals.peopleServed);
    const domains = (report.hours.byDomain as { minutes: number }[]).reduce((n, d) => n + d.minutes, 0);
    expect(domains).toBe(report.hours.approvedMinutes);
    expect(report.activitiesHeld).toBe(coverage.totals.activities);
    expect(report.volunteers.recruited).toBe(report.volunteers.recruitedAdults + report.volunteers.recruitedMinors);
    expect(report.byCommunity).toHaveLength(6);

    // A year works too; a month still to come, or a month and a year at once, does not.
    const year = (await head.get('/api/v1/reports/bureau?year=2021').expect(200)).body;
    expect(year.period).toMatchObject({ kind: 'year', from: '2021-01-01', to: '2021-12-31' });
    expect(year.hours.approvedMinutes).toBeGreaterThanOrEqual(report.hours.approvedMinutes);
    for (const query of ['month=2999-01', 'month=2021-11&year=2021']) {
      const res = await head.get(`/api/v1/reports/bureau?${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'BUREAU_REPORT.PERIOD_INVALID',
      });
    }
    await (await system.as('volunteer')).get('/api/v1/reports/bureau?month=2021-11').expect(403);

    const pdf = await binary('/api/v1/reports/bureau/export?month=2021-11');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('bureau-report-2021-11.pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await binary('/api/v1/reports/bureau/export?month=2021-11&format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});
