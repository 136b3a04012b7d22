import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DEMO_STATION, demoId, tierPath } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import type { NatsConnection } from '@nats-io/transport-node';
import { attendanceEvent, demoTierTree, publishToStream, waitFor } from '#linli/testing';
import { asBytes, TestSystem, type Client } from './support/system.js';

const PERSONA = demoId('volunteer', 'persona');
const VILLAGE = demoId('tier', 'JL-01-01');
const PATH = demoTierTree().village.path;
const OUTSIDE_VILLAGE = demoId('tier', 'JL-02-01');
const OUTSIDE_PATH = tierPath([DEMO_STATION.rootNodeId, demoId('tier', 'JL-02')], OUTSIDE_VILLAGE);

describe('service hours: the volunteer’s and the leader’s journeys', () => {
  let system: TestSystem;
  let nc: NatsConnection;
  let volunteer: Client;
  let village: Client;
  let head: Client;

  let day = 0;
  /** A check-out on a day of its own, so each is recognisable by its check-in time. */
  const checkOut = async (volunteerId: string, minutes: number, where = { tierNodeId: VILLAGE, tierPath: PATH }) => {
    const date = `2021-10-${String(1 + (day++ % 28)).padStart(2, '0')}`;
    const event = attendanceEvent(DEMO_STATION.tenantId, { id: volunteerId, ...where }, { minutes, day: date });
    await publishToStream(nc, event);
    return event;
  };

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'hours_e2e' });
    nc = await connectNats(system.nats.url, 'hours-e2e');
    volunteer = await system.as('volunteer');
    village = await system.as('village');
    head = await system.as('head');
  });

  afterAll(async () => {
    await nc?.close().catch(() => undefined);
    await system?.close();
  });

  it('a volunteer sees a check-out as pending within a second, beside their star level and progress', async () => {
    const before = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    expect(before.starLevel).toBe(1);
    expect(before.nextStar).toEqual({ level: 2, minutesToGo: 300 * 60 - before.approvedMinutes });
    const event = await checkOut(PERSONA, 100);
    const started = Date.now();
    const after = await waitFor(
      async () => (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`)).body,
      (b) => b.entries.some((e: { checkedInAt: string }) => e.checkedInAt === event.payload.checkedInAt),
      5000,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(after.pendingMinutes).toBe(before.pendingMinutes + 100);
    expect(after.approvedMinutes).toBe(before.approvedMinutes);
    expect(after.hours).toBeCloseTo(after.approvedMinutes / 60, 2);
    const entry = after.entries.find((e: { checkedInAt: string }) => e.checkedInAt === event.payload.checkedInAt);
    expect(entry).toMatchObject({
      status: 'pending',
      minutes: 100,
      activity: event.payload.activityTitle,
      recordedBy: event.payload.recordedBy,
    });
    // Approved entries say who approved them.
    expect(after.entries.find((e: { status: string }) => e.status === 'approved').approvedBy).toBe(
      demoId('user', 'village'),
    );

    // Someone else's hours are not theirs to see.
    await checkOut(randomUUID(), 60);
    const other = randomUUID();
    await checkOut(other, 60);
    await waitFor(
      async () => (await head.get(`/api/v1/volunteers/${other}/hours`)).status,
      (s) => s === 200,
    );
    await volunteer.get(`/api/v1/volunteers/${other}/hours`).expect(403);
    // A period narrows the entries and totals; the star level stays all-time.
    const period = (
      await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours?from=2021-03-01&to=2021-03-31`).expect(200)
    ).body;
    expect(period.entries.every((e: { date: string }) => e.date.startsWith('2021-03'))).toBe(true);
    expect(period.starLevel).toBe(1);
  });

  it('a leader records service outside a shift, sees the queue of their subtree, approves, extends, rejects and bulk-approves', async () => {
    const manual = await village
      .post('/api/v1/hours')
      .send({
        volunteerId: PERSONA,
        date: '2021-11-25',
        minutes: 150,
        content: '为独居老人送安全头盔',
        place: '北村',
        recipients: '独居老人 6 户',
      })
      .expect(201);
    expect(manual.body).toMatchObject({
      kind: 'manual',
      status: 'pending',
      recordedBy: demoId('user', 'village'),
      recipients: '独居老人 6 户',
    });
    await volunteer
      .post('/api/v1/hours')
      .send({ volunteerId: PERSONA, date: '2021-11-25', minutes: 60, content: 'x', place: 'y', recipients: 'z' })
      .expect(403);

    const outsider = randomUUID();
    await checkOut(outsider, 90, { tierNodeId: OUTSIDE_VILLAGE, tierPath: OUTSIDE_PATH });
    const long = await checkOut(PERSONA, 150); // 150 minutes on a 120-minute shift: capped
    await waitFor(
      async () => (await village.get('/api/v1/hours?status=pending&pageSize=100')).body.items,
      (items: { checkedInAt: string }[]) => items.some((i) => i.checkedInAt === long.payload.checkedInAt),
    );
    const queue = (await village.get('/api/v1/hours?status=pending&pageSize=100').expect(200)).body;
    expect(queue.items.every((i: { volunteerId: string }) => i.volunteerId !== outsider)).toBe(true);
    expect((await head.get('/api/v1/hours?status=pending&pageSize=100').expect(200)).body.total).toBeGreaterThan(
      queue.total,
    );
    expect((await village.get(`/api/v1/hours?tierNodeId=${VILLAGE}`).expect(200)).body.total).toBe(queue.total);
    await village.get(`/api/v1/hours?tierNodeId=${OUTSIDE_VILLAGE}`).expect(403);
    await volunteer.get('/api/v1/hours').expect(403);

    const capped = queue.items.find((i: { checkedInAt: string }) => i.checkedInAt === long.payload.checkedInAt);
    expect(capped).toMatchObject({ minutes: 120, actualMinutes: 150, shiftMinutes: 120 });
    await village.post(`/api/v1/hours/${capped.id}/approve`).send({ minutes: 200 }).expect(422);
    const extended = await village.post(`/api/v1/hours/${capped.id}/approve`).send({ minutes: 150 }).expect(200);
    expect(extended.body).toMatchObject({
      status: 'approved',
      minutes: 150,
      countedMinutes: 150,
      approvedBy: demoId('user', 'village'),
    });
    await village.post(`/api/v1/hours/${capped.id}/approve`).send({}).expect(409);
    const rejected = await village
      .post(`/api/v1/hours/${manual.body.id}/reject`)
      .send({ reason: '日期有误' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '日期有误', countedMinutes: 0 });
    await village.post(`/api/v1/hours/${manual.body.id}/reject`).send({}).expect(400);

    const pendingIds = (await village.get('/api/v1/hours?status=pending&pageSize=100').expect(200)).body.items.map(
      (i: { id: string }) => i.id,
    );
    const outsideId = (await head.get(`/api/v1/hours?volunteerId=${outsider}`).expect(200)).body.items[0].id;
    const before = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    const bulk = await village
      .post('/api/v1/hours/approve')
      .send({ ids: [...pendingIds, capped.id, outsideId, randomUUID()] })
      .expect(200);
    expect(bulk.body.approved).toBe(pendingIds.length);
    const outcome = (id: string) => bulk.body.results.find((r: { id: string }) => r.id === id).outcome;
    expect(outcome(capped.id)).toBe('already_decided');
    expect(outcome(outsideId)).toBe('forbidden');
    expect(bulk.body.results.at(-1).outcome).toBe('not_found');
    const after = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    expect(after.pendingMinutes).toBe(0);
    expect(after.approvedMinutes).toBe(before.approvedMinutes + before.pendingMinutes);
    expect((await village.get('/api/v1/hours?status=pending').expect(200)).body.total).toBe(0);
  });

  it('a correction appends a linked entry; the leader accepts or refuses it; the history shows both', async () => {
    const summary = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    const target = summary.entries.find(
      (e: { status: string; kind: string }) => e.status === 'approved' && e.kind !== 'correction',
    );
    const asked = await volunteer
      .post(`/api/v1/hours/${target.id}/corrections`)
      .send({ minutes: target.minutes + 30, reason: '实际晚半小时签退' })
      .expect(201);
    expect(asked.body).toMatchObject({
      kind: 'correction',
      status: 'pending',
      correctionOf: target.id,
      correctionReason: '实际晚半小时签退',
    });
    await volunteer.post(`/api/v1/hours/${target.id}/corrections`).send({ minutes: 1, reason: '再来一次' }).expect(409);
    await volunteer.post(`/api/v1/hours/corrections/${asked.body.id}/accept`).send({}).expect(403);
    const queue = (await village.get('/api/v1/hours?status=pending&kind=correction').expect(200)).body;
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(asked.body.id);
    await village.post(`/api/v1/hours/${asked.body.id}/approve`).send({}).expect(409); // corrections have their own endpoint
    await village.post(`/api/v1/hours/corrections/${asked.body.id}/accept`).send({ reason: '核实属实' }).expect(200);

    const after = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    expect(after.approvedMinutes).toBe(summary.approvedMinutes + 30);
    const old = after.entries.find((e: { id: string }) => e.id === target.id);
    const fixed = after.entries.find((e: { id: string }) => e.id === asked.body.id);
    expect(old).toMatchObject({ status: 'superseded', minutes: target.minutes, supersededBy: asked.body.id });
    expect(fixed).toMatchObject({ status: 'approved', minutes: target.minutes + 30, correctionOf: target.id });

    // A refused correction leaves the entry as it was.
    const second = await volunteer
      .post(`/api/v1/hours/${asked.body.id}/corrections`)
      .send({ minutes: 999, reason: '多记一些' })
      .expect(201);
    await village
      .post(`/api/v1/hours/corrections/${second.body.id}/refuse`)
      .send({ reason: '与签到记录不符' })
      .expect(200);
    const final = (await volunteer.get(`/api/v1/volunteers/${PERSONA}/hours`).expect(200)).body;
    expect(final.approvedMinutes).toBe(after.approvedMinutes);
    expect(final.entries.find((e: { id: string }) => e.id === second.body.id)).toMatchObject({
      status: 'rejected',
      decisionReason: '与签到记录不符',
    });
  });

  it('issues a certificate anyone can verify; a revoked or replaced one says so', async () => {
    const issued = await volunteer
      .post(`/api/v1/volunteers/${PERSONA}/certificates`)
      .send({ from: '2021-01-01' })
      .expect(201);
    expect(issued.body.number).toMatch(/^JL-\d{4}-\d{6}$/);
    expect(issued.body.pdfUrl).toBe(`/api/v1/certificates/${issued.body.number}.pdf`);

    const pdf = await asBytes(volunteer.get(issued.body.pdfUrl)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.HOURS_PDF_OUT) writeFileSync(process.env.HOURS_PDF_OUT, pdf.body as Buffer);
    await village.get(issued.body.pdfUrl).expect(200);
    await system.anonymous().get(issued.body.pdfUrl).expect(401);

    const check = await system
      .anonymous()
      .get(`/api/v1/certificates/verify/${issued.body.verificationCode}`)
      .expect(200);
    expect(check.body).toMatchObject({
      number: issued.body.number,
      status: 'valid',
      issuer: DEMO_STATION.name,
      periodFrom: '2021-01-01',
    });
    expect(check.body.approvedMinutes).toBe(issued.body.approvedMinutes);
    expect(check.body.volunteerName).toContain('*');
    await system.anonymous().get('/api/v1/certificates/verify/ZZZZZZZZZZZZ').expect(404);
    await system.anonymous().get('/api/v1/certificates/verify/nonsense').expect(404);

    await volunteer.post(`/api/v1/certificates/${issued.body.number}/revoke`).send({ reason: '我想撤销' }).expect(403);
    await village
      .post(`/api/v1/certificates/${issued.body.number}/revoke`)
      .send({ reason: '时长经更正，已重新出具' })
      .expect(200);
    const revoked = await system
      .anonymous()
      .get(`/api/v1/certificates/verify/${issued.body.verificationCode}`)
      .expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: '时长经更正，已重新出具' });
    await village.post(`/api/v1/certificates/${issued.body.number}/revoke`).send({ reason: 'again' }).expect(409);

    const first = await village
      .post(`/api/v1/volunteers/${PERSONA}/certificates`)
      .send({ from: '2021-06-01', to: '2021-06-30' })
      .expect(201);
    const second = await village
      .post(`/api/v1/volunteers/${PERSONA}/certificates`)
      .send({ from: '2021-06-01', to: '2021-06-30' })
      .expect(201);
    expect(Number(second.body.number.slice(-6))).toBe(Number(first.body.number.slice(-6)) + 1);
    const replaced = await system
      .anonymous()
      .get(`/api/v1/certificates/verify/${first.body.verificationCode}`)
      .expect(200);
    expect(replaced.body).toMatchObject({ status: 'superseded', supersededBy: second.body.number });
  });

  it('exports hours by volunteer, team, project or village as CSV and XLSX', async () => {
    const csv = await asBytes(head.get('/api/v1/hours/export?groupBy=village&format=csv')).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain('村级服务点');
    const xlsx = await asBytes(
      village.get('/api/v1/hours/export?groupBy=volunteer&format=xlsx&from=2021-01-01&to=2021-12-31'),
    ).expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    await volunteer.get('/api/v1/hours/export?groupBy=volunteer').expect(403);
    await head.get('/api/v1/hours/export?groupBy=nothing').expect(400);
  });

  it('refuses in the database to update or delete a ledger row', async () => {
    const data = system.data.get('hours')!;
    const [row] = await data.query('SELECT id FROM entries LIMIT 1');
    await expect(data.query('UPDATE entries SET minutes = minutes + 60 WHERE id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(data.query('DELETE FROM entry_decisions WHERE entry_id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
