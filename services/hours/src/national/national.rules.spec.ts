import type { NationalVolunteerRecordDto } from '#linli/contracts';
import {
  nationalHours,
  nationalRange,
  NATIONAL_ID_TYPES,
  RECORD_COLUMNS,
  recordCells,
  recordRows,
  toNationalCsv,
  volunteerCells,
  volunteerRows,
  type NationalContext,
  type NationalEntry,
} from './national.rules.js';

const registration = (over: Partial<NationalVolunteerRecordDto>): NationalVolunteerRecordDto => ({
  id: 'v-1',
  name: '陈志愿',
  idType: 'resident_id',
  idNumber: '370704199001011234',
  sex: 'female',
  birthDate: '1990-01-01',
  phone: '13800000005',
  teamName: null,
  tierNodeId: 'village-1',
  // 16:30 UTC on 31 December is already 1 January in Shanghai.
  registeredAt: '2020-12-31T16:30:00.000Z',
  ...over,
});

const entry = (over: Partial<NationalEntry>): NationalEntry => ({
  id: 'e-1',
  volunteerId: 'v-1',
  volunteerName: '陈志愿',
  serviceDate: '2021-03-02',
  countedMinutes: 180,
  place: '九龙街道北村',
  content: '入户探访',
  recipients: '独居老人',
  activityTitle: '“九龙夕阳红”入户探访',
  recordedBy: 'u-village',
  ...over,
});

const context = (volunteers: NationalVolunteerRecordDto[]): NationalContext => ({
  volunteers: new Map(volunteers.map((v) => [v.id, v])),
  recorders: new Map([['u-village', '赵主任']]),
  nodeNames: new Map([['village-1', '北村社工服务点']]),
  stationName: '九龙街道社工站',
  timezone: 'Asia/Shanghai',
});

describe('export for the national volunteer information system', () => {
  it('names ID types and sexes as the national system does', () => {
    expect(NATIONAL_ID_TYPES).toEqual({
      resident_id: '居民身份证',
      passport: '护照',
      hk_macao_pass: '港澳居民来往内地通行证',
      taiwan_pass: '台湾居民来往大陆通行证',
      foreign_permanent: '外国人永久居留身份证',
    });
    const ctx = context([
      registration({}),
      registration({ id: 'v-2', name: '王五', idType: 'hk_macao_pass', idNumber: 'H12345678', sex: 'male' }),
    ]);
    const rows = volunteerRows([entry({}), entry({ id: 'e-2', volunteerId: 'v-2' })], ctx);
    expect(rows.map(volunteerCells)).toEqual([
      [
        '陈志愿',
        '居民身份证',
        '370704199001011234',
        '女',
        '1990-01-01',
        '13800000005',
        '',
        '北村社工服务点',
        '2021-01-01',
      ],
      [
        '王五',
        '港澳居民来往内地通行证',
        'H12345678',
        '男',
        '1990-01-01',
        '13800000005',
        '',
        '北村社工服务点',
        '2021-01-01',
      ],
    ]);
  });

  it('gives service time in hours with one decimal, half a tenth rounding up', () => {
    expect([180, 200, 45, 44, 1, 3, 0, 1440].map(nationalHours)).toEqual([3, 3.3, 0.8, 0.7, 0, 0.1, 0, 24]);
    const [row] = recordRows([entry({ countedMinutes: 200 })], context([registration({})]));
    expect(recordCells(row, 'number')[7]).toBe(3.3);
    expect(recordCells(row, 'text')[7]).toBe('3.3');
    expect(recordCells({ ...row, hours: 3 }, 'text')[7]).toBe('3.0');
  });

  it('fills every column of a service record, the station as the organisation and the entry id as its number', () => {
    const [row] = recordRows([entry({})], context([registration({})]));
    expect(Object.fromEntries(RECORD_COLUMNS.map((c, i) => [c, recordCells(row, 'text')[i]]))).toEqual({
      姓名: '陈志愿',
      证件类型: '居民身份证',
      证件号码: '370704199001011234',
      服务日期: '2021-03-02',
      服务地点: '九龙街道北村',
      服务内容: '入户探访',
      服务对象: '独居老人',
      '服务时长（小时）': '3.0',
      记录人: '赵主任',
      所属组织: '九龙街道社工站',
      活动名称: '“九龙夕阳红”入户探访',
      记录编号: 'e-1',
    });
  });

  it('orders records by date, then name in pinyin order, then id; volunteers once each by name', () => {
    const ctx = context([
      registration({ id: 'v-zhang', name: '张三' }),
      registration({ id: 'v-li', name: '李四' }),
      registration({ id: 'v-an', name: '安娜' }),
    ]);
    const entries = [
      entry({ id: 'e-9', volunteerId: 'v-zhang', serviceDate: '2021-05-01' }),
      entry({ id: 'e-3', volunteerId: 'v-zhang', serviceDate: '2021-04-01' }),
      entry({ id: 'e-2', volunteerId: 'v-li', serviceDate: '2021-04-01' }),
      entry({ id: 'e-1', volunteerId: 'v-li', serviceDate: '2021-04-01' }),
      entry({ id: 'e-5', volunteerId: 'v-an', serviceDate: '2021-05-01' }),
    ];
    expect(recordRows(entries, ctx).map((r) => `${r.serviceDate} ${r.name} ${r.entryId}`)).toEqual([
      '2021-04-01 李四 e-1',
      '2021-04-01 李四 e-2',
      '2021-04-01 张三 e-3',
      '2021-05-01 安娜 e-5',
      '2021-05-01 张三 e-9',
    ]);
    expect(volunteerRows(entries, ctx).map((r) => r.name)).toEqual(['安娜', '李四', '张三']);
  });

  it('writes the team when the registration names one, and never loses a record whose registration is missing', () => {
    const ctx = context([registration({ teamName: '北村志愿服务队' })]);
    const rows = volunteerRows([entry({}), entry({ id: 'e-2', volunteerId: 'v-gone', volunteerName: '离站者' })], ctx);
    expect(rows.map((r) => [r.name, r.organisation, r.idNumber])).toEqual([
      ['陈志愿', '北村志愿服务队', '370704199001011234'],
      ['离站者', '九龙街道社工站', ''],
    ]);
    const [unknown] = recordRows([entry({ volunteerId: 'v-gone', volunteerName: '离站者', recordedBy: null })], ctx);
    expect([unknown.name, unknown.idNumber, unknown.recorder]).toEqual(['离站者', '', '']);
  });

  it('writes the records as CSV with a BOM and CRLF, and a formula-looking name cannot run', () => {
    const ctx = context([registration({ name: '=HYPERLINK("http://x","点我")' })]);
    const csv = toNationalCsv(recordRows([entry({ place: '北村, 文化广场', content: '+1 宣讲' })], ctx));
    expect(csv.startsWith('\uFEFF姓名,证件类型,证件号码,服务日期,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://x"",""点我"")",居民身份证,370704199001011234,2021-03-02,"北村, 文化广场",'+1 宣讲,独居老人,3.0,赵主任,九龙街道社工站,“九龙夕阳红”入户探访,e-1`,
    );
  });

  it('covers 1 January to today by default, in the day the station’s zone gives', () => {
    expect(nationalRange({}, '2021-11-30')).toEqual({ from: '2021-01-01', to: '2021-11-30' });
    expect(nationalRange({ from: '2021-06-01' }, '2021-11-30')).toEqual({ from: '2021-06-01', to: '2021-11-30' });
    expect(nationalRange({ to: '2021-06-30' }, '2021-11-30')).toEqual({ from: '2021-01-01', to: '2021-06-30' });
  });
});
