import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventDef, ImportFormat, ImportJobDto, VolunteerEventPayload } from '#linli/contracts';
import type { Existing } from './imports.rules.js';

export interface JobRow extends Omit<ImportJobDto, 'startedAt' | 'finishedAt'> {
  startedAt: Date;
  finishedAt: Date | null;
  scopePaths: string[];
  createdBy: string;
}

export interface NewJob {
  id: string;
  tenantId: string;
  createdBy: string;
  scopePaths: string[];
  format: ImportFormat;
  fileName: string | null;
  dryRun: boolean;
  total: number;
}

/** One imported volunteer to create; the ID number and guardian phone already encrypted. */
export interface ImportedVolunteer {
  id: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: string;
  birthDate: string;
  idNumberEnc: string;
  idNumberHash: string;
  phone: string;
  skills: string[] | null;
  recruitedBy: string | null;
  teamName: string | null;
  insuredUntil: string | null;
  guardianName: string | null;
  guardianPhoneEnc: string | null;
  guardianRelation: string | null;
}

/** One stored volunteer as a row makes it; guardian fields null keep the stored guardian. */
export interface ImportedChange {
  id: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  phone: string;
  skills: string[];
  teamName: string | null;
  insuredUntil: string | null;
  recruitedBy: string | null;
  guardianName: string | null;
  guardianPhoneEnc: string | null;
  guardianRelation: string | null;
}

export interface BatchEvent {
  event: EventDef<VolunteerEventPayload>;
  payload: VolunteerEventPayload;
}

const JOB_COLUMNS = `id, status, dry_run AS "dryRun", format, file_name AS "fileName", total, processed, created, updated, unchanged,
  rejected AS "rejectedCount", error_code AS "errorCode", started_at AS "startedAt", finished_at AS "finishedAt",
  scope_paths AS "scopePaths", created_by AS "createdBy"`;

/** Skills travel as one text per row (unnest takes no jagged arrays), joined by the unit separator. */
const SEP = '\x1f';

/**
 * Every statement of an import: its job row, and the multi-row writes of a batch (one
 * statement per table per batch, so 100,000 rows are some hundreds of statements).
 */
