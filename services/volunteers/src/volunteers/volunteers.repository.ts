import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IdType, RecruiterDto, Revealable, Sex, VolunteerStatus } from '#linli/contracts';

/** A volunteers row as `COLUMNS` names it. */
export interface VolunteerRow {
  id: string;
  tenantId: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: Sex;
  birthDate: string;
  idType: IdType;
  idNumberEnc: string;
  phone: string;
  skills: string[];
  availableTimes: string[];
  status: VolunteerStatus;
  recruitedBy: string | null;
  teamName: string | null;
  insuredUntil: string | null;
  guardianName: string | null;
  guardianPhoneEnc: string | null;
  guardianRelation: string | null;
  guardianConsent: boolean;
  guardianConsentAt: Date | null;
  consentAt: Date;
  consentVersion: string;
  source: string;
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the national volunteer information system needs of a registration, the ID number still encrypted. */
export type RegistrationRow = Pick<
  VolunteerRow,
  'id' | 'name' | 'idType' | 'idNumberEnc' | 'sex' | 'birthDate' | 'phone' | 'teamName' | 'tierNodeId' | 'createdAt'
>;

/** What a registration writes; the consent and guardian consent times are the write's own. */
export interface NewVolunteer {
  id: string;
  tenantId: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: Sex;
  birthDate: string;
  idType: IdType;
  idNumberEnc: string;
  idNumberHash: string;
  phone: string;
  skills: string[];
  availableTimes: string[];
  status: VolunteerStatus;
  recruitedBy: string | null;
  teamName: string | null;
  insuredUntil: string | null;
  guardianName: string | null;
  guardianPhoneEnc: string | null;
  guardianRelation: string | null;
  guardianConsent: boolean;
  consentVersion: string;
  source: 'leader' | 'self';
  createdBy: string;
}

/** The fields an update may change. */
export type VolunteerChanges = Pick<
  VolunteerRow,
  | 'tierNodeId'
  | 'tierPath'
  | 'name'
  | 'phone'
  | 'skills'
  | 'availableTimes'
  | 'status'
  | 'insuredUntil'
  | 'teamName'
  | 'recruitedBy'
  | 'guardianName'
  | 'guardianPhoneEnc'
  | 'guardianRelation'
  | 'guardianConsent'
  | 'guardianConsentAt'
>;

/** Search criteria; every one is optional except the tenant and the caller's subtrees. */
export interface VolunteerFilter {
  tenantId: string;
  /** `LIKE` patterns of the caller's subtrees (`/root/…/%`). */
  scope: string[];
  /** The path prefix of a node the search is narrowed to. */
  subtree?: string;
  nameContains?: string;
  phoneTail?: string;
  skill?: string;
  teamName?: string;
  /** Current members of this team, from the copy of the teams service's membership events. */
  teamId?: string;
  status?: VolunteerStatus;
  /** Inclusive birth date bounds (`YYYY-MM-DD`). */
  bornFrom?: string;
  bornTo?: string;
}

/** An existing volunteer with the same ID number (first) or phone. */
export interface Clash {
  id: string;
  tierPath: string;
  sameId: boolean;
}

const COLUMNS = `v.id, v.tenant_id AS "tenantId", v.tier_node_id AS "tierNodeId", v.tier_path AS "tierPath", v.name, v.sex,
  to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate", v.id_type AS "idType", v.id_number_enc AS "idNumberEnc", v.phone,
  v.skills, v.available_times AS "availableTimes", v.status, v.recruited_by AS "recruitedBy", v.team_name AS "teamName",
  to_char(v.insured_until, 'YYYY-MM-DD') AS "insuredUntil", v.guardian_name AS "guardianName",
  v.guardian_phone_enc AS "guardianPhoneEnc", v.guardian_relation AS "guardianRelation", v.guardian_consent AS "guardianConsent",
  v.guardian_consent_at AS "guardianConsentAt", v.consent_at AS "consentAt", v.consent_version AS "consentVersion",
  v.source, v.user_id AS "userId", v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every statement on `volunteers`, `audit_log` and `join_attempts`; always scoped by tenant. */
@Injectable()
export class VolunteersRepository {
  async find(
    manager: EntityManager,
    tenantId: string,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<VolunteerRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${COLUMNS} FROM volunteers v WHERE v.id = $1 AND v.tenant_id = $2${options.lock ? ' FOR UPDATE' : ''}`,
      [id, tenantId],
    );
    return row;
  }

  async exists(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const found: unknown[] = await manager.query('SELECT 1 FROM volunteers WHERE id = $1 AND tenant_id = $2', [
      id,
      tenantId,
    ]);
    return found.length > 0;
  }

  async findClash(manager: EntityManager, tenantId: string, idHash: string, phone: string): Promise<Clash | undefined> {
    const [existing] = await manager.query(
      `SELECT id, tier_path AS "tierPath", id_number_hash = $2 AS "sameId" FROM volunteers
        WHERE tenant_id = $1 AND (id_number_hash = $2 OR phone = $3) ORDER BY (id_number_hash = $2) DESC LIMIT 1`,
      [tenantId, idHash, phone],
    );
    return existing;
  }

  /** One page of a search, newest first, and the number of matches. */
  async search(
    manager: EntityManager,
    filter: VolunteerFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: VolunteerRow[]; total: number }> {
    const params: unknown[] = [filter.tenantId, filter.scope];
    const where = ['v.tenant_id = $1', 'v.tier_path LIKE ANY($2)'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.subtree) add((n) => `v.tier_path LIKE $${n}`, `${filter.subtree}%`);
    if (filter.nameContains) add((n) => `v.name ILIKE $${n}`, `%${escapeLike(filter.nameContains)}%`);
    if (filter.phoneTail) add((n) => `right(v.phone, 4) = $${n}`, filter.phoneTail);
    if (filter.skill) add((n) => `v.skills @> ARRAY[$${n}]::text[]`, filter.skill);
    if (filter.teamName) add((n) => `v.team_name = $${n}`, filter.teamName);
    if (filter.teamId) {
      add(
        (n) => `EXISTS (SELECT 1 FROM team_members m WHERE m.tenant_id = v.tenant_id AND m.team_id = $${n}
                   AND m.volunteer_id = v.id AND m.left_at IS NULL)`,
        filter.teamId,
      );
    }
    if (filter.status) add((n) => `v.status = $${n}`, filter.status);
    if (filter.bornTo) add((n) => `v.birth_date <= $${n}`, filter.bornTo);
    if (filter.bornFrom) add((n) => `v.birth_date >= $${n}`, filter.bornFrom);
    const conditions = where.join(' AND ');
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM volunteers v WHERE ${conditions}`,
      params,
    );
    const rows: VolunteerRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM volunteers v WHERE ${conditions}
        ORDER BY v.created_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return { rows, total };
  }

  /** The 20 volunteers who brought the most others in, counting recruits in the scope (and subtree). */
  recruiters(manager: EntityManager, tenantId: string, scope: string[], subtree?: string): Promise<RecruiterDto[]> {
    return manager.query(
      `SELECT r.id AS "volunteerId", r.name, count(*)::int AS "recruitedCount"
         FROM volunteers v JOIN volunteers r ON r.id = v.recruited_by
        WHERE v.tenant_id = $1 AND v.tier_path LIKE ANY($2) AND ($3::text IS NULL OR v.tier_path LIKE $3)
        GROUP BY r.id, r.name ORDER BY count(*) DESC, r.name LIMIT 20`,
      [tenantId, scope, subtree ? `${subtree}%` : null],
    );
  }

  async insert(manager: EntityManager, v: NewVolunteer): Promise<void> {
    await manager.query(
      `INSERT INTO volunteers (id, tenant_id, tier_node_id, tier_path, name, sex, birth_date, id_type, id_number_enc, id_number_hash,
         phone, skills, available_times, status, recruited_by, team_name, insured_until, guardian_name, guardian_phone_enc,
         guardian_relation, guardian_consent, guardian_consent_at, consent_at, consent_version, source, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
         CASE WHEN $21 THEN now() END, now(), $22, $23, $24)`,
      [
        v.id,
        v.tenantId,
        v.tierNodeId,
        v.tierPath,
        v.name,
        v.sex,
        v.birthDate,
        v.idType,
        v.idNumberEnc,
        v.idNumberHash,
        v.phone,
        v.skills,
        v.availableTimes,
        v.status,
        v.recruitedBy,
        v.teamName,
        v.insuredUntil,
        v.guardianName,
        v.guardianPhoneEnc,
        v.guardianRelation,
        v.guardianConsent,
        v.consentVersion,
        v.source,
        v.createdBy,
      ],
    );
  }

  async linkUser(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager.query('UPDATE volunteers SET user_id = $2 WHERE id = $1', [id, userId]);
  }

  async setStatus(manager: EntityManager, id: string, status: VolunteerStatus): Promise<void> {
    await manager.query(`UPDATE volunteers SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  async update(manager: EntityManager, id: string, next: VolunteerChanges): Promise<void> {
    await manager.query(
      `UPDATE volunteers SET tier_node_id = $2, tier_path = $3, name = $4, phone = $5, skills = $6, available_times = $7,
         status = $8, insured_until = $9, team_name = $10, recruited_by = $11, guardian_name = $12, guardian_phone_enc = $13,
         guardian_relation = $14, guardian_consent = $15, guardian_consent_at = $16, updated_at = now()
       WHERE id = $1`,
      [
        id,
        next.tierNodeId,
        next.tierPath,
        next.name,
        next.phone,
        next.skills,
        next.availableTimes,
        next.status,
        next.insuredUntil,
        next.teamName,
        next.recruitedBy,
        next.guardianName,
        next.guardianPhoneEnc,
        next.guardianRelation,
        next.guardianConsent,
        next.guardianConsentAt,
      ],
    );
  }

  /**
   * The registration fields of the volunteers among `ids` inside the scope (LIKE patterns of the
   * caller's subtrees), with the encrypted ID number; ids elsewhere are left out.
   */
  async registrations(
    manager: EntityManager,
    tenantId: string,
    scope: string[],
    ids: string[],
  ): Promise<RegistrationRow[]> {
    return manager.query(
      `SELECT v.id, v.name, v.id_type AS "idType", v.id_number_enc AS "idNumberEnc", v.sex,
              to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate", v.phone, v.team_name AS "teamName",
              v.tier_node_id AS "tierNodeId", v.created_at AS "createdAt"
         FROM volunteers v
        WHERE v.tenant_id = $1 AND v.tier_path LIKE ANY($2) AND v.id = ANY($3::uuid[])
        ORDER BY v.id`,
      [tenantId, scope, ids],
    );
  }

  /** Many audited full reads in one statement: one row per volunteer, as `auditSensitiveRead` writes it. */
  async auditSensitiveReads(
    manager: EntityManager,
    read: { tenantId: string; actorId: string; volunteerIds: string[]; fields: Revealable[]; requestId: string },
  ): Promise<void> {
    if (read.volunteerIds.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (id, tenant_id, actor_id, action, target_type, target_id, fields, request_id)
       SELECT gen_random_uuid(), $1, $2, 'volunteer.sensitive.read', 'volunteer', t.id, $4, $5
         FROM unnest($3::uuid[]) AS t (id)`,
      [read.tenantId, read.actorId, read.volunteerIds, read.fields, read.requestId],
    );
  }

  /** One audited full read of sensitive fields. */
  async auditSensitiveRead(
    manager: EntityManager,
    read: { tenantId: string; actorId: string; volunteerId: string; fields: Revealable[]; requestId: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (id, tenant_id, actor_id, action, target_type, target_id, fields, request_id)
       VALUES ($1, $2, $3, 'volunteer.sensitive.read', 'volunteer', $4, $5, $6)`,
      [randomUUID(), read.tenantId, read.actorId, read.volunteerId, read.fields, read.requestId],
    );
  }

  /**
   * Counts the public sign-ups from an address within the window (older ones are dropped
   * first): how many, and when the oldest was (epoch seconds).
   */
  async joinAttempts(
    manager: EntityManager,
    address: string,
    windowSeconds: number,
  ): Promise<{ count: number; oldest: number | null }> {
    await manager.query(`DELETE FROM join_attempts WHERE at < now() - make_interval(secs => $1)`, [windowSeconds]);
    const [attempts] = await manager.query(
      `SELECT count(*)::int AS count, extract(epoch FROM min(at))::float8 AS oldest FROM join_attempts WHERE address = $1`,
      [address],
    );
    return attempts;
  }

  async recordJoinAttempt(manager: EntityManager, address: string): Promise<void> {
    await manager.query('INSERT INTO join_attempts (address) VALUES ($1)', [address]);
  }

  /**
   * Per tier path: volunteers registered before `until` and on the books now (pending or active),
   * and those recruited in [since, until), with the minors among them (under 18 when registered).
   */
  async coverage(
    manager: EntityManager,
    tenantId: string,
    subtrees: string[],
    range: { since: string; until: string },
  ): Promise<Array<{ tierPath: string; volunteers: number; recruited: number; recruitedMinors: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath",
              count(*) FILTER (WHERE status IN ('pending', 'active'))::int AS volunteers,
              count(*) FILTER (WHERE created_at >= $3)::int AS recruited,
              count(*) FILTER (WHERE created_at >= $3 AND birth_date > (created_at - interval '18 years')::date)::int
                AS "recruitedMinors"
         FROM volunteers
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND created_at < $4
        GROUP BY tier_path`,
      [tenantId, subtrees, range.since, range.until],
    );
  }
}
