import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ID_TYPE_LABELS,
  VolunteersSubjects,
  type CertificateIssuedDto,
  type CertificateVerificationDto,
  type FileReply,
  type IdType,
  type IssueCertificateDto,
  type VolunteerDto,
} from '#linli/contracts';
import { idempotent, ServiceClient, type CallerContext } from '#linli/platform';
import { assertCanActOn, assertCanReadVolunteer } from '../access/access.js';
import { toHours } from '../ledger/attendance-minutes.js';
import { HoursErrors } from '../ledger/hours.exception.js';
import { HoursService } from '../ledger/hours.service.js';
import { loadSettings, todayIn } from '../settings/station-settings.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { CertificateErrors } from './certificate.exception.js';
import {
  formatCertificateNumber,
  maskName,
  newVerificationCode,
  normaliseVerificationCode,
} from './certificate-numbering.js';

interface CertificateRow {
  tenant_id: string;
  number: string;
  verification_code: string;
  volunteer_id: string;
  tier_path: string;
  period_from: string | null;
  period_to: string;
  approved_minutes: number;
  entry_count: number;
  content_summary: string;
  volunteer_name: string;
  id_type: string | null;
  id_number_masked: string | null;
  volunteer_no: string;
  issuer_name: string;
  person_in_charge: string | null;
  handler_name: string | null;
  contact: string | null;
  notes: string | null;
  issued_at: Date;
  issued_on: string;
  revoked_reason: string | null;
  revoked_on: string | null;
  superseded_by: string | null;
}

/** A certificate with its standing: revoked, superseded by a later one of the same volunteer covering its period, or valid. */
const CERTIFICATE_SELECT = `
  SELECT c.*, to_char(c.period_from, 'YYYY-MM-DD') AS period_from, to_char(c.period_to, 'YYYY-MM-DD') AS period_to,
         to_char(c.issued_at AT TIME ZONE coalesce(st.timezone, 'Asia/Shanghai'), 'YYYY-MM-DD') AS issued_on,
         r.reason AS revoked_reason,
         to_char(r.revoked_at AT TIME ZONE coalesce(st.timezone, 'Asia/Shanghai'), 'YYYY-MM-DD') AS revoked_on,
         (SELECT n.number FROM certificates n
           WHERE n.tenant_id = c.tenant_id AND n.volunteer_id = c.volunteer_id AND n.issued_at > c.issued_at
             AND coalesce(n.period_from, '-infinity'::date) <= coalesce(c.period_from, '-infinity'::date)
             AND n.period_to >= c.period_to
             AND NOT EXISTS (SELECT 1 FROM certificate_revocations nr WHERE nr.tenant_id = n.tenant_id AND nr.number = n.number)
           ORDER BY n.issued_at LIMIT 1) AS superseded_by
    FROM certificates c
    LEFT JOIN certificate_revocations r ON r.tenant_id = c.tenant_id AND r.number = c.number
    LEFT JOIN station_settings st ON st.tenant_id = c.tenant_id`;

const standing = (row: CertificateRow) => (row.revoked_reason ? 'revoked' : row.superseded_by ? 'superseded' : 'valid');

@Injectable()
export class CertificatesService {
  constructor(
    private readonly ds: DataSource,
    private readonly hours: HoursService,
    private readonly services: ServiceClient,
  ) {}