@Injectable()
export class ImportsRepository {
  /** Answers false when the id is already taken. */
  async insertJob(manager: EntityManager, job: NewJob): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO import_jobs (id, tenant_id, created_by, scope_paths, format, file_name, dry_run, status, total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'running', $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [job.id, job.tenantId, job.createdBy, job.scopePaths, job.format, job.fileName, job.dryRun, job.total],
    );
    return inserted.length > 0;
  }

  async findJob(manager: EntityManager, tenantId: string, id: string): Promise<JobRow | undefined> {
    const [job] = await manager.query(`SELECT ${JOB_COLUMNS} FROM import_jobs WHERE id = $1 AND tenant_id = $2`, [
      id,
      tenantId,
    ]);
    return job;
  }

  async countBatch(
    manager: EntityManager,
    id: string,
    counts: { processed: number; created: number; updated: number; unchanged: number; rejected: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE import_jobs SET processed = processed + $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5,
              rejected = rejected + $6 WHERE id = $1`,
      [id, counts.processed, counts.created, counts.updated, counts.unchanged, counts.rejected],
    );
  }

  /** Closes a running job; a job already closed stays as it is. */
  async finishJob(manager: EntityManager, id: string, errorCode: string | null): Promise<void> {
    await manager.query(
      `UPDATE import_jobs SET status = $2, error_code = $3, finished_at = now() WHERE id = $1 AND status = 'running'`,
      [id, errorCode ? 'failed' : 'completed', errorCode],
    );
  }

  /** Stored volunteers holding any of these ID number hashes or phones. */
  matching(manager: EntityManager, tenantId: string, idHashes: string[], phones: string[]): Promise<Existing[]> {
    return manager.query(
      `SELECT id, id_number_hash AS "idHash", phone, tier_node_id AS "tierNodeId", tier_path AS "tierPath", name, sex,
              to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", skills, team_name AS "teamName", status,
              guardian_name AS "guardianName", guardian_consent AS "guardianConsent",
              to_char(insured_until, 'YYYY-MM-DD') AS "insuredUntil", recruited_by AS "recruitedBy"
         FROM volunteers WHERE tenant_id = $1 AND (id_number_hash = ANY($2) OR phone = ANY($3))`,
      [tenantId, idHashes, phones],
    );
  }

  /** Creates the volunteers, active, source `import`; answers the ids actually inserted (a concurrent insert may win). */
  async insertVolunteers(
    manager: EntityManager,
    tenantId: string,
    actor: string,
    consentVersion: string,
    rows: ImportedVolunteer[],
  ): Promise<Set<string>> {
    const col = <T>(f: (v: ImportedVolunteer) => T) => rows.map(f);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, sex, birth_date, id_type, id_number_enc, id_number_hash,
         phone, skills, status, recruited_by, team_name, insured_until, guardian_name, guardian_phone_enc, guardian_relation,
         guardian_consent, guardian_consent_at, consent_at, consent_version, source, created_by)
       SELECT u.id, $1, u.tier_node_id, u.tier_path, u.name, u.sex, u.birth_date, 'resident_id', u.id_enc, u.id_hash,
              u.phone, COALESCE(string_to_array(u.skills, E'\\x1f'), '{}'), 'active', u.recruited_by, u.team, u.insured_until,
              u.g_name, u.g_phone, u.g_relation, u.g_name IS NOT NULL, CASE WHEN u.g_name IS NOT NULL THEN now() END, now(), $2, 'import', $3
         FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::date[], $10::text[], $11::text[], $12::text[],
                     $13::text[], $14::uuid[], $15::text[], $16::date[], $17::text[], $18::text[], $19::text[])
           AS u(id, tier_node_id, tier_path, name, sex, birth_date, id_enc, id_hash, phone, skills, recruited_by, team, insured_until,
                g_name, g_phone, g_relation)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        tenantId,
        consentVersion,
        actor,
        col((v) => v.id),
        col((v) => v.tierNodeId),
        col((v) => v.tierPath),
        col((v) => v.name),
        col((v) => v.sex),
        col((v) => v.birthDate),
        col((v) => v.idNumberEnc),
        col((v) => v.idNumberHash),
        col((v) => v.phone),
        col((v) => (v.skills ? v.skills.join(SEP) : null)),
        col((v) => v.recruitedBy),
        col((v) => v.teamName),
        col((v) => v.insuredUntil),
        col((v) => v.guardianName),
        col((v) => v.guardianPhoneEnc),
        col((v) => v.guardianRelation),
      ],
    );
    return new Set(inserted.map((r) => r.id));
  }

  /** Updates stored volunteers; a row's guardian (when given) replaces the stored one and records consent. */
  async updateVolunteers(manager: EntityManager, tenantId: string, rows: ImportedChange[]): Promise<void> {
    const col = <T>(f: (v: ImportedChange) => T) => rows.map(f);
    await manager.query(
      `UPDATE volunteers v SET tier_node_id = u.tier_node_id, tier_path = u.tier_path, name = u.name, phone = u.phone,
              skills = COALESCE(string_to_array(u.skills, E'\\x1f'), '{}'), team_name = u.team, insured_until = u.insured_until,
              recruited_by = u.recruited_by,
              guardian_name = COALESCE(u.g_name, v.guardian_name), guardian_phone_enc = COALESCE(u.g_phone, v.guardian_phone_enc),
              guardian_relation = COALESCE(u.g_relation, v.guardian_relation),
              guardian_consent = v.guardian_consent OR u.g_name IS NOT NULL,
              guardian_consent_at = CASE WHEN u.g_name IS NOT NULL THEN now() ELSE v.guardian_consent_at END,
              updated_at = now()
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::uuid[],
                     $11::text[], $12::text[], $13::text[])
           AS u(id, tier_node_id, tier_path, name, phone, skills, team, insured_until, recruited_by, g_name, g_phone, g_relation)
        WHERE v.id = u.id AND v.tenant_id = $1`,
      [
        tenantId,
        col((v) => v.id),
        col((v) => v.tierNodeId),
        col((v) => v.tierPath),
        col((v) => v.name),
        col((v) => v.phone),
        col((v) => v.skills.join(SEP)),
        col((v) => v.teamName),
        col((v) => v.insuredUntil),
        col((v) => v.recruitedBy),
        col((v) => v.guardianName),
        col((v) => v.guardianPhoneEnc),
        col((v) => v.guardianRelation),
      ],
    );
  }

  /** The batch's declared events in the outbox, in one statement (the relay publishes them). */
  async addEvents(
    manager: EntityManager,
    tenantId: string,
    requestId: string | null,
    events: BatchEvent[],
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO outbox (id, tenant_id, subject, payload, request_id)
       SELECT u.id, $1, u.subject, u.payload::jsonb, $2 FROM unnest($3::uuid[], $4::text[], $5::text[]) AS u(id, subject, payload)`,
      [
        tenantId,
        requestId,
        events.map(() => randomUUID()),
        events.map((e) => e.event.subject),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }
}
