import ExcelJS from 'exceljs';
import { DEMO_STATION, demoId } from '#linli/contracts';
import { asBytes, TestSystem, type Client, type Persona } from './support/system.js';

const PERSONA = demoId('volunteer', 'persona');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RECORD_HEADER = [
  '姓名',
  '证件类型',
  '证件号码',
  '服务日期',
  '服务地点',
  '服务内容',
  '服务对象',
  '服务时长（小时）',
  '记录人',
  '所属组织',
  '活动名称',
  '记录编号',
];

/** A downloaded workbook (exceljs types its input as an ArrayBuffer: hand it a copy of the bytes). */
async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(bytes).buffer);
  return book;
}

/** A worksheet as rows of cell values keyed by the header row. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const header = values(1) as string[];
  const rows: Array<Record<string, unknown>> = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const cells = values(n);
    rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

/**
 * The station head's export for the national volunteer information system, through the gateway
 * with the real services: full ID numbers, the ledger's approved hours, who recorded them, an
 * audit row per volunteer, and nobody else may have it.
 */
describe('export for the national volunteer information system', () => {
  let system: TestSystem;
  let head: Client;
  let added: string;

  /** A file download, its bytes as the body. */
  const download = (client: Client, path: string, requestId?: string) => {
    let req = client.get(path);
    if (requestId) req = req.set('x-request-id', requestId);
    return asBytes(req);
  };
  const audited = (requestId: string) =>
    system.data
      .get('volunteers')!
      .query('SELECT actor_id, action, target_id, fields FROM audit_log WHERE request_id = $1 ORDER BY target_id', [
        requestId,
      ]) as Promise<Array<{ actor_id: string; action: string; target_id: string; fields: string[] }>>;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'national_export' });
    head = await system.as('head');
    // One entry of the head's own, approved: 200 minutes is 3.3 hours with one decimal.
    const entry = await head
      .post('/api/v1/hours')
      .send({
        volunteerId: PERSONA,
        date: '2021-11-20',
        minutes: 200,
        activityTitle: '为电动车主送安全头盔',
        content: '为电动车主送头盔并讲解交通安全',
        place: '北村文化广场',
        recipients: '电动车驾驶人 40 人',
      })
      .expect(201);
    added = entry.body.id;
    await head.post(`/api/v1/hours/${added}/approve`).send({}).expect(200);
  });

  afterAll(async () => {
    await system?.close();
  });

  it('downloads both sheets as XLSX with the full ID number and the hours the ledger shows', async () => {
    const res = await download(head, '/api/v1/hours/export/national?from=2021-01-01&to=2021-12-31', 'national-xlsx-1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="national-volunteer-records-2021-01-01-2021-12-31.xlsx"',
    );
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['志愿者信息', '服务记录']);

    const persona = (await head.get(`/api/v1/volunteers/${PERSONA}?reveal=idNumber`).expect(200)).body;
    expect(persona.idNumber).toMatch(/^370704\d{11}[\dX]$/);
    const people = rowsOf(book.getWorksheet('志愿者信息')!);
    expect(Object.keys(people[0])).toEqual([
      '姓名',
      '证件类型',
      '证件号码',
      '性别',
      '出生日期',
      '手机号码',
      '政治面貌',
      '所属组织/服务队',
      '注册日期',
    ]);
    const mine = people.filter((p) => p['证件号码'] === persona.idNumber);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      姓名: persona.name,
      证件类型: '居民身份证',
      性别: persona.sex === 'male' ? '男' : '女',
      出生日期: persona.birthDate,
      手机号码: persona.phone,
      政治面貌: '',
    });
    expect(mine[0]['注册日期']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const recordSheet = book.getWorksheet('服务记录')!;
    expect((recordSheet.getRow(1).values as unknown[]).slice(1)).toEqual(RECORD_HEADER);
    const records = rowsOf(recordSheet).filter((r) => r['证件号码'] === persona.idNumber);
    const summary = (await head.get(`/api/v1/volunteers/${PERSONA}/hours?from=2021-01-01&to=2021-12-31`).expect(200))
      .body;
    const counted = (summary.entries as Array<{ id: string; countedMinutes: number }>).filter(
      (e) => e.countedMinutes > 0,
    );
    // The demo's 40 approved entries of 2021 and the one added here; pending ones stay out.
    expect(counted).toHaveLength(41);
    expect(Object.fromEntries(records.map((r) => [r['记录编号'], r['服务时长（小时）']]))).toEqual(
      Object.fromEntries(counted.map((e) => [e.id, Math.round(e.countedMinutes / 6) / 10])),
    );
    const total = records.reduce((n, r) => n + (r['服务时长（小时）'] as number), 0);
    expect(Math.abs(total - summary.approvedMinutes / 60)).toBeLessThan(0.05 * records.length);

    const headName = (await head.get('/api/v1/me').expect(200)).body.name;
    const villageName = (await (await system.as('village')).get('/api/v1/me').expect(200)).body.name;
    expect(records.find((r) => r['记录编号'] === added)).toEqual({
      姓名: persona.name,
      证件类型: '居民身份证',
      证件号码: persona.idNumber,
      服务日期: '2021-11-20',
      服务地点: '北村文化广场',
      服务内容: '为电动车主送头盔并讲解交通安全',
      服务对象: '电动车驾驶人 40 人',
      '服务时长（小时）': 3.3,
      记录人: headName,
      所属组织: DEMO_STATION.name,
      活动名称: '为电动车主送安全头盔',
      记录编号: added,
    });
    // The seeded history was recorded by the village lead.
    expect(records.filter((r) => r['记录人'] === villageName)).toHaveLength(40);
    expect(records.map((r) => r['服务日期'])).toEqual(records.map((r) => r['服务日期']).sort());
  });

  it('writes every volunteer of an export to the audit log as a full read of their ID number', async () => {
    const res = await download(head, '/api/v1/hours/export/national?from=2021-01-01&to=2021-12-31', 'national-xlsx-2');
    expect(res.status).toBe(200);
    const book = await workbook(res.body as Buffer);
    const volunteers = rowsOf(book.getWorksheet('志愿者信息')!).length;
    const audit = await audited('national-xlsx-2');
    expect(audit).toHaveLength(volunteers);
    expect(audit.find((a) => a.target_id === PERSONA)).toEqual({
      actor_id: demoId('user', 'head'),
      action: 'volunteer.sensitive.read',
      target_id: PERSONA,
      fields: ['idNumber'],
    });
  });

  it('downloads the service records alone as CSV, with a BOM and CRLF line ends', async () => {
    const res = await download(head, '/api/v1/hours/export/national?from=2021-11-01&to=2021-11-30&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('national-volunteer-records-2021-11-01-2021-11-30.csv');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith(`\uFEFF${RECORD_HEADER.join(',')}\r\n`)).toBe(true);
    const lines = text.split('\r\n').slice(1, -1);
    const ours = lines.find((l) => l.endsWith(`,${added}`));
    expect(ours).toContain(',2021-11-20,北村文化广场,');
    expect(ours).toContain(',3.3,');
    expect(lines.every((l) => /,2021-11-\d{2},/.test(l))).toBe(true);
  });

  it('covers 1 January to today by default', async () => {
    const res = await download(head, '/api/v1/hours/export/national', 'national-default');
    expect(res.status).toBe(200);
    const year = new Date().getFullYear();
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`national-volunteer-records-${year}-01-01-${year}-\\d{2}-\\d{2}\\.xlsx`),
    );
  });

  it.each(['community', 'village', 'team', 'volunteer'] as Persona[])(
    'refuses the %s with 403 and reads no ID number',
    async (persona) => {
      const client = await system.as(persona);
      const res = await client
        .get('/api/v1/hours/export/national?from=2021-01-01&to=2021-12-31')
        .set('x-request-id', `national-refused-${persona}`)
        .expect(403);
      expect(res.body.code).toBe('ACCESS.FORBIDDEN');
      expect(await audited(`national-refused-${persona}`)).toEqual([]);
    },
  );

  it('answers a reversed range and a bad format with 400 and their stable codes', async () => {
    const reversed = await head.get('/api/v1/hours/export/national?from=2021-12-31&to=2021-01-01').expect(400);
    expect(reversed.body).toMatchObject({
      code: 'HOURS.RANGE_INVALID',
      details: { from: '2021-12-31', to: '2021-01-01' },
    });
    const later = await head.get('/api/v1/hours/export/national?from=2999-01-01').expect(400);
    expect(later.body.code).toBe('HOURS.RANGE_INVALID');
    const format = await head.get('/api/v1/hours/export/national?format=pdf').expect(400);
    expect(format.body.code).toBe('VALIDATION.FAILED');
    expect(format.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
  });
});
