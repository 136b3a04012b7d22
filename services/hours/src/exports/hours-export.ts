import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  OrganisationsSubjects,
  type ExportGroup,
  type FileReply,
  type HoursExportQuery,
  type TierTreeNodeDto,
} from '#linli/contracts';
import { ServiceClient, type CallerContext } from '#linli/platform';
import { likePatterns, requireScope } from '../access/access.js';
import { toHours } from '../ledger/attendance-minutes.js';
import { HoursErrors } from '../ledger/hours.exception.js';

export interface ExportRow {
  key: string;
  label: string;
  volunteers: number;
  entries: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

const KEY: Record<ExportGroup, string> = {
  volunteer: 's.volunteer_id::text',
  team: "coalesce(s.team_id::text, '')",
  project: "coalesce(s.project_id::text, '')",
  // Paths are /station/community/village/: the fourth segment is the village ('' for service recorded higher up).
  village: "split_part(s.tier_path, '/', 4)",
};

const HEADERS: Record<ExportGroup, string> = {
  volunteer: '志愿者 Volunteer',
  team: '志愿服务队 Team',
  project: '项目 Project',
  village: '村级服务点 Village',
};

/** CSV cell: quoted when needed; a leading =,+,-,@ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(groupBy: ExportGroup, rows: ExportRow[]): string {
  const header = [
    HEADERS[groupBy],
    'ID',
    '志愿者人数 Volunteers',
    '记录数 Entries',
    '已审核分钟 Approved minutes',
    '已审核小时 Approved hours',
    '待审核分钟 Pending minutes',
  ];
  const lines = rows.map((r) =>
    [r.label, r.key, r.volunteers, r.entries, r.approvedMinutes, toHours(r.approvedMinutes), r.pendingMinutes]
      .map(csvCell)
      .join(','),
  );
  // BOM so Excel opens the Chinese text as UTF-8.
  return `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

@Injectable()
export class HoursExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
  ) {}

  async rows(caller: CallerContext, query: HoursExportQuery): Promise<ExportRow[]> {
    const paths = requireScope(caller, 'read');
    if (query.from && query.to && query.from > query.to) throw HoursErrors.rangeInvalid(query.from, query.to);
    const key = KEY[query.groupBy];
    const rows: {
      key: string;
      name: string | null;
      volunteers: number;
      entries: number;
      approved: number;
      pending: number;
    }[] = await this.ds.query(
      `SELECT ${key} AS key, max(v.name) AS name, count(DISTINCT s.volunteer_id)::int AS volunteers, count(*)::int AS entries,
                sum(s.counted_minutes)::int AS approved, sum(s.pending_minutes)::int AS pending
           FROM entry_states s LEFT JOIN volunteers v ON v.id = s.volunteer_id AND v.tenant_id = s.tenant_id
          WHERE s.tenant_id = $1 AND s.tier_path LIKE ANY($2) AND s.status <> 'superseded'
            AND ($3::date IS NULL OR s.service_date >= $3) AND ($4::date IS NULL OR s.service_date <= $4)
          GROUP BY 1 ORDER BY 5 DESC, 1`,
      [caller.tenantId, likePatterns(paths), query.from ?? null, query.to ?? null],
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
  private async labels(caller: CallerContext, groupBy: ExportGroup, rows: { key: string; name: string | null }[]) {
    const labels = new Map<string, string>();
    if (groupBy === 'volunteer') for (const r of rows) if (r.name) labels.set(r.key, r.name);
    if (groupBy === 'village') {
      try {
        const tree = await this.services.send<TierTreeNodeDto[]>(OrganisationsSubjects.tierTree, {}, caller, 2000);
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
}
