import { jetstream } from '@nats-io/jetstream';
import { randomUUID } from 'node:crypto';
import { DEMO_STATION, demoId, TeamsApi } from '#linli/contracts';
import { connectNats } from '#linli/platform';
import { waitFor } from '#linli/testing';
import { makeResidentId } from '../../services/volunteers/src/volunteers/id-number.js';
import { TestSystem, type Client } from './support/system.js';

/** Volunteer registration, privacy and imports, through the gateway as the demo personas. */
describe('volunteers', () => {
  let system: TestSystem;
  let head: Client;
  let village: Client;
  let volunteer: Client;
  const jl0101 = demoId('tier', 'JL-01-01');
  const jl0201 = demoId('tier', 'JL-02-01');
  let seq = 100;
  const phone = () => `158${String(Date.now() % 1e4).padStart(4, '0')}${String(++seq).padStart(4, '0')}`;
  const adultId = () => makeResidentId('370704', '1986-04-15', ++seq % 1000);
  const base = (extra: Record<string, unknown> = {}) => ({
    name: '周明',
    idType: 'resident_id',
    idNumber: adultId(),
    phone: phone(),
    skills: ['急救'],
    availableTimes: ['周末上午'],
    consent: true,
    tierNodeId: jl0101,
    ...extra,
  });
  const csv = (rows: string[][]) =>
    ['姓名,性别,身份证号,手机号,所属村/社区,技能,志愿服务队', ...rows.map((r) => r.join(','))].join('\r\n');

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'volunteers' });
    head = await system.as('head');
    village = await system.as('village');
    volunteer = await system.as('volunteer');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('the demo seed imported 1,106 volunteers over all 51 villages, 27 student minors and one recruiter of 31', async () => {
    const ds = system.data.get('volunteers')!;
    const [{ total, villages }] = await ds.query(
      `SELECT count(*)::int AS total, count(DISTINCT tier_node_id)::int AS villages FROM volunteers`,
    );
    expect(total).toBe(1106);
    expect(villages).toBe(51);
    const students = await head
      .get('/api/v1/volunteers?teamName=九龙青少年志愿服务队&ageBand=under18&pageSize=100')
      .expect(200);
    expect(students.body.total).toBe(27);
    expect(students.body.items.every((v: { guardian: { consentGiven: boolean } }) => v.guardian.consentGiven)).toBe(
      true,
    );
    const recruiters = await head.get('/api/v1/volunteers/recruiters').expect(200);
    expect(recruiters.body[0]).toEqual({
      volunteerId: demoId('volunteer', 'recruiter'),
      name: '孙秀英',
      recruitedCount: 31,
    });
    const daughter = await head.get(`/api/v1/volunteers/${demoId('volunteer', 'student-founder')}`).expect(200);
    expect(daughter.body).toMatchObject({
      isMinor: true,
      recruitedBy: demoId('volunteer', 'recruiter'),
      teamName: '九龙青少年志愿服务队',
    });
  });

  it('registers a volunteer with the ID checked, birth date and sex derived, an activation code, the ID masked and encrypted at rest', async () => {
    const idNumber = makeResidentId('370704', '1985-03-12', 124);
    const res = await village
      .post('/api/v1/volunteers')
      .send(base({ name: '陈晓梅', idNumber }))
      .expect(201);
    expect(res.body).toMatchObject({
      name: '陈晓梅',
      sex: 'female',
      birthDate: '1985-03-12',
      status: 'active',
      isMinor: false,
      idNumberRevealed: false,
    });
    expect(res.body.idNumber).toBe(`370704********${idNumber.slice(-4)}`);
    expect(res.body.activationCode).toMatch(/^\d{6}$/);
    expect(res.body.userId).toBeTruthy();
    const [row] = await system.data
      .get('volunteers')!
      .query('SELECT id_number_enc, id_number_hash FROM volunteers WHERE id = $1', [res.body.id]);
    expect(row.id_number_enc).toMatch(/^v1:/);
    expect(row.id_number_enc).not.toContain(idNumber);
    expect(row.id_number_hash).not.toContain(idNumber);
    const [event] = await system.data
      .get('volunteers')!
      .query(`SELECT subject, payload FROM outbox WHERE payload->>'volunteerId' = $1`, [res.body.id]);
    expect(event).toMatchObject({
      subject: 'evt.volunteers.volunteer.registered',
      payload: { tierNodeId: jl0101, sex: 'female', isMinor: false, hasInsurance: false },
    });
  });

  it('refuses bad ID numbers with their own codes', async () => {
    const good = adultId();
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ idNumber: wrongCheck }, 400, 'VOLUNTEER.ID_CHECKSUM'],
      [{ idNumber: '12345' }, 400, 'VOLUNTEER.ID_NUMBER_INVALID'],
      [
        { idNumber: makeResidentId('370704', '1985-03-12', 124).replace(/^/, ''), sex: 'male' },
        400,
        'VOLUNTEER.ID_SEX_MISMATCH',
      ],
      [{ idNumber: good, birthDate: '1999-01-01' }, 400, 'VOLUNTEER.ID_BIRTH_DATE_MISMATCH'],
      [{ consent: false }, 400, 'VALIDATION.FAILED'],
    ];
    for (const [extra, status, code] of cases) {
      const res = await village.post('/api/v1/volunteers').send(base(extra));
      expect([res.status, res.body.code]).toEqual([status, code]);
    }
    const res = await village.post('/api/v1/volunteers').send(base({ idNumber: wrongCheck }));
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'idNumber', code: 'VOLUNTEER.ID_CHECKSUM' })]);
  });

  it('refuses a minor without a guardian or without guardian consent (422), accepts one with both', async () => {
    const year = new Date().getUTCFullYear() - 15;
    const idNumber = makeResidentId('370704', `${year}-06-01`, 77);
    const noGuardian = await village.post('/api/v1/volunteers').send(base({ idNumber })).expect(422);
    expect(noGuardian.body.code).toBe('VOLUNTEER.GUARDIAN_REQUIRED');
    const guardian = { name: '王芳', phone: '13905360001', relation: '母亲', consentGiven: false };
    const noConsent = await village.post('/api/v1/volunteers').send(base({ idNumber, guardian })).expect(422);
    expect(noConsent.body.code).toBe('VOLUNTEER.GUARDIAN_CONSENT_REQUIRED');
    const ok = await village
      .post('/api/v1/volunteers')
      .send(base({ idNumber, guardian: { ...guardian, consentGiven: true } }))
      .expect(201);
    expect(ok.body).toMatchObject({
      isMinor: true,
      guardian: { name: '王芳', phone: '139****0001', relation: '母亲', consentGiven: true },
    });
    const [row] = await system.data
      .get('volunteers')!
      .query('SELECT guardian_phone_enc FROM volunteers WHERE id = $1', [ok.body.id]);
    expect(row.guardian_phone_enc).toMatch(/^v1:/);
  });

  it('refuses a duplicate ID number or phone with 409, naming the existing volunteer only to those who may see it', async () => {
    const first = await village.post('/api/v1/volunteers').send(base()).expect(201);
    const [row] = await system.data
      .get('volunteers')!
      .query('SELECT id FROM volunteers WHERE id = $1', [first.body.id]);
    expect(row).toBeTruthy();
    const idNumber = (await head.get(`/api/v1/volunteers/${first.body.id}?reveal=idNumber`).expect(200)).body.idNumber;
    const sameId = await village.post('/api/v1/volunteers').send(base({ idNumber })).expect(409);
    expect(sameId.body).toMatchObject({
      code: 'VOLUNTEER.DUPLICATE',
      details: { field: 'idNumber', existingVolunteerId: first.body.id },
    });
    const samePhone = await village
      .post('/api/v1/volunteers')
      .send(base({ phone: first.body.phone }))
      .expect(409);
    expect(samePhone.body.details).toEqual({ field: 'phone', existingVolunteerId: first.body.id });
    // A volunteer registered in another village: the JL-01-01 lead learns it exists, not who it is.
    const other = await head
      .post('/api/v1/volunteers')
      .send(base({ tierNodeId: jl0201 }))
      .expect(201);
    const otherId = (await head.get(`/api/v1/volunteers/${other.body.id}?reveal=idNumber`).expect(200)).body.idNumber;
    const hidden = await village
      .post('/api/v1/volunteers')
      .send(base({ idNumber: otherId }))
      .expect(409);
    expect(hidden.body.details).toEqual({ field: 'idNumber' });
  });

  it('reveals a full ID number only to the station head and the volunteer, and audits every full read', async () => {
    const idNumber = makeResidentId('370704', '1970-08-08', 201);
    const created = await village.post('/api/v1/volunteers').send(base({ idNumber })).expect(201);
    const masked = await village.get(`/api/v1/volunteers/${created.body.id}`).expect(200);
    expect(masked.body.idNumber).toBe(`370704********${idNumber.slice(-4)}`);
    const refused = await village.get(`/api/v1/volunteers/${created.body.id}?reveal=idNumber`).expect(403);
    expect(refused.body.code).toBe('VOLUNTEER.REVEAL_FORBIDDEN');
    const full = await head
      .get(`/api/v1/volunteers/${created.body.id}?reveal=idNumber`)
      .set('x-request-id', 'audit-test-request-1')
      .expect(200);
    expect(full.body).toMatchObject({ idNumber, idNumberRevealed: true });
    const audit = await system.data
      .get('volunteers')!
      .query('SELECT actor_id, action, fields, request_id FROM audit_log WHERE target_id = $1', [created.body.id]);
    expect(audit).toEqual([
      {
        actor_id: demoId('user', 'head'),
        action: 'volunteer.sensitive.read',
        fields: ['idNumber'],
        request_id: 'audit-test-request-1',
      },
    ]);
  });

  it('lets a volunteer read and edit only their own profile', async () => {
    const me = demoId('volunteer', 'persona');
    const own = await volunteer.get(`/api/v1/volunteers/${me}?reveal=idNumber`).expect(200);
    expect(own.body.idNumber).toMatch(/^370704\d{11}[\dX]$/);
    const patched = await volunteer
      .patch(`/api/v1/volunteers/${me}`)
      .send({ skills: ['摄影', '书法'] })
      .expect(200);
    expect(patched.body.skills).toEqual(['摄影', '书法']);
    expect((await volunteer.patch(`/api/v1/volunteers/${me}`).send({ status: 'left' }).expect(403)).body.code).toBe(
      'VOLUNTEER.FIELD_FORBIDDEN',
    );
    await volunteer.get(`/api/v1/volunteers/${demoId('volunteer', 'recruiter')}`).expect(403);
    await volunteer.get('/api/v1/volunteers').expect(403);
    await volunteer.get(`/api/v1/volunteers/${demoId('volunteer', 'no-such')}`).expect(404);
  });

  it('searches by name, phone tail, skill and age band in the caller’s subtree, 20 per page', async () => {
    const page = await village.get('/api/v1/volunteers').expect(200);
    expect(page.body.pageSize).toBe(20);
    expect(page.body.items.length).toBeLessThanOrEqual(20);
    const all = await village.get('/api/v1/volunteers?pageSize=100').expect(200);
    expect(all.body.items.every((v: { tierNodeId: string }) => v.tierNodeId === jl0101)).toBe(true);
    const p = phone();
    const created = await village
      .post('/api/v1/volunteers')
      .send(base({ name: '欧阳锋', phone: p, skills: ['无人机'] }))
      .expect(201);
    for (const query of ['q=欧阳', `phoneTail=${p.slice(-4)}`, 'skill=无人机', 'ageBand=36-59&q=欧阳']) {
      const found = await village.get(`/api/v1/volunteers?${query}`).expect(200);
      expect(found.body.items.map((v: { id: string }) => v.id)).toContain(created.body.id);
    }
    expect((await village.get('/api/v1/volunteers?ageBand=18-35&q=欧阳').expect(200)).body.total).toBe(0);
    await village.get(`/api/v1/volunteers?tierNodeId=${jl0201}`).expect(403);
  });

  describe('search by team', () => {
    // Membership reaches this service through events. Generous: behind the seed's 1,106 registrations,
    // on a loaded 2-core machine, events can take a while.
    const eventually = <T>(probe: () => Promise<T>, ok: (value: T) => boolean) => waitFor(probe, ok, 60_000);
    const idsIn = (teamId: string) => async () =>
      (await village.get(`/api/v1/volunteers?teamId=${teamId}&pageSize=100`).expect(200)).body.items.map(
        (v: { id: string }) => v.id,
      ) as string[];

    it('finds the current members of a team by teamId, and no longer after they leave it', async () => {
      const team = await village
        .post('/api/v1/teams')
        .send({ name: `搜索测试队${Date.now() % 1e6}`, tierNodeId: jl0101 })
        .expect(201);
      const created = await village
        .post('/api/v1/volunteers')
        .send(base({ name: '队员甲' }))
        .expect(201);
      const member = created.body.id as string;
      // The teams service learns of the new volunteer from its registered event.
      const added = await eventually(
        () => village.post(`/api/v1/teams/${team.body.id}/members`).send({ volunteerId: member, role: 'member' }),
        (res) => res.status !== 404,
      );
      expect(added.status).toBe(201);

      expect(await eventually(idsIn(team.body.id), (ids) => ids.includes(member))).toEqual([member]);
      // The seeded memberships arrive the same way: the demo village team's leader and member.
      expect((await eventually(idsIn(demoId('team', 'JL-01-01')), (ids) => ids.length >= 2)).sort()).toEqual(
        [demoId('volunteer', 'persona'), demoId('volunteer', 'team-leader')].sort(),
      );
      await village.get(`/api/v1/volunteers?teamId=not-a-uuid`).expect(400);

      await village.delete(`/api/v1/teams/${team.body.id}/members/${member}`).expect(200);
      expect(await eventually(idsIn(team.body.id), (ids) => ids.length === 0)).toEqual([]);
      const [row] = await system.data
        .get('volunteers')!
        .query('SELECT left_at FROM team_members WHERE team_id = $1 AND volunteer_id = $2', [team.body.id, member]);
      expect(row.left_at).toBeInstanceOf(Date);
    });

    it('applies a membership’s left event even when it arrives before its joined event', async () => {
      const nc = await connectNats(system.nats.url, 'volunteers-e2e');
      try {
        const [teamId, membershipId] = [randomUUID(), randomUUID()];
        const volunteerId = demoId('volunteer', 'persona');
        const payload = {
          teamId,
          volunteerId,
          role: 'member',
          tierNodeId: jl0101,
          tierPath: '/',
          membershipId,
          joinedAt: new Date(Date.now() - 60_000).toISOString(),
        };
        const publish = async (subject: string, extra: Record<string, unknown> = {}) => {
          const event = {
            id: randomUUID(),
            subject,
            tenantId: DEMO_STATION.tenantId,
            occurredAt: new Date().toISOString(),
            payload: { ...payload, ...extra },
          };
          await jetstream(nc).publish(subject, JSON.stringify(event), { msgID: event.id });
          return event.id;
        };
        const applied = (eventId: string) => async () =>
          (
            await system.data
              .get('volunteers')!
              .query('SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2', ['volunteers-team-members', eventId])
          ).length > 0;
        const left = await publish(TeamsApi.events.memberLeft.subject, { leftAt: new Date().toISOString() });
        expect(await eventually(applied(left), Boolean)).toBe(true);
        const joined = await publish(TeamsApi.events.memberJoined.subject);
        expect(await eventually(applied(joined), Boolean)).toBe(true);
        expect(await idsIn(teamId)()).toEqual([]);
        const rows = await system.data
          .get('volunteers')!
          .query('SELECT left_at IS NOT NULL AS closed FROM team_members WHERE membership_id = $1', [membershipId]);
        expect(rows).toEqual([{ closed: true }]);
      } finally {
        await nc.close();
      }
    });
  });

  it('self-registration through the join link is pending until a leader confirms; the account can log in', async () => {
    const p = phone();
    const joined = await system
      .anonymous()
      .post(`/api/v1/stations/${DEMO_STATION.tenantId}/join`)
      .send({ ...base({ phone: p, name: '自助者' }), password: 'Join2021pw' })
      .expect(201);
    expect(joined.body.status).toBe('pending');
    const login = await system
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ phone: p, password: 'Join2021pw' })
      .expect(200);
    expect(login.body.user.volunteerId).toBe(joined.body.volunteerId);
    const self = system.withToken(login.body.accessToken);
    expect((await self.get(`/api/v1/volunteers/${joined.body.volunteerId}`).expect(200)).body.status).toBe('pending');
    const confirmed = await village.post(`/api/v1/volunteers/${joined.body.volunteerId}/confirm`).expect(200);
    expect(confirmed.body.status).toBe('active');
    expect((await village.post(`/api/v1/volunteers/${joined.body.volunteerId}/confirm`).expect(409)).body.code).toBe(
      'VOLUNTEER.NOT_PENDING',
    );
    await system
      .anonymous()
      .post(`/api/v1/stations/${demoId('station', 'none')}/join`)
      .send({ ...base(), password: 'Join2021pw' })
      .expect(404);
    await system
      .anonymous()
      .post(`/api/v1/stations/${DEMO_STATION.tenantId}/join`)
      .send({ ...base(), password: 'short' })
      .expect(400);
  });

  it('imports a CSV: the dry run reports without writing, the real run writes, the same file again creates nothing', async () => {
    const good = makeResidentId('370704', '1980-01-02', 311);
    const bad = makeResidentId('370704', '1981-02-03', 313);
    const file = csv([
      ['导入甲', '男', good, phone(), '东王村', '急救、驾驶', '东王志愿服务队'],
      ['导入乙', '', makeResidentId('370704', '1982-03-04', 314), phone(), 'JL-01-01', '', ''],
      ['导入丙', '女', bad.slice(0, 17) + (bad[17] === '1' ? '2' : '1'), phone(), '东王村', '', ''],
      ['导入丁', '男', makeResidentId('370704', '1983-04-05', 315), phone(), '不存在村', '', ''],
      ['导入甲', '男', good, phone(), '东王村', '', ''],
    ]);
    const ds = system.data.get('volunteers')!;
    const count = async () => (await ds.query('SELECT count(*)::int AS n FROM volunteers'))[0].n;
    const before = await count();
    const dry = await village
      .post('/api/v1/volunteers/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(201);
    expect(dry.body).toMatchObject({ dryRun: true, total: 5, created: 2, updated: 0, status: 'completed' });
    expect(dry.body.rejected).toEqual([
      { row: 4, code: 'VOLUNTEER.ID_CHECKSUM', message: expect.any(String) },
      { row: 5, code: 'IMPORT.TIER_UNKNOWN', message: expect.any(String) },
      { row: 6, code: 'IMPORT.DUPLICATE_ROW', message: expect.any(String) },
    ]);
    expect(await count()).toBe(before);
    const real = await village.post('/api/v1/volunteers/import').set('Content-Type', 'text/csv').send(file).expect(201);
    expect(real.body).toMatchObject({ dryRun: false, total: 5, processed: 4, created: 2, rejectedCount: 3 });
    expect(await count()).toBe(before + 2);
    const progress = await village.get(`/api/v1/volunteers/imports/${real.body.id}`).expect(200);
    expect(progress.body).toMatchObject({ total: 5, processed: 4, created: 2, status: 'completed' });
    // A client may name the job, to watch its progress while the upload is being processed.
    const importId = randomUUID();
    const again = await village
      .post(`/api/v1/volunteers/import?importId=${importId}`)
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(201);
    expect(again.body).toMatchObject({ id: importId, created: 0, updated: 0, unchanged: 2 });
    await village.get(`/api/v1/volunteers/imports/${importId}`).expect(200);
    const reused = await village
      .post(`/api/v1/volunteers/import?importId=${importId}`)
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(409);
    expect(reused.body.code).toBe('IMPORT.ID_TAKEN');
    expect(await count()).toBe(before + 2);
    const found = await village.get('/api/v1/volunteers?q=导入甲').expect(200);
    expect(found.body.items[0]).toMatchObject({
      sex: 'male',
      skills: ['急救', '驾驶'],
      teamName: '东王志愿服务队',
      tierNodeId: jl0101,
    });
  });

  it('reads a hand-edited spreadsheet export: mixed line ends, rows cut short, quoted cells with spaces, blank rows', async () => {
    const file =
      '\ufeff姓名,性别,身份证号,手机号,所属村/社区,技能,志愿服务队\r\n' +
      `"宽松甲" ,女,${makeResidentId('370704', '1984-05-06', 322)},${phone()},东王村\n` +
      '\r\n' +
      `宽松乙,男, "${makeResidentId('370704', '1985-06-07', 331)}" ,${phone()},东王村,"急救、\n驾驶"\r\n` +
      `宽松丙,男,${makeResidentId('370704', '1985-06-08', 331).slice(0, 17)}X,${phone()},东王村\r\n`;
    const res = await village
      .post('/api/v1/volunteers/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(201);
    // Row numbers are the sheet's: the blank row 3 counts, the quoted line break stays inside row 4.
    expect(res.body).toMatchObject({ total: 3, created: 2, rejectedCount: 1 });
    expect(res.body.rejected).toEqual([
      { row: 5, code: expect.stringMatching(/^VOLUNTEER\.ID_/), message: expect.any(String) },
    ]);
  });

  it('imports an XLSX file sent as multipart/form-data', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('志愿者');
    sheet.addRow(['姓名', '性别', '身份证号', '手机号', '所属村/社区', '技能', '志愿服务队']);
    sheet.addRow(['表格甲', '女', makeResidentId('370704', '1990-09-09', 402), phone(), '西王村', '摄影', '']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const res = await head
      .post('/api/v1/volunteers/import')
      .attach('file', buffer, {
        filename: 'volunteers.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
      .expect(201);
    expect(res.body).toMatchObject({ format: 'xlsx', total: 1, created: 1, rejectedCount: 0 });
  });

  it('refuses files that are not CSV or XLSX, empty, with unknown headers, malformed, or over 20 MB', async () => {
    const post = () => village.post('/api/v1/volunteers/import');
    expect(
      (await post().set('Content-Type', 'application/pdf').send(Buffer.from('%PDF-1.4')).expect(400)).body.code,
    ).toBe('IMPORT.UNSUPPORTED_TYPE');
    expect((await post().set('Content-Type', 'text/csv').send('').expect(400)).body.code).toBe('IMPORT.EMPTY');
    expect(
      (await post().set('Content-Type', 'text/csv').send('姓名,性别,身份证号,手机号,所属村/社区\r\n').expect(400)).body
        .code,
    ).toBe('IMPORT.EMPTY');
    const unknown = await post()
      .set('Content-Type', 'text/csv')
      .send('姓名,身份证号,手机号,所属村/社区,血型\r\n张三,1,2,3,A')
      .expect(400);
    expect(unknown.body).toMatchObject({ code: 'IMPORT.UNKNOWN_HEADERS', details: { unknown: ['血型'] } });
    // A quote never closed is not read as one endless name: the file is refused, naming the row it opens in.
    const unclosed = await post()
      .set('Content-Type', 'text/csv')
      .send('姓名,性别,身份证号,手机号,所属村/社区\r\n张三,男,1,2,3\r\n"李四,女,4,5,6\r\n')
      .expect(400);
    expect(unclosed.body).toMatchObject({
      code: 'IMPORT.CSV_MALFORMED',
      details: { row: 3, reason: 'CSV_QUOTE_NOT_CLOSED' },
    });
    const big = Buffer.alloc(21 * 1024 * 1024, 'a');
    const tooLarge = await post().set('Content-Type', 'text/csv').send(big);
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'IMPORT.TOO_LARGE']);
  });
});
