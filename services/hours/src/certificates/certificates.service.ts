import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  HoursApi,
  ID_TYPE_LABELS,
  VolunteersApi,
  type CertificateIssuedDto,
  type CertificateVerificationDto,
  type FileReply,
  type IdType,
  type IssueCertificateDto,
  type VolunteerDto,
} from '#linli/contracts';
import { idempotent, ServiceClient, type CallerContext } from '#linli/platform';
import { assertCanActOn, assertCanReadVolunteer } from '../access/access.js';
import { CertificateErrors, HoursErrors } from '../hours.errors.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { toHours } from '../ledger/ledger.rules.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { todayIn } from '../stations/stations.rules.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { CertificatesRepository, type CertificateRow } from './certificates.repository.js';
import {
  certificateStanding,
  formatCertificateNumber,
  isOrigin,
  maskName,
  MAX_CERTIFICATE_SEQUENCE,
  newVerificationCode,
  normaliseVerificationCode,
} from './certificates.rules.js';

/** Certificates of service: issued from the approved ledger, numbered per station and year, checked in public. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly certificates: CertificatesRepository,
    private readonly ledger: LedgerRepository,
    private readonly stations: StationsRepository,
  ) {}

  async issue(caller: CallerContext, volunteerId: string, dto: IssueCertificateDto): Promise<CertificateIssuedDto> {
    const key = HoursApi.operations.certificateIssue.subject;
    return idempotent(this.ds, caller, key, { volunteerId, ...dto }, async () => {
      const settings = await this.stations.settings(this.ds, caller.tenantId);
      const today = todayIn(settings.timezone);
      const to = dto.to && dto.to < today ? dto.to : today;
      if (dto.from && dto.from > to) throw HoursErrors.rangeInvalid(dto.from, to);
      const place = await this.ledger.volunteerPlace(this.ds, caller.tenantId, volunteerId);
      if (!place) throw HoursErrors.volunteerNotFound(volunteerId);
      assertCanReadVolunteer(caller, volunteerId, place.tierPath);
      const profile = await this.profile(caller, volunteerId);
      const year = Number(today.slice(0, 4));
      const number = await this.ds.transaction(async (manager) => {
        const totals = await this.ledger.certifiable(manager, caller.tenantId, volunteerId, {
          from: dto.from ?? null,
          to,
        });
        if (totals.minutes === 0) throw CertificateErrors.nothingToCertify();
        const seq = await this.certificates.nextSequence(manager, caller.tenantId, year);
        if (seq > MAX_CERTIFICATE_SEQUENCE) throw CertificateErrors.sequenceExhausted();
        const number = formatCertificateNumber(settings.certificatePrefix, year, seq);
        const content = String(totals.content ?? '').slice(0, 300);
        await this.certificates.insert(manager, {
          tenantId: caller.tenantId,
          number,
          year,
          seq,
          verificationCode: newVerificationCode(),
          volunteerId,
          tierPath: place.tierPath,
          periodFrom: dto.from ?? null,
          periodTo: to,
          approvedMinutes: totals.minutes,
          entryCount: totals.entries,
          contentSummary: content || '志愿服务',
          volunteerName: profile?.name ?? place.name ?? '（姓名未同步）',
          idType: profile?.idType ?? null,
          idNumberMasked: profile?.idNumber ?? null,
          volunteerNo: volunteerId.replace(/-/g, '').slice(0, 12).toUpperCase(),
          issuerName: settings.issuerName ?? '（未设置出具组织）',
          personInCharge: settings.personInCharge,
          handlerName: settings.handlerName,
          contact: settings.contact,
          notes: dto.notes?.trim() || null,
          issuedBy: caller.system ? null : caller.userId,
        });
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
      return await this.services.call(VolunteersApi.operations.get, { id: volunteerId }, caller, 2000);
    } catch {
      return null;
    }
  }

  private async row(tenantId: string, number: string): Promise<CertificateRow> {
    const row = await this.certificates.byNumber(this.ds, tenantId, number);
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
      verifyUrl: isOrigin(publicBaseUrl) ? `${publicBaseUrl.replace(/\/$/, '')}${verifyPath}` : verifyPath,
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
      status: certificateStanding(row),
    });
    return { filename: `${row.number}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }

  /** Public: what a certificate certifies and whether it still stands, with the name masked. */
  async verify(code: string): Promise<CertificateVerificationDto> {
    const normalised = normaliseVerificationCode(code);
    if (!/^[0-9A-Z]{12}$/.test(normalised)) throw CertificateErrors.codeUnknown();
    const row = await this.certificates.byCode(this.ds, normalised);
    if (!row) throw CertificateErrors.codeUnknown();
    const status = certificateStanding(row);
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
    const revoked = await this.certificates.revoke(this.ds, {
      tenantId: caller.tenantId,
      number,
      reason: reason.trim(),
      revokedBy: caller.system ? null : caller.userId,
    });
    if (!revoked) throw CertificateErrors.alreadyRevoked(number);
    return this.verify(row.verification_code);
  }
}
