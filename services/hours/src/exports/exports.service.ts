import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  OrganisationsApi,
  type CoverageCounts,
  type CoverageRange,
  type ExportGroup,
  type FileReply,
  type HoursExportQuery,
  type TierTreeNodeDto,
} from '#linli/contracts';
import { readOnly, ServiceClient, type CallerContext } from '#linli/platform';
import { likePatterns, requireScope } from '../access/access.js';
import { HoursErrors } from '../hours.errors.js';
import { LedgerRepository, type TotalsRow } from '../ledger/ledger.repository.js';
import { toHours } from '../ledger/ledger.rules.js';
import { HEADERS, toCsv, type ExportRow } from './exports.rules.js';

/** Hours by volunteer, team, project or village over the caller's subtree, as CSV or XLSX. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly ledger: LedgerRepository,
  ) {}

  async rows(caller: CallerContext, query: HoursExportQuery): Promise<ExportRow[]> {
    const paths = requireScope(caller, 'read');
    if (query.from && query.to && query.from > query.to) throw HoursErrors.rangeInvalid(query.from, query.to);
    const rows = await readOnly(this.ds, (manager) =>
      this.ledger.totalsBy(manager, caller.tenantId, likePatterns(paths), query.groupBy, query),
    );
    const labels = await this.labels(caller, query.groupBy, rows);
    return rows.map((r) => ({
      key: r.key,
      label: labels.get(r.key) ?? (r.key === '' ? '（未指定）' : r.key),
      volunteers: r.volunteers,
      entries: r.entries,
      approvedMinutes: r.approved,
      pendingMinutes: r.pending,
    }));
  }

  /** Human names for the keys: volunteers from the local copy, villages from the tier tree (best effort). */
  private async labels(caller: CallerContext, groupBy: ExportGroup, rows: TotalsRow[]) {
    const labels = new Map<string, string>();
    if (groupBy === 'volunteer') for (const r of rows) if (r.name) labels.set(r.key, r.name);
    if (groupBy === 'village') {
      try {
        const tree = await this.services.call(OrganisationsApi.operations.tierTree, {}, caller, 2000);
        const walk = (nodes: TierTreeNodeDto[]) => {
          for (const n of nodes) {
            labels.set(n.id, n.name);
            walk(n.children ?? []);
          }
        };
        walk(tree);
      } catch {
        // The organisations service is down: ids stand in for names.
      }
    }
    return labels;
  }

  async build(caller: CallerContext, query: HoursExportQuery): Promise<FileReply> {
    const rows = await this.rows(caller, query);
    const stamp = `${query.from ?? 'all'}_${query.to ?? 'now'}`;
    if ((query.format ?? 'csv') === 'csv') {
      return {
        filename: `hours-by-${query.groupBy}-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        base64: Buffer.from(toCsv(query.groupBy, rows), 'utf8').toString('base64'),
      };
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('服务时长');
    sheet.columns = [
      { header: HEADERS[query.groupBy], key: 'label', width: 28 },
      { header: 'ID', key: 'key', width: 38 },
      { header: '志愿者人数', key: 'volunteers', width: 12 },
      { header: '记录数', key: 'entries', width: 10 },
      { header: '已审核分钟', key: 'approvedMinutes', width: 12 },
      { header: '已审核小时', key: 'hours', width: 12 },
      { header: '待审核分钟', key: 'pendingMinutes', width: 12 },
    ];
    for (const r of rows) sheet.addRow({ ...r, hours: toHours(r.approvedMinutes) });
    sheet.getRow(1).font = { bold: true };
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return {
      filename: `hours-by-${query.groupBy}-${stamp}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: buffer.toString('base64'),
    };
  }

  /**
   * Per tier path, for the station's reports: approved minutes (in all and per service domain,
   * `minutes:<domain>`), the volunteers who earned them, people served and certificates issued.
   */
  async coverage(caller: CallerContext, range: CoverageRange): Promise<CoverageCounts> {
    const subtrees = likePatterns(requireScope(caller, 'report'));
    // Three replica connections, so the three grouped queries run side by side as before.
    const [rows, domains, certificates] = await Promise.all([
      readOnly(this.ds, (manager) => this.ledger.coverage(manager, caller.tenantId, subtrees, range)),
      readOnly(this.ds, (manager) => this.ledger.minutesByDomain(manager, caller.tenantId, subtrees, range)),
      readOnly(this.ds, (manager) => this.ledger.certificatesIssued(manager, caller.tenantId, subtrees, range)),
    ]);
    const byPath = new Map<string, Record<string, number>>();
    const at = (path: string) => byPath.get(path) ?? byPath.set(path, {}).get(path)!;
    for (const { tierPath, ...counts } of rows) Object.assign(at(tierPath), counts);
    for (const d of domains) at(d.tierPath)[`minutes:${d.domain ?? 'none'}`] = d.minutes;
    for (const c of certificates) at(c.tierPath).certificates = c.certificates;
    return { items: [...byPath].map(([tierPath, counts]) => ({ tierPath, counts })) };
  }
}
