import type { IdType, NationalVolunteerRecordDto, Sex } from '#linli/contracts';
import { toCsvFile } from '#linli/platform';
import type { CountedEntry } from '../ledger/ledger.repository.js';
import { todayIn } from '../stations/stations.rules.js';

/** ID types as the national volunteer information system (全国志愿服务信息系统) names them on import. */
export const NATIONAL_ID_TYPES: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_pass: '港澳居民来往内地通行证',
  taiwan_pass: '台湾居民来往大陆通行证',
  foreign_permanent: '外国人永久居留身份证',
};

export const NATIONAL_SEXES: Record<Sex, string> = { male: '男', female: '女' };

/** The columns of the 志愿者信息 sheet, in the national system's order. */
export const VOLUNTEER_COLUMNS = [
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '出生日期',
  '手机号码',
  '政治面貌',
  '所属组织/服务队',
  '注册日期',
] as const;

/** The columns of the 服务记录 sheet (and of the CSV), in the national system's order. */
export const RECORD_COLUMNS = [
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
] as const;

/** An approved ledger entry that counts, as the export reads it. */
export type NationalEntry = CountedEntry;

/** What the rows are built from besides the entries: registrations, names, the station. */
export interface NationalContext {
  /** Registrations by volunteer id, ID numbers in full. */
  volunteers: Map<string, NationalVolunteerRecordDto>;
  /** Display names of the accounts that recorded entries, by user id. */
  recorders: Map<string, string>;
  /** Tier node names by id (a volunteer's village or community when no team is written). */
  nodeNames: Map<string, string>;
  stationName: string;
  /** The station's zone, which decides the day a registration fell on. */
  timezone: string;
}

export interface NationalVolunteerRow {
  name: string;
  idType: string;
  idNumber: string;
  sex: string;
  birthDate: string;
  phone: string;
  politicalStatus: string;
  organisation: string;
  registeredOn: string;
}

export interface NationalRecordRow {
  name: string;
  idType: string;
  idNumber: string;
  serviceDate: string;
  place: string;
  content: string;
  recipients: string;
  hours: number;
  recorder: string;
  organisation: string;
  activity: string;
  entryId: string;
}

/** Service time in hours with one decimal, as the national system takes it (200 min → 3.3, 45 min → 0.8). */
export function nationalHours(minutes: number): number {
  // Integer arithmetic: tenths of an hour are 6 minutes, half of them round up.
  return Math.round(minutes / 6) / 10;
}

/** The export's period: the dates asked for, else 1 January of this year and today in the station's zone. */
export function nationalRange(query: { from?: string; to?: string }, today: string): { from: string; to: string } {
  return { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
}

const collator = new Intl.Collator('zh-Hans-CN');

/** One row per volunteer with at least one entry, by name (pinyin order), then ID number. */
export function volunteerRows(entries: NationalEntry[], ctx: NationalContext): NationalVolunteerRow[] {
  const seen = new Map<string, NationalVolunteerRow>();
  for (const e of entries) {
    if (seen.has(e.volunteerId)) continue;
    const v = ctx.volunteers.get(e.volunteerId);
    seen.set(e.volunteerId, {
      name: v?.name ?? e.volunteerName ?? '',
      idType: v ? NATIONAL_ID_TYPES[v.idType] : '',
      idNumber: v?.idNumber ?? '',
      sex: v ? NATIONAL_SEXES[v.sex] : '',
      birthDate: v?.birthDate ?? '',
      phone: v?.phone ?? '',
      politicalStatus: '',
      organisation: v ? v.teamName || ctx.nodeNames.get(v.tierNodeId) || ctx.stationName : ctx.stationName,
      registeredOn: v ? todayIn(ctx.timezone, new Date(v.registeredAt)) : '',
    });
  }
  return [...seen.values()].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.idNumber, b.idNumber));
}

/** One row per entry, by service date, then name (pinyin order), then entry id. */
export function recordRows(entries: NationalEntry[], ctx: NationalContext): NationalRecordRow[] {
  return entries
    .map((e) => {
      const v = ctx.volunteers.get(e.volunteerId);
      return {
        name: v?.name ?? e.volunteerName ?? '',
        idType: v ? NATIONAL_ID_TYPES[v.idType] : '',
        idNumber: v?.idNumber ?? '',
        serviceDate: e.serviceDate,
        place: e.place ?? '',
        content: e.content ?? e.activityTitle ?? '',
        recipients: e.recipients ?? '',
        hours: nationalHours(e.countedMinutes),
        recorder: (e.recordedBy && ctx.recorders.get(e.recordedBy)) || '',
        organisation: ctx.stationName,
        activity: e.activityTitle ?? '',
        entryId: e.id,
      };
    })
    .sort(
      (a, b) =>
        compareText(a.serviceDate, b.serviceDate) ||
        collator.compare(a.name, b.name) ||
        compareText(a.entryId, b.entryId),
    );
}

export const volunteerCells = (r: NationalVolunteerRow): string[] => [
  r.name,
  r.idType,
  r.idNumber,
  r.sex,
  r.birthDate,
  r.phone,
  r.politicalStatus,
  r.organisation,
  r.registeredOn,
];

/** A record's cells; hours as a number (the workbook formats it with one decimal) or, for CSV, its text. */
export function recordCells(r: NationalRecordRow, hours: 'number' | 'text'): Array<string | number> {
  return [
    r.name,
    r.idType,
    r.idNumber,
    r.serviceDate,
    r.place,
    r.content,
    r.recipients,
    hours === 'number' ? r.hours : r.hours.toFixed(1),
    r.recorder,
    r.organisation,
    r.activity,
    r.entryId,
  ];
}

/** The service records as CSV: UTF-8 with BOM, CRLF, every cell neutralised against formulas. */
export function toNationalCsv(rows: NationalRecordRow[]): string {
  return toCsvFile([[...RECORD_COLUMNS], ...rows.map((r) => recordCells(r, 'text'))]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