  async issue(caller: CallerContext, volunteerId: string, dto: IssueCertificateDto): Promise<CertificateIssuedDto> {
    return idempotent(this.ds, caller, 'hours.certificate.issue', { volunteerId, ...dto }, async () => {
      const settings = await loadSettings(this.ds, caller.tenantId);
      const today = todayIn(settings.timezone);
      const to = dto.to && dto.to < today ? dto.to : today;
      if (dto.from && dto.from > to) throw HoursErrors.rangeInvalid(dto.from, to);
      const place = await this.hours.volunteerPath(this.ds, caller.tenantId, volunteerId);
      if (!place) throw HoursErrors.volunteerNotFound(volunteerId);
      assertCanReadVolunteer(caller, volunteerId, place.tierPath);
      const profile = await this.profile(caller, volunteerId);
      const year = Number(today.slice(0, 4));
      const number = await this.ds.transaction(async (manager) => {
        const [totals] = await manager.query(
          `SELECT coalesce(sum(counted_minutes), 0)::int AS minutes, count(*) FILTER (WHERE counted_minutes > 0)::int AS entries,
                  string_agg(DISTINCT coalesce(activity_title, content), '、') FILTER (WHERE counted_minutes > 0) AS content
             FROM entry_states WHERE tenant_id = $1 AND volunteer_id = $2 AND service_date <= $3
              AND ($4::date IS NULL OR service_date >= $4)`,
          [caller.tenantId, volunteerId, to, dto.from ?? null],
        );
        if (totals.minutes === 0) throw CertificateErrors.nothingToCertify();
        const seq = await nextSequence(manager, caller.tenantId, year);
        const number = formatCertificateNumber(settings.certificatePrefix, year, seq);
        const content = String(totals.content ?? '').slice(0, 300);
        await manager.query(
          `INSERT INTO certificates (tenant_id, number, year, seq, verification_code, volunteer_id, tier_path, period_from, period_to,
             approved_minutes, entry_count, content_summary, volunteer_name, id_type, id_number_masked, volunteer_no, issuer_name,
             person_in_charge, handler_name, contact, notes, issued_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
          [
            caller.tenantId,
            number,
            year,
            seq,
            newVerificationCode(),
            volunteerId,
            place.tierPath,
            dto.from ?? null,
            to,
            totals.minutes,
            totals.entries,
            content || '志愿服务',
            profile?.name ?? place.name ?? '（姓名未同步）',
            profile?.idType ?? null,
            profile?.idNumber ?? null,
            volunteerId.replace(/-/g, '').slice(0, 12).toUpperCase(),
            settings.issuerName ?? '（未设置出具组织）',
            settings.personInCharge,
            settings.handlerName,
            settings.contact,
            dto.notes?.trim() || null,
            caller.system ? null : caller.userId,
          ],
        );
        return number;
      });
      const row = await this.row(caller.tenantId, number);
      return {
        number,
        verificationCode: row.verification_code,
        pdfUrl: `/api/v1/certificates/${number}.pdf`,
        verifyUrl: `/api/v1/certificates/verify/${row.verification_code}`,
        approvedMinutes: row.approved_minutes,
        hours: toHours(row.approved_minutes),
        periodFrom: row.period_from,
        periodTo: row.period_to,
        issuedAt: new Date(row.issued_at).toISOString(),
      };
    });
  }

  /** Name and ID from the volunteers service when it answers; masked ID only (the PDF leaves the system). */
  private async profile(caller: CallerContext, volunteerId: string): Promise<VolunteerDto | null> {
    try {
      return await this.services.send<VolunteerDto>(VolunteersSubjects.get, { id: volunteerId }, caller, 2000);
    } catch {
      return null;
    }
  }

  private async row(tenantId: string, number: string): Promise<CertificateRow> {
    const [row] = await this.ds.query(`${CERTIFICATE_SELECT} WHERE c.tenant_id = $1 AND c.number = $2`, [
      tenantId,
      number,
    ]);
    if (!row) throw CertificateErrors.notFound(number);
    return row;
  }

  async pdf(caller: CallerContext, number: string, publicBaseUrl?: string): Promise<FileReply> {
    const row = await this.row(caller.tenantId, number);
    assertCanReadVolunteer(caller, row.volunteer_id, row.tier_path);
    const verifyPath = `/api/v1/certificates/verify/${row.verification_code}`;
    const pdf = await renderCertificatePdf({
      number: row.number,
      verificationCode: row.verification_code,
      verifyUrl: publicBaseUrl ? `${publicBaseUrl.replace(/\/$/, '')}${verifyPath}` : verifyPath,
      volunteerName: row.volunteer_name,
      idTypeLabel: row.id_type ? (ID_TYPE_LABELS[row.id_type as IdType] ?? row.id_type) : null,
      idNumberMasked: row.id_number_masked,
      volunteerNo: row.volunteer_no,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      approvedMinutes: row.approved_minutes,
      entryCount: row.entry_count,
      contentSummary: row.content_summary,
      issuerName: row.issuer_name,
      personInCharge: row.person_in_charge,
      handlerName: row.handler_name,
      contact: row.contact,
      notes: row.notes,
      issuedOn: row.issued_on,
      status: standing(row),
    });
    return { filename: `${row.number}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }

  /** Public: what a certificate certifies and whether it still stands, with the name masked. */
  async verify(code: string): Promise<CertificateVerificationDto> {
    const normalised = normaliseVerificationCode(code);
    if (!/^[0-9A-Z]{12}$/.test(normalised)) throw CertificateErrors.codeUnknown();
    const [row]: CertificateRow[] = await this.ds.query(`${CERTIFICATE_SELECT} WHERE c.verification_code = $1`, [
      normalised,
    ]);
    if (!row) throw CertificateErrors.codeUnknown();
    const status = standing(row);
    return {
      number: row.number,
      status,
      volunteerName: maskName(row.volunteer_name),
      approvedMinutes: row.approved_minutes,
      hours: toHours(row.approved_minutes),
      periodFrom: row.period_from,
      periodTo: row.period_to,
      issuer: row.issuer_name,
      issuedOn: row.issued_on,
      ...(row.revoked_reason ? { revokedOn: row.revoked_on!, revokedReason: row.revoked_reason } : {}),
      ...(status === 'superseded' ? { supersededBy: row.superseded_by! } : {}),
    };
  }

  async revoke(caller: CallerContext, number: string, reason: string): Promise<CertificateVerificationDto> {
    const row = await this.row(caller.tenantId, number);
    assertCanActOn(caller, row.tier_path, 'decide');
    const inserted: unknown[] = await this.ds.query(
      `INSERT INTO certificate_revocations (tenant_id, number, reason, revoked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING number`,
      [caller.tenantId, number, reason.trim(), caller.system ? null : caller.userId],
    );
    if (inserted.length === 0) throw CertificateErrors.alreadyRevoked(number);
    return this.verify(row.verification_code);
  }
}

/**
 * Next certificate sequence for a station and year. The upsert takes a row lock on the counter,
 * so concurrent issues queue on it and each gets its own number; a rolled-back issue rolls back
 * its increment, so numbers have no gaps.
 */
export async function nextSequence(manager: EntityManager, tenantId: string, year: number): Promise<number> {
  const [{ seq }] = await manager.query(
    `INSERT INTO certificate_sequences (tenant_id, year, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_seq = certificate_sequences.last_seq + 1
     RETURNING last_seq AS seq`,
    [tenantId, year],
  );
  if (seq > 999_999) throw CertificateErrors.sequenceExhausted();
  return seq;
}
