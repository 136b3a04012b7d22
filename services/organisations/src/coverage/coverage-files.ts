import ExcelJS from 'exceljs';
import type { CoverageFigures, CoverageReport } from '#linli/contracts';
import { toCsvFile } from '#linli/platform';

const LACKS: Record<string, string> = {
  organisations: '组织',
  volunteers: '志愿者',
  teams: '志愿队',
  activities: '活动',
  hours: '时长',
};

const FIGURES: Array<[keyof CoverageFigures, string]> = [
  ['organisations', '在册组织 Organisations'],
  ['activeOrganisations', '活跃组织 Active'],
  ['dormantOrganisations', '休眠组织 Dormant'],
  ['volunteers', '志愿者 Volunteers'],
  ['teams', '志愿队 Teams'],
  ['activities', '活动 Activities'],
  ['shifts', '班次 Shifts'],
  ['approvedHours', '核定时长（小时）Approved hours'],
  ['servingVolunteers', '服务志愿者 Serving volunteers'],
  ['peopleServed', '服务对象人次 People served'],
];

const HEAD = [
  '社区 Community',
  '村（居）Village',
  '编码 Code',
  ...FIGURES.map(([, label]) => label),
  '覆盖 Reached',
  '缺少 Lacking',
];

/** One line per village, in the report's order. */
function villageLines(report: CoverageReport): Array<Array<string | number>> {
  return report.villages.map((v) => [
    v.communityName,
    v.name,
    v.code ?? '',
    ...FIGURES.map(([key]) => v[key]),
    v.reached ? '是' : '否',
    v.missing.map((m) => LACKS[m] ?? m).join('、'),
  ]);
}

/** The villages as CSV: a header, then one line per village (the totals are the XLSX's last row). */
export function coverageCsv(report: CoverageReport): string {
  return toCsvFile([HEAD, ...villageLines(report)]);
}

/** The villages as a workbook with the period on top and the totals at the foot. */
export async function coverageXlsx(report: CoverageReport, station: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = `${station} 村级覆盖 ${report.from} — ${report.to}`;
  const sheet = book.addWorksheet('村级覆盖 Coverage', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([`${station} 村级覆盖 Village coverage`]).font = { bold: true, size: 14 };
  sheet.addRow([`${report.from} — ${report.to}    未覆盖 Not reached：${report.unreached} / ${report.villages.length}`]);
  sheet.addRow(HEAD).font = { bold: true };
  for (const line of villageLines(report)) sheet.addRow(line);
  sheet.addRow(['合计 Total', '', '', ...FIGURES.map(([key]) => report.totals[key]), '', '']).font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 18 : i === HEAD.length - 1 ? 28 : 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}
