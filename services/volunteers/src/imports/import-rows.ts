import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CONSENT_VERSION,
  PHONE_PATTERN,
  VolunteersEvents,
  type ImportBatchResult,
  type ImportRejection,
  type ImportRowDto,
  type Sex,
} from '#linli/contracts';
import { DomainException, logContext } from '#linli/platform';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { TierRef } from '../volunteers/tier-lookup.js';
import { toEventPayload } from '../volunteers/volunteer.mapper.js';
import { checkIdentity, parseSexCell, parseSkillsCell } from '../volunteers/volunteer-rules.js';
import { ImportErrors, VolunteerErrors } from '../volunteers/volunteer.exception.js';

/** A row as the importer takes it: the sheet's cells, plus fields only the demo seed sets. */
export interface ImportRowInput extends ImportRowDto {
  /** Fixed id (demo seed); otherwise a random one. */
  id?: string;
  recruitedBy?: string;
  insuredUntil?: string;
}

export interface ImportRowContext {
  tenantId: string;
  actor: string;
  cipher: FieldCipher;
  today: string;
  dryRun: boolean;
  resolveTier(text: string): TierRef | 'unknown' | 'ambiguous';
  canWrite(path: string): boolean;
  canRead(path: string): boolean;
}

interface Candidate {
  row: number;
  id: string;
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  idHash: string;
  phone: string;
  tier: TierRef;
  skills: string[] | null;
  team: string | null;
  guardian: { name: string; phone: string; relation: string } | null;
  recruitedBy: string | null;
  insuredUntil: string | null;
}

interface Existing {
  id: string;
  idHash: string;
  phone: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: Sex;
  birthDate: string;
  skills: string[];
  teamName: string | null;
  status: 'pending' | 'active' | 'suspended' | 'left';
  guardianName: string | null;
  guardianConsent: boolean;
  insuredUntil: string | null;
  recruitedBy: string | null;
}

const reject = (row: number, error: DomainException): ImportRejection => ({
  row,
  code: error.code,
  message: error.message,
});

