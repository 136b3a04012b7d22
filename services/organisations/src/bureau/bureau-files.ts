import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { BureauReport } from '#linli/contracts';
import { collectBytes, useCjkFont } from '#linli/platform';

type Cell = string | number;
interface Table {
  title: string;
  head: string[];
  rows: Cell[][];
}

const fmt = (n: number) => n.toLocaleString('zh-CN');

/** The report as titled tables: the same figures in the PDF and in the workbook. */
export function bureauTables(r: BureauReport): Table[] {
  const growth = (title: string, rows: BureauReport['organisations']['byType']): Table => ({
    title,
    head: ['类别 Category', '期末在册 Count', '期内新增 New', '期内注销 Dissolved'],
    rows: rows.map((row) => [row.label, row.count, row.new, row.dissolved]),
  });
  return [
    {
      title: '一、概况 Summary',
      head: ['指标 Figure', '数值 Value'],
      rows: [
        ['在册社区社会组织 Organisations', r.organisations.total],
        ['期内新增组织 New organisations', r.organisations.new],
        ['期内注销组织 Dissolved', r.organisations.dissolved],
        ['在册志愿者 Volunteers', r.volunteers.total],
        ['期内招募志愿者 Recruited', r.volunteers.recruited],
        ['其中成年人 Adults', r.volunteers.recruitedAdults],
        ['其中未成年人 Minors', r.volunteers.recruitedMinors],
        ['核定服务时长（小时）Approved hours', r.hours.approvedHours],
        ['参与服务的志愿者 Serving volunteers', r.hours.servingVolunteers],
        ['服务对象人次 People served', r.hours.peopleServed],
        ['开展活动 Activities held', r.activitiesHeld],
        ['开展班次 Shifts held', r.shiftsHeld],
        ['出具志愿服务证明 Certificates issued', r.certificatesIssued],
      ],
    },
    growth('二、组织（按类型）Organisations by type', r.organisations.byType),
    growth('三、组织（按层级）Organisations by tier', r.organisations.byTier),
    growth('四、组织（按状态）Organisations by status', r.organisations.byStatus),
    {
      title: '五、服务时长（按领域）Hours by domain',
      head: ['服务领域 Domain', '小时 Hours'],
      rows: r.hours.byDomain.map((d) => [d.label, d.hours]),
    },
    {
      title: '六、各社区 By community',
      head: ['社区 Community', '招募 Recruited', '未成年 Minors', '在册 Volunteers', '小时 Hours', '活动 Activities'],
      rows: r.byCommunity.map((c) => [
        c.name,
        c.recruited,
        c.recruitedMinors,
        c.volunteers,
        c.approvedHours,
        c.activities,
      ]),
    },
  ];
}

const heading = (r: BureauReport) =>
  `${r.station} ${r.period.label}${r.period.kind === 'month' ? '工作月报' : '工作年报'}`;

/** A printable A4 PDF in Chinese; without a CJK font it is still produced (Latin only) and says so. */
export function bureauPdf(r: BureauReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: heading(r), Author: r.station } });
  const done = collectBytes(doc);
  const font = useCjkFont(doc);
  const width = doc.page.width - 100;
  doc.fontSize(18).text(heading(r), { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor('#555');
  doc.text(`统计期间 Period：${r.period.from} 至 ${r.period.to}    生成时间 Generated：${r.generatedAt.slice(0, 10)}`, {
    align: 'center',
  });
  if (!font) doc.text('(No CJK font installed: Chinese text cannot be shown.)', { align: 'center' });
  doc.fillColor('#000');
  for (const table of bureauTables(r)) {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown(0.8).fontSize(12).text(table.title, 50);
    doc.moveDown(0.3).fontSize(9);
    const first = table.head.length > 2 ? width * 0.34 : width * 0.6;
    const rest = (width - first) / (table.head.length - 1);
    const xs = table.head.map((_, i) => (i === 0 ? 50 : 50 + first + rest * (i - 1)));
    const line = (cells: Cell[], bold = false) => {
      if (doc.y > doc.page.height - 70) doc.addPage();
      const y = doc.y;
      cells.forEach((cell, i) =>
        doc.fillColor(bold ? '#333' : '#000').text(typeof cell === 'number' ? fmt(cell) : cell, xs[i], y, {
          width: i === 0 ? first - 6 : rest - 6,
          align: i === 0 ? 'left' : 'right',
          lineBreak: false,
          ellipsis: true,
        }),
      );
      doc
        .moveTo(50, y + 13)
        .lineTo(50 + width, y + 13)
        .lineWidth(0.3)
        .strokeColor('#ccc')
        .stroke();
      doc.y = y + 16;
    };
    line(table.head, true);
    for (const row of table.rows) line(row);
    doc.x = 50;
  }
  doc.moveDown(2).fontSize(10).text('填报单位（盖章）：____________    负责人：________    填报人：________', 50);
  doc.end();
  return done;
}

/** The same tables as a workbook, one sheet per table. */
export async function bureauXlsx(r: BureauReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = heading(r);
  for (const table of bureauTables(r)) {
    const sheet = book.addWorksheet(
      table.title
        .replace(/^[一二三四五六、]+/, '')
        .slice(0, 31)
        .replace(/[\\/?*[\]:]/g, ' '),
    );
    sheet.addRow([heading(r)]).font = { bold: true, size: 14 };
    sheet.addRow([`${r.period.from} — ${r.period.to}`]);
    sheet.addRow(table.head).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 34 : 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
