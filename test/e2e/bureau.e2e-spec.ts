import { DEMO_STATION, demoId } from '#linli/contracts';
import { asBytes, TestSystem, type Client } from './support/system.js';

/**
 * The district bureau's officer: a roll-up of the stations they supervise and each one's
 * report, the same figures its head gets, and never a station's people.
 */
describe('bureau officer: a roll-up of supervised stations, their reports, never their people', () => {
  let system: TestSystem;
  let officer: Client;
  let seq = 0;
  const phone = () => `137${String(Date.now() % 1e4).padStart(4, '0')}${String(++seq).padStart(4, '0')}`;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'bureau' });
    await system.as('head');
    officer = await system.as('bureau');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('sees the demo station in the roll-up with the figures of its head’s own report, and that report', async () => {
    const head = system.http();
    const own = (await head.get('/api/v1/reports/bureau?month=2021-11').expect(200)).body;
    const rollup = (await officer.get('/api/v1/bureau/stations?month=2021-11').expect(200)).body;
    expect(rollup.period).toMatchObject({ kind: 'month', label: '2021年11月', from: '2021-11-01', to: '2021-11-30' });
    expect(rollup.stations).toHaveLength(1);
    const [row] = rollup.stations;
    expect(row).toMatchObject({
      stationId: DEMO_STATION.tenantId,
      name: DEMO_STATION.name,
      region: DEMO_STATION.region,
      organisations: own.organisations.total,
      newOrganisations: own.organisations.new,
      volunteers: own.volunteers.total,
      recruited: own.volunteers.recruited,
      recruitedMinors: own.volunteers.recruitedMinors,
      approvedHours: own.hours.approvedHours,
      peopleServed: own.hours.peopleServed,
      activitiesHeld: own.activitiesHeld,
      certificatesIssued: own.certificatesIssued,
    });
    expect(row.organisations).toBe(254);
    // Every village of the demo tree, and how many the station reached: the coverage report's count.
    const coverage = (await head.get('/api/v1/reports/coverage?month=2021-11').expect(200)).body;
    expect(row.villages).toBe(coverage.villages.length);
    expect(row.villagesReached).toBe(coverage.villages.length - coverage.unreached);
    expect(rollup.totals).toMatchObject({ organisations: row.organisations, approvedHours: row.approvedHours });

    const report = (
      await officer.get(`/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report?month=2021-11`).expect(200)
    ).body;
    expect({ ...report, generatedAt: '' }).toEqual({ ...own, generatedAt: '' });
    const pdf = await asBytes(
      officer.get(`/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report/export?month=2021-11`),
    ).expect(200);
    expect(pdf.headers['content-disposition']).toContain('bureau-report-2021-11.pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const future = await officer.get('/api/v1/bureau/stations?month=2999-01');
    expect({ status: future.status, code: future.body.code }).toEqual({
      status: 400,
      code: 'BUREAU_REPORT.PERIOD_INVALID',
    });
  });

  it('never reaches a station’s people: every personal or station-scoped endpoint is refused', async () => {
    const persona = demoId('volunteer', 'persona');
    for (const path of [
      '/api/v1/volunteers',
      `/api/v1/volunteers/${persona}`,
      `/api/v1/volunteers/${persona}/hours`,
      '/api/v1/hours?status=pending',
      '/api/v1/organisations',
      '/api/v1/users',
      '/api/v1/tiers/tree',
      '/api/v1/teams',
      '/api/v1/shifts',
      '/api/v1/reports/coverage?month=2021-11',
      '/api/v1/reports/bureau?month=2021-11',
      '/api/v1/hours/export?groupBy=volunteer',
    ]) {
      const res = await officer.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: res.status === 404 ? 404 : 403 });
      expect({ path, ok: res.status < 300 }).toEqual({ path, ok: false });
    }
    // The roll-up and the report hold counts and community names, no person.
    const rollup = JSON.stringify((await officer.get('/api/v1/bureau/stations?month=2021-11').expect(200)).body);
    const report = JSON.stringify(
      (await officer.get(`/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report?month=2021-11`).expect(200)).body,
    );
    for (const text of [rollup, report]) {
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      expect(text).not.toContain('陈志愿');
      expect(text).not.toMatch(/\d{17}[\dX]/);
    }
    // The station head is no officer.
    await system.http().get('/api/v1/bureau/stations').expect(403);
  });

  it('is opened by the platform admin over several stations, and what it supervises can change', async () => {
    const admin = await system.as('admin');
    const headPhone = phone();
    const second = await admin
      .post('/api/v1/stations')
      .send({
        name: `南湖街道社工站${seq}`,
        region: '吉林省长春市南关区',
        head: { name: '南湖站长', phone: headPhone },
      })
      .expect(201);
    const officerPhone = phone();
    const created = await admin
      .post('/api/v1/bureau-officers')
      .send({ name: '周科长', phone: officerPhone, stationIds: [DEMO_STATION.tenantId, second.body.id] })
      .expect(201);
    expect(created.body.stations.map((s: { id: string }) => s.id).sort()).toEqual(
      [DEMO_STATION.tenantId, second.body.id].sort(),
    );
    expect(created.body.user.grants.every((g: { role: string }) => g.role === 'bureau_officer')).toBe(true);
    const listed = (await admin.get('/api/v1/bureau-officers').expect(200)).body as { user: { id: string } }[];
    expect(listed.map((o) => o.user.id)).toContain(created.body.user.id);

    const session = (
      await system
        .anonymous()
        .post('/api/v1/auth/activate')
        .send({ phone: officerPhone, code: created.body.activationCode, password: 'Bureau2021pw' })
        .expect(200)
    ).body;
    const zhou = system.withToken(session.accessToken);
    const rollup = (await zhou.get('/api/v1/bureau/stations?month=2021-11').expect(200)).body;
    expect(rollup.stations).toHaveLength(2);
    const fresh = rollup.stations.find((s: { stationId: string }) => s.stationId === second.body.id);
    expect(fresh).toMatchObject({ organisations: 0, volunteers: 0, approvedHours: 0, villages: 0 });
    const sum = rollup.stations.reduce((n: number, s: { organisations: number }) => n + s.organisations, 0);
    expect(rollup.totals.organisations).toBe(sum);

    // Supervision of the demo station ends; the next token no longer reaches it.
    const changed = await admin
      .put(`/api/v1/bureau-officers/${created.body.user.id}/stations`)
      .send({ stationIds: [second.body.id] })
      .expect(200);
    expect(changed.body.stations.map((s: { id: string }) => s.id)).toEqual([second.body.id]);
    const refreshed = (
      await system.anonymous().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)
    ).body;
    const later = system.withToken(refreshed.accessToken);
    expect((await later.get('/api/v1/bureau/stations?month=2021-11').expect(200)).body.stations).toHaveLength(1);
    const gone = await later.get(`/api/v1/bureau/stations/${DEMO_STATION.tenantId}/report?month=2021-11`);
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: 'STATION.NOT_FOUND' });

    // Bad input and the wrong caller are refused with stable codes.
    const unknown = await admin
      .post('/api/v1/bureau-officers')
      .send({ name: '吴科长', phone: phone(), stationIds: [demoId('station', 'none')] });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'STATION.NOT_FOUND' });
    const empty = await admin.post('/api/v1/bureau-officers').send({ name: '吴科长', phone: phone(), stationIds: [] });
    expect({ status: empty.status, code: empty.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
    const taken = await admin
      .post('/api/v1/bureau-officers')
      .send({ name: '吴科长', phone: officerPhone, stationIds: [second.body.id] });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'USER.PHONE_TAKEN' });
    await system
      .http()
      .post('/api/v1/bureau-officers')
      .send({ name: '吴科长', phone: phone(), stationIds: [DEMO_STATION.tenantId] })
      .expect(403);
    const notOfficer = await admin
      .put(`/api/v1/bureau-officers/${demoId('user', 'admin')}/stations`)
      .send({ stationIds: [second.body.id] });
    expect({ status: notOfficer.status, code: notOfficer.body.code }).toEqual({ status: 404, code: 'USER.NOT_FOUND' });
  });
});
