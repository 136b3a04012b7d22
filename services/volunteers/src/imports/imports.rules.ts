import { randomUUID } from 'node:crypto';
import {
  PHONE_PATTERN,
  type ImportRejection,
  type ImportRowDto,
  type Sex,
  type VolunteerStatus,
} from '#linli/contracts';
import { DomainException } from '#linli/platform';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { ImportErrors, VolunteerErrors } from '../volunteers.errors.js';
import type { TierRef } from '../volunteers/tier-lookup.js';
import { checkIdentity, parseSexCell, parseSkillsCell } from '../volunteers/volunteers.rules.js';

/** A row as the importer takes it: the sheet's cells, plus fields only the demo seed sets. */
export interface ImportRowInput extends ImportRowDto {
  /** Fixed id (demo seed); otherwise a random one. */
  id?: string;
  recruitedBy?: string;
  insuredUntil?: string;
}

/** What checking a row needs to know: today, the caller's tree and rights, the ID number hash. */
export interface RowChecks {
  cipher: FieldCipher;
  today: string;
  resolveTier(text: string): TierRef | 'unknown' | 'ambiguous';
  canWrite(path: string): boolean;
  canRead(path: string): boolean;
}

/** A row that passed every check on its own. */
export interface Candidate {
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

/** A stored volunteer a row may match, by ID number hash or phone. */
export interface Existing {
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
  status: VolunteerStatus;
  guardianName: string | null;
  guardianConsent: boolean;
  insuredUntil: string | null;
  recruitedBy: string | null;
}

/** What an existing volunteer becomes under a row. */
export interface Merged {
  id: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: Sex;
  birthDate: string;
  phone: string;
  skills: string[];
  teamName: string | null;
  status: VolunteerStatus;
  guardianConsent: boolean;
  insuredUntil: string | null;
  recruitedBy: string | null;
}

/** A batch sorted into what to write, what is already there and what is refused. */
export interface BatchPlan {
  creates: Candidate[];
  updates: { c: Candidate; e: Existing }[];
  unchanged: number;
  rejected: ImportRejection[];
}

export const rejection = (row: number, error: DomainException): ImportRejection => ({
  row,
  code: error.code,
  message: error.message,
});

/** Turns one sheet row into a checked candidate, or throws the rule it breaks. */
export function parseRow(input: ImportRowInput, ctx: RowChecks): Candidate {
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

/** Checks each row on its own; a second row with an ID number or phone seen earlier in the batch is refused. */
export function checkRows(
  rows: ImportRowInput[],
  ctx: RowChecks,
): { candidates: Candidate[]; rejected: ImportRejection[] } {
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
      rejected.push(rejection(input.row, error));
    }
  }
  return { candidates, rejected };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** What an existing volunteer becomes under a row; empty cells keep what is stored. */
export function merged(e: Existing, c: Candidate): Merged {
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

export function changed(e: Existing, c: Candidate): boolean {
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
 * Matches candidates to stored volunteers by ID number hash: a match outside the caller's
 * write scope, or a phone held by someone else, is refused (naming the other volunteer only
 * when the caller may read them); no match is a create, a changed match an update.
 */
export function planBatch(candidates: Candidate[], existing: Existing[], ctx: RowChecks): BatchPlan {
  const byHash = new Map(existing.map((e) => [e.idHash, e]));
  const byPhone = new Map(existing.map((e) => [e.phone, e]));
  const plan: BatchPlan = { creates: [], updates: [], unchanged: 0, rejected: [] };
  for (const c of candidates) {
    const e = byHash.get(c.idHash);
    const phoneOwner = byPhone.get(c.phone);
    if (e && !ctx.canWrite(e.tierPath)) {
      plan.rejected.push(
        rejection(c.row, VolunteerErrors.duplicate('idNumber', ctx.canRead(e.tierPath) ? e.id : undefined)),
      );
    } else if (phoneOwner && phoneOwner.id !== e?.id) {
      plan.rejected.push(
        rejection(
          c.row,
          VolunteerErrors.duplicate('phone', ctx.canRead(phoneOwner.tierPath) ? phoneOwner.id : undefined),
        ),
      );
    } else if (!e) {
      plan.creates.push(c);
    } else if (changed(e, c)) {
      plan.updates.push({ c, e });
    } else {
      plan.unchanged++;
    }
  }
  return plan;
}

export function sortRejections(rejected: ImportRejection[]): ImportRejection[] {
  return rejected.sort((a, b) => a.row - b.row);
}
