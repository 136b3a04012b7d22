import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { collectBytes, useCjkFont, wallClockOf, weekdayOf, type WallClock } from '#linli/platform';

export interface CheckInSheetContent {
  stationName: string | null;
  activityTitle: string;
  role: string | null;
  location: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  code: string;
  /** What the QR image encodes: the same text as the check-in code's `qrSvg`. */
  qrText: string;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (w: WallClock) => `${pad(w.hour)}:${pad(w.minute)}`;

/** `2021年12月6日（周一）09:00–12:00`, in the station's zone; the end's date is added when it is another day. */
export function shiftTimeText(startsAt: Date, endsAt: Date, timeZone: string, cjk: boolean): string {
  const from = wallClockOf(startsAt, timeZone);
  const to = wallClockOf(endsAt, timeZone);
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  if (!cjk) {
    const date = (w: WallClock) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;
    return `${date(from)} ${clock(from)}–${sameDay ? '' : `${date(to)} `}${clock(to)} (${timeZone})`;
  }
  const date = (w: WallClock) => `${w.year}年${w.month}月${w.day}日`;
  return `${date(from)}（周${WEEKDAYS[weekdayOf(from)]}）${clock(from)}–${sameDay ? '' : `${date(to)} `}${clock(to)}`;
}

/**
 * Draws the QR code of `text` as vector squares, `size` points wide with a quiet zone of one
 * module: sharp at any print size, and far cheaper than embedding a PNG (which PDFKit decodes
 * and compresses again in JavaScript).
 */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2);
  for (let row = 0; row < modules.size; row++) {
    let run = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col);
      if (dark && run < 0) run = col;
      if (!dark && run >= 0) {
        // A run of dark modules in a row is one rectangle, slightly overlapping so no hairline shows between rows.
        doc.rect(x + (run + 1) * cell, y + (row + 1) * cell, (col - run) * cell, cell + 0.2);
        run = -1;
      }
    }
  }
  doc.fillColor('#000').fill();
}

/**
 * The A4 sheet a leader prints for the village point's door: the station and activity, when
 * (in the station's zone) and where, the QR image a phone scans to check in, the 6-digit code in
 * large type for those who type it, and the instruction in Chinese then English. Without a CJK
 * font the sheet is still produced, in Latin only.
 */
export async function renderCheckInSheetPdf(c: CheckInSheetContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `签到单 Check-in sheet ${c.activityTitle}`, Author: c.stationName ?? 'Linli' },
  });
  const done = collectBytes(doc);
  const cjk = useCjkFont(doc);
  const t = (zh: string, en: string) => (cjk ? zh : en);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const centred = { align: 'center' as const, width };
  const left = doc.page.margins.left;

  if (c.stationName && cjk) doc.fontSize(14).fillColor('#555').text(c.stationName, left, doc.y, centred);
  doc
    .moveDown(0.4)
    .fontSize(24)
    .fillColor('#000')
    .text(c.role ? `${c.activityTitle}（${c.role}）` : c.activityTitle, left, doc.y, centred);
  doc
    .moveDown(0.5)
    .fontSize(14)
    .text(shiftTimeText(c.startsAt, c.endsAt, c.timeZone, cjk), left, doc.y, centred);
  doc.moveDown(0.2).text(`${t('地点：', 'Place: ')}${c.location}`, left, doc.y, centred);

  const qrSize = 280;
  const qrY = doc.y + 24;
  drawQr(doc, c.qrText, left + (width - qrSize) / 2, qrY, qrSize);
  doc.y = qrY + qrSize + 16;

  doc.fontSize(14).fillColor('#555').text(t('签到码 / Check-in code', 'Check-in code'), left, doc.y, centred);
  doc
    .moveDown(0.2)
    .fontSize(64)
    .fillColor('#000')
    .text(c.code, left, doc.y, { ...centred, characterSpacing: 12 });
  doc
    .moveDown(0.4)
    .fontSize(18)
    .text(cjk ? '用手机扫码签到' : 'Scan with your phone to check in', left, doc.y, centred);
  if (cjk) doc.fontSize(14).fillColor('#333').text('Scan with your phone to check in', left, doc.y, centred);
  doc
    .moveDown(0.8)
    .fontSize(10)
    .fillColor('#777')
    .text(
      t(
        '扫码后在“我的班次”中签到；无法扫码时，在班次中输入上面的 6 位签到码。签到在班次开始前后开放。',
        'After scanning, check in under "My shifts"; or type the 6-digit code above. Check-in opens around the start of the shift.',
      ),
      left,
      doc.y,
      centred,
    );
  doc.end();
  return done;
}
