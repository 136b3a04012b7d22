import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  IdentityApi,
  NATIONAL_RECORDS_MAX_IDS,
  OrganisationsApi,
  USER_NAMES_MAX_IDS,
  VolunteersApi,
  type FileReply,
  type NationalExportQuery,
  type NationalVolunteerRecordDto,
  type TierTreeNodeDto,
} from '#linli/contracts';
import { readOnly, ServiceClient, type CallerContext } from '#linli/platform';
import { AccessErrors, likePatterns, requireScope } from '../access/access.js';
import { HoursErrors } from '../hours.errors.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { todayIn } from '../stations/stations.rules.js';
import {
  nationalRange,
  RECORD_COLUMNS,
  recordCells,
  recordRows,
  toNationalCsv,
  VOLUNTEER_COLUMNS,
  volunteerCells,
  volunteerRows,
  type NationalContext,
} from './national.rules.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Splits ids into pages an operation accepts in one call. */
const pages = (ids: string[], size: number) =>
  Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));

/**
 * The station head's export in the import format of the national volunteer information system
 * (全国志愿服务信息系统): its volunteers and approved service records, so the station never types its
 * records twice. ID numbers come in full from the volunteers service, which audits every one.
 */
@Injectable()
export class NationalExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly ledger: LedgerRepository,
    private readonly stations: StationsRepository,
  ) {}

  async build(caller: CallerContext, query: NationalExportQuery): Promise<FileReply> {
    // Full ID numbers leave the system here: the station head alone, never a job or another service.
    if (caller.system) throw AccessErrors.forbidden();
    const subtrees = likePatterns(requireScope(caller, 'national'));
    const { timezone } = await this.stations.settings(this.ds, caller.tenantId);
    const range = nationalRange(query, todayIn(timezone));
    if (range.from > range.to) throw HoursErrors.rangeInvalid(range.from, range.to);

    const entries = await readOnly(this.ds, (manager) =>
      this.ledger.approvedInPeriod(manager, caller.tenantId, subtrees, range),
    );
    const volunteerIds = [...new Set(entries.map((e) => e.volunteerId))];
    const recorderIds = [...new Set(entries.flatMap((e) => (e.recordedBy ? [e.recordedBy] : [])))];
    const [volunteers, recorders, tree] = await Promise.all([
      this.registrations(caller, volunteerIds),
      this.recorderNames(caller, recorderIds),
      this.services.call(OrganisationsApi.operations.tierTree, {}, caller),
    ]);
    const nodeNames = new Map<string, string>();
    const walk = (nodes: TierTreeNodeDto[]) => {
      for (const n of nodes) {
        nodeNames.set(n.id, n.name);
        walk(n.children ?? []);
      }
    };
    walk(tree);
    const station = tree.find((n) => n.level === 'station');
    const ctx: NationalContext = { volunteers, recorders, nodeNames, stationName: station?.name ?? '', timezone };
    const records = recordRows(entries, ctx);
    const filename = `national-volunteer-records-${range.from}-${range.to}`;

    if (query.format === 'csv') {
      return {
        filename: `${filename}.csv`,
        contentType: 'text/csv; charset=utf-8',
        base64: Buffer.from(toNationalCsv(records), 'utf8').toString('base64'),
      };
    }
    const book = new ExcelJS.Workbook();
    // ID numbers and phones stay text cells: as numbers, 18 digits would lose precision and leading zeros.
    const people = book.addWorksheet('志愿者信息');
    people.addRow([...VOLUNTEER_COLUMNS]);
    for (const r of volunteerRows(entries, ctx)) people.addRow(volunteerCells(r));
    people.columns.forEach((c, i) => (c.width = [12, 22, 22, 6, 12, 14, 10, 28, 12][i]));
    const service = book.addWorksheet('服务记录');
    service.addRow([...RECORD_COLUMNS]);
    for (const r of records) service.addRow(recordCells(r, 'number'));
    service.columns.forEach((c, i) => (c.width = [12, 22, 22, 12, 24, 30, 18, 10, 12, 24, 30, 38][i]));
    service.getColumn(RECORD_COLUMNS.indexOf('服务时长（小时）') + 1).numFmt = '0.0';
    for (const sheet of [people, service]) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    return {
      filename: `${filename}.xlsx`,
      contentType: XLSX,
      base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
    };
  }

  /** Registrations with full ID numbers, a page at a time (the volunteers service caps a call). */
  private async registrations(caller: CallerContext, ids: string[]): Promise<Map<string, NationalVolunteerRecordDto>> {
    const found = new Map<string, NationalVolunteerRecordDto>();
    for (const page of pages(ids, NATIONAL_RECORDS_MAX_IDS)) {
      const records = await this.services.call(VolunteersApi.operations.nationalRecords, { ids: page }, caller);
      for (const r of records) found.set(r.id, r);
    }
    return found;
  }

  /** Who recorded the entries, by display name, asked of identity in as few batches as it takes. */
  private async recorderNames(caller: CallerContext, ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const page of pages(ids, USER_NAMES_MAX_IDS)) {
      for (const u of await this.services.call(IdentityApi.operations.userNames, { ids: page }, caller))
        names.set(u.id, u.name);
    }
    return names;
  }
}