/** Turns one sheet row into a checked candidate, or throws the rule it breaks. */
function parseRow(input: ImportRowInput, ctx: ImportRowContext): Candidate {
  const name = input.name?.trim();
  if (!name) throw VolunteerErrors.fieldRequired(`姓名 name`);
  if (name.length > 50) throw VolunteerErrors.fieldRequired(`姓名 name (≤ 50)`);
  const idNumber = input.idNumber?.trim();
  if (!idNumber) throw VolunteerErrors.fieldRequired('身份证号 idNumber');
  const phone = input.phone?.trim().replace(/[\s-]/g, '');
  if (!phone) throw VolunteerErrors.fieldRequired('手机号 phone');
  if (!PHONE_PATTERN.test(phone)) throw VolunteerErrors.phoneInvalid();
  const tierText = input.tier?.trim();
  if (!tierText) throw VolunteerErrors.fieldRequired('所属村/社区 tier');
  const tier = ctx.resolveTier(tierText);
  if (tier === 'unknown' || (tier !== 'ambiguous' && !ctx.canWrite(tier.path)))
    throw ImportErrors.tierUnknown(tierText);
  if (tier === 'ambiguous') throw ImportErrors.tierAmbiguous(tierText);
  const guardianPhone = input.guardianPhone?.trim();
  if (guardianPhone && !PHONE_PATTERN.test(guardianPhone)) throw VolunteerErrors.phoneInvalid();
  // Guardian columns filled in a station's register stand for the signed consent form on file.
  const guardian =
    input.guardianName?.trim() && guardianPhone && input.guardianRelation?.trim()
      ? {
          name: input.guardianName.trim(),
          phone: guardianPhone,
          relation: input.guardianRelation.trim(),
          consentGiven: true,
        }
      : null;
  const checked = checkIdentity(
    { name, sex: parseSexCell(input.sex), idType: 'resident_id', idNumber, guardian },
    ctx.today,
  );
  const skills = parseSkillsCell(input.skills);
  return {
    row: input.row,
    id: input.id ?? randomUUID(),
    name,
    sex: checked.sex,
    birthDate: checked.birthDate,
    idNumber: checked.idNumber,
    idHash: ctx.cipher.lookupHash('resident_id', checked.idNumber),
    phone,
    tier,
    skills: skills.length > 0 ? skills : null,
    team: input.team?.trim() || null,
    guardian: guardian ? { name: guardian.name, phone: guardian.phone, relation: guardian.relation } : null,
    recruitedBy: input.recruitedBy ?? null,
    insuredUntil: input.insuredUntil ?? null,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** What an existing volunteer becomes under a row; empty cells keep what is stored. */
function merged(e: Existing, c: Candidate) {
  return {
    id: e.id,
    tierNodeId: c.tier.id,
    tierPath: c.tier.path,
    name: c.name,
    sex: c.sex,
    birthDate: c.birthDate,
    phone: c.phone,
    skills: c.skills ?? e.skills,
    teamName: c.team ?? e.teamName,
    status: e.status,
    guardianConsent: c.guardian ? true : e.guardianConsent,
    insuredUntil: c.insuredUntil ?? e.insuredUntil,
    recruitedBy: c.recruitedBy ?? e.recruitedBy,
  };
}

function changed(e: Existing, c: Candidate): boolean {
  const m = merged(e, c);
  return (
    m.tierNodeId !== e.tierNodeId ||
    m.name !== e.name ||
    m.phone !== e.phone ||
    !sameList(m.skills, e.skills) ||
    m.teamName !== e.teamName ||
    (c.guardian !== null && c.guardian.name !== e.guardianName) ||
    m.insuredUntil !== e.insuredUntil ||
    m.recruitedBy !== e.recruitedBy
  );
}

/**
 * Imports one batch of rows. Each row is checked on its own (a bad row is rejected with its
 * code, never the batch); rows are matched to existing volunteers by the ID number's keyed
 * hash, so a second run of the same file creates nothing. Writes use one multi-row statement
 * per table inside one transaction; if that transaction fails (e.g. a concurrent registration
 * took a phone), the batch is redone one row per transaction, so every row is still atomic.
 */
export async function processImportRows(
  ds: DataSource,
  ctx: ImportRowContext,
  rows: ImportRowInput[],
): Promise<ImportBatchResult> {
  const rejected: ImportRejection[] = [];
  const candidates: Candidate[] = [];
  const seenHash = new Map<string, number>();
  const seenPhone = new Map<string, number>();
  for (const input of rows) {
    try {
      const c = parseRow(input, ctx);
      const first = seenHash.get(c.idHash) ?? seenPhone.get(c.phone);
      if (first !== undefined) throw ImportErrors.duplicateRow(first);
      seenHash.set(c.idHash, c.row);
      seenPhone.set(c.phone, c.row);
      candidates.push(c);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      rejected.push(reject(input.row, error));
    }
  }
  const existing: Existing[] = candidates.length
    ? await ds.query(
        `SELECT id, id_number_hash AS "idHash", phone, tier_node_id AS "tierNodeId", tier_path AS "tierPath", name, sex,
                to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", skills, team_name AS "teamName", status,
                guardian_name AS "guardianName", guardian_consent AS "guardianConsent",
                to_char(insured_until, 'YYYY-MM-DD') AS "insuredUntil", recruited_by AS "recruitedBy"
           FROM volunteers WHERE tenant_id = $1 AND (id_number_hash = ANY($2) OR phone = ANY($3))`,
        [ctx.tenantId, candidates.map((c) => c.idHash), candidates.map((c) => c.phone)],
      )
    : [];
  const byHash = new Map(existing.map((e) => [e.idHash, e]));
  const byPhone = new Map(existing.map((e) => [e.phone, e]));
  const creates: Candidate[] = [];
  const updates: { c: Candidate; e: Existing }[] = [];
  let unchanged = 0;
  for (const c of candidates) {
    const e = byHash.get(c.idHash);
    const phoneOwner = byPhone.get(c.phone);
    if (e && !ctx.canWrite(e.tierPath)) {
      rejected.push(reject(c.row, VolunteerErrors.duplicate('idNumber', ctx.canRead(e.tierPath) ? e.id : undefined)));
    } else if (phoneOwner && phoneOwner.id !== e?.id) {
      rejected.push(
        reject(c.row, VolunteerErrors.duplicate('phone', ctx.canRead(phoneOwner.tierPath) ? phoneOwner.id : undefined)),
      );
    } else if (!e) {
      creates.push(c);
    } else if (changed(e, c)) {
      updates.push({ c, e });
    } else {
      unchanged++;
    }
  }
  if (ctx.dryRun || (creates.length === 0 && updates.length === 0)) {
    return { created: creates.length, updated: updates.length, unchanged, rejected: sortRejections(rejected) };
  }
  try {
    const inserted = await ds.transaction((manager) => writeBatch(manager, ctx, creates, updates));
    const lost = creates.filter((c) => !inserted.has(c.id));
    for (const c of lost) rejected.push(reject(c.row, VolunteerErrors.duplicate('idNumber')));
    return {
      created: creates.length - lost.length,
      updated: updates.length,
      unchanged,
      rejected: sortRejections(rejected),
    };
  } catch {
    // Row by row: each in its own transaction, so one clash rejects that row alone.
    let created = 0;
    let updated = 0;
    for (const c of creates) {
      try {
        const inserted = await ds.transaction((manager) => writeBatch(manager, ctx, [c], []));
        if (inserted.has(c.id)) created++;
        else rejected.push(reject(c.row, VolunteerErrors.duplicate('idNumber')));
      } catch {
        rejected.push(reject(c.row, VolunteerErrors.duplicate('phone')));
      }
    }
    for (const u of updates) {
      try {
        await ds.transaction((manager) => writeBatch(manager, ctx, [], [u]));
        updated++;
      } catch {
        rejected.push(reject(u.c.row, VolunteerErrors.duplicate('phone')));
      }
    }
    return { created, updated, unchanged, rejected: sortRejections(rejected) };
  }
}

function sortRejections(rejected: ImportRejection[]): ImportRejection[] {
  return rejected.sort((a, b) => a.row - b.row);
}

/** Multi-row writes of one batch; returns the ids actually inserted (a concurrent insert may have won). */
async function writeBatch(
  manager: EntityManager,
  ctx: ImportRowContext,
  creates: Candidate[],
  updates: { c: Candidate; e: Existing }[],
): Promise<Set<string>> {
  const events: { subject: string; payload: unknown }[] = [];
  const inserted = new Set<string>();
  if (creates.length > 0) {
    const col = <T>(f: (c: Candidate) => T) => creates.map(f);
    const rows: { id: string }[] = await manager.query(
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
        ctx.tenantId,
        CONSENT_VERSION,
        ctx.actor,
        col((c) => c.id),
        col((c) => c.tier.id),
        col((c) => c.tier.path),
        col((c) => c.name),
        col((c) => c.sex),
        col((c) => c.birthDate),
        col((c) => ctx.cipher.encrypt(c.idNumber)),
        col((c) => c.idHash),
        col((c) => c.phone),
        col((c) => (c.skills ? c.skills.join('\x1f') : null)),
        col((c) => c.recruitedBy),
        col((c) => c.team),
        col((c) => c.insuredUntil),
        col((c) => c.guardian?.name ?? null),
        col((c) => (c.guardian ? ctx.cipher.encrypt(c.guardian.phone) : null)),
        col((c) => c.guardian?.relation ?? null),
      ],
    );
    for (const r of rows) inserted.add(r.id);
    for (const c of creates) {
      if (!inserted.has(c.id)) continue;
      events.push({
        subject: VolunteersEvents.registered,
        payload: toEventPayload(
          {
            id: c.id,
            tierNodeId: c.tier.id,
            tierPath: c.tier.path,
            name: c.name,
            sex: c.sex,
            birthDate: c.birthDate,
            skills: c.skills ?? [],
            status: 'active',
            guardianConsent: c.guardian !== null,
            insuredUntil: c.insuredUntil,
            recruitedBy: c.recruitedBy,
          },
          ctx.today,
        ),
      });
    }
  }
  if (updates.length > 0) {
    const next = updates.map(({ c, e }) => ({ c, m: merged(e, c) }));
    const col = <T>(f: (u: (typeof next)[number]) => T) => next.map(f);
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
        ctx.tenantId,
        col((u) => u.m.id),
        col((u) => u.m.tierNodeId),
        col((u) => u.m.tierPath),
        col((u) => u.m.name),
        col((u) => u.m.phone),
        col((u) => u.m.skills.join('\x1f')),
        col((u) => u.m.teamName),
        col((u) => u.m.insuredUntil),
        col((u) => u.m.recruitedBy),
        col((u) => u.c.guardian?.name ?? null),
        col((u) => (u.c.guardian ? ctx.cipher.encrypt(u.c.guardian.phone) : null)),
        col((u) => u.c.guardian?.relation ?? null),
      ],
    );
    for (const { m } of next) events.push({ subject: VolunteersEvents.updated, payload: toEventPayload(m, ctx.today) });
  }
  if (events.length > 0) {
    await manager.query(
      `INSERT INTO outbox (id, tenant_id, subject, payload, request_id)
       SELECT u.id, $1, u.subject, u.payload::jsonb, $2 FROM unnest($3::uuid[], $4::text[], $5::text[]) AS u(id, subject, payload)`,
      [
        ctx.tenantId,
        logContext.getStore()?.requestId ?? null,
        events.map(() => randomUUID()),
        events.map((e) => e.subject),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }
  return inserted;
}
