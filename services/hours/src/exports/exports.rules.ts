import type { ExportGroup } from '#linli/contracts';
import { toCsvFile } from '#linli/platform';
import { toHours } from '../ledger/ledger.rules.js';

/** One line of an export: a volunteer, team, project or village with its minutes. */
export interface ExportRow {
  key: string;
  label: string;
  volunteers: number;
  entries: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

export const HEADERS: Record<ExportGroup, string> = {
  volunteer: '志愿者 Volunteer',
  team: '志愿服务队 Team',
  project: '项目 Project',
  village: '村级服务点 Village',
};

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
  const lines = rows.map((r) => [
    r.label,
    r.key,
    r.volunteers,
    r.entries,
    r.approvedMinutes,
    toHours(r.approvedMinutes),
    r.pendingMinutes,
  ]);
  return toCsvFile([header, ...lines]);
}
