import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

type Db = EntityManager | DataSource;

/** A certificate as stored, with its dates formatted in the station's zone and its standing's inputs. */
export interface CertificateRow {
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

/** What is written when a certificate is issued. */
export interface NewCertificate {
  tenantId: string;
  number: string;
  year: number;
  seq: number;
  verificationCode: string;
  volunteerId: string;
  tierPath: string;
  periodFrom: string | null;
  periodTo: string;
  approvedMinutes: number;
  entryCount: number;
  contentSummary: string;
  volunteerName: string;
  idType: string | null;
  idNumberMasked: string | null;
  volunteerNo: string;
  issuerName: string;
  personInCharge: string | null;
  handlerName: string | null;
  contact: string | null;
  notes: string | null;
  issuedBy: string | null;
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

/** All SQL of `certificates`, `certificate_revocations` and `certificate_sequences`. */
@Injectable()
export class CertificatesRepository {
  async byNumber(manager: Db, tenantId: string, number: string): Promise<CertificateRow | undefined> {
    const [row]: CertificateRow[] = await manager.query(
      `${CERTIFICATE_SELECT} WHERE c.tenant_id = $1 AND c.number = $2`,
      [tenantId, number],
    );
    return row;
  }

  /** By verification code, in any station: the public check knows no tenant. */
  async byCode(manager: Db, code: string): Promise<CertificateRow | undefined> {
    const [row]: CertificateRow[] = await manager.query(`${CERTIFICATE_SELECT} WHERE c.verification_code = $1`, [code]);
    return row;
  }

  /**
   * Next certificate sequence for a station and year. The upsert takes a row lock on the counter,
   * so concurrent issues queue on it and each gets its own number; a rolled-back issue rolls back
   * its increment, so numbers have no gaps.
   */
  async nextSequence(manager: EntityManager, tenantId: string, year: number): Promise<number> {
    const [{ seq }] = await manager.query(
      `INSERT INTO certificate_sequences (tenant_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, year) DO UPDATE SET last_seq = certificate_sequences.last_seq + 1
       RETURNING last_seq AS seq`,
      [tenantId, year],
    );
    return seq;
  }

  async insert(manager: EntityManager, c: NewCertificate): Promise<void> {
    await manager.query(
      `INSERT INTO certificates (tenant_id, number, year, seq, verification_code, volunteer_id, tier_path, period_from, period_to,
         approved_minutes, entry_count, content_summary, volunteer_name, id_type, id_number_masked, volunteer_no, issuer_name,
         person_in_charge, handler_name, contact, notes, issued_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [
        c.tenantId,
        c.number,
        c.year,
        c.seq,
        c.verificationCode,
        c.volunteerId,
        c.tierPath,
        c.periodFrom,
        c.periodTo,
        c.approvedMinutes,
        c.entryCount,
        c.contentSummary,
        c.volunteerName,
        c.idType,
        c.idNumberMasked,
        c.volunteerNo,
        c.issuerName,
        c.personInCharge,
        c.handlerName,
        c.contact,
        c.notes,
        c.issuedBy,
      ],
    );
  }

  /** Records a revocation; answers false when the certificate was already revoked. */
  async revoke(
    manager: Db,
    r: { tenantId: string; number: string; reason: string; revokedBy: string | null },
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO certificate_revocations (tenant_id, number, reason, revoked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING number`,
      [r.tenantId, r.number, r.reason, r.revokedBy],
    );
    return inserted.length > 0;
  }
}
