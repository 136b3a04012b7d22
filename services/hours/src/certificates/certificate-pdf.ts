import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { collectBytes, useCjkFont } from '#linli/platform';
import { toHours } from '../ledger/ledger.rules.js';

export interface CertificateContent {
  number: string;
  verificationCode: string;
  verifyUrl: string;
  volunteerName: string;
  idTypeLabel: string | null;
  idNumberMasked: string | null;
  volunteerNo: string;
  periodFrom: string | null;
  periodTo: string;
  approvedMinutes: number;
  entryCount: number;
  contentSummary: string;
  issuerName: string;
  personInCharge: string | null;
  handlerName: string | null;
  contact: string | null;
  notes: string | null;
  issuedOn: string;
  status: 'valid' | 'revoked' | 'superseded';
}

/**
 * The 志愿服务证明 as the 2021 rules (《志愿服务记录与证明出具办法（试行）》) lay it out: the volunteer's
 * identity, the service, the issuer, the number, the date, notes, and the verification code as
 * text and QR code. Without a CJK font the PDF is still produced (Latin only) and says so.
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(c.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `志愿服务证明 ${c.number}`, Author: c.issuerName },
  });
  const done = collectBytes(doc);
  const font = useCjkFont(doc);
  const t = (zh: string, en: string) => (font ? zh : en);
  const dash = '—';

  doc.fontSize(22).text(t('志愿服务证明', 'Volunteer Service Certificate'), { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(10)
    .fillColor('#555')
    .text(t(`证明编号：${c.number}`, `No. ${c.number}`), { align: 'center' });
  if (c.status !== 'valid') {
    doc
      .moveDown(0.3)
      .fontSize(12)
      .fillColor('#b00020')
      .text(c.status === 'revoked' ? t('本证明已撤销', 'REVOKED') : t('本证明已被新证明取代', 'SUPERSEDED'), {
        align: 'center',
      });
  }
  doc.fillColor('#000').moveDown(1);

  const section = (title: string) => {
    doc.moveDown(0.6).fontSize(13).text(title, { underline: false });
    doc
      .moveTo(doc.page.margins.left, doc.y + 2)
      .lineTo(doc.page.width - doc.page.margins.right, doc.y + 2)
      .strokeColor('#999')
      .stroke();
    doc.moveDown(0.4).fontSize(11);
  };
  const field = (label: string, value: string | null | undefined) =>
    doc.text(`${label}：${value || dash}`, { lineGap: 4 });

  const period = `${c.periodFrom ?? t('首次记录起', 'first record')} ${t('至', 'to')} ${c.periodTo}`;
  doc
    .fontSize(11)
    .text(
      t(
        `兹证明 ${c.volunteerName} 同志于 ${period} 期间参加志愿服务，经核实，累计志愿服务时长 ${toHours(c.approvedMinutes)} 小时。`,
        `This certifies ${c.volunteerNo} served ${toHours(c.approvedMinutes)} hours in ${period}.`,
      ),
      { lineGap: 6 },
    );

  section(t('一、志愿者身份信息', '1. Volunteer'));
  field(t('姓名', 'Name'), c.volunteerName);
  field(t('证件类型', 'ID type'), c.idTypeLabel);
  field(t('证件号码', 'ID number'), c.idNumberMasked);
  field(t('志愿者编号', 'Volunteer no.'), c.volunteerNo);

  section(t('二、志愿服务信息', '2. Service'));
  field(t('服务期间', 'Period'), period);
  field(
    t('服务时长', 'Hours'),
    `${toHours(c.approvedMinutes)} ${t('小时', 'h')}（${c.approvedMinutes} ${t('分钟', 'min')}，${c.entryCount} ${t('条已审核记录', 'approved records')}）`,
  );
  field(t('服务内容', 'Content'), c.contentSummary);

  section(t('三、出具组织信息', '3. Issuer'));
  field(t('出具组织', 'Organisation'), c.issuerName);
  field(t('负责人', 'Person in charge'), c.personInCharge);
  field(t('经办人', 'Handler'), c.handlerName);
  field(t('联系方式', 'Contact'), c.contact);

  section(t('四、证明信息', '4. Certificate'));
  field(t('证明编号', 'Number'), c.number);
  field(t('出具日期', 'Date'), c.issuedOn);
  field(t('验证码', 'Verification code'), c.verificationCode);
  field(
    t('备注', 'Notes'),
    c.notes ?? t('本证明免费出具；扫描二维码或访问验证地址可核验真伪。', 'Issued free of charge.'),
  );

  const qrY = doc.y + 12;
  doc.image(qr, doc.page.margins.left, qrY, { width: 110 });
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(
      t(`扫码核验 / 验证地址：\n${c.verifyUrl}`, `Verify at:\n${c.verifyUrl}`),
      doc.page.margins.left + 125,
      qrY + 20,
      { width: 330 },
    );
  doc
    .fontSize(11)
    .fillColor('#000')
    .text(`${c.issuerName}${t('（盖章）', ' (seal)')}`, doc.page.margins.left + 125, qrY + 75, { width: 330 });
  doc.text(c.issuedOn, doc.page.margins.left + 125, qrY + 95, { width: 330 });
  if (!font) {
    doc
      .moveDown(2)
      .fontSize(8)
      .fillColor('#b00020')
      .text(
        'No CJK font installed (apt-get install fonts-wqy-zenhei): Chinese text omitted from this PDF.',
        doc.page.margins.left,
      );
  }
  doc.end();
  return done;
}
