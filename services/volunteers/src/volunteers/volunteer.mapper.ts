import type { IdType, Revealable, Sex, VolunteerDto, VolunteerEventPayload, VolunteerStatus } from '#linli/contracts';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { ageOn } from './age-rules.js';
import { maskIdNumber, maskPhone } from './id-number.js';

/** A volunteers row as the SELECT below names it. */
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

export const VOLUNTEER_COLUMNS = `v.id, v.tenant_id AS "tenantId", v.tier_node_id AS "tierNodeId", v.tier_path AS "tierPath", v.name, v.sex,
  to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate", v.id_type AS "idType", v.id_number_enc AS "idNumberEnc", v.phone,
  v.skills, v.available_times AS "availableTimes", v.status, v.recruited_by AS "recruitedBy", v.team_name AS "teamName",
  to_char(v.insured_until, 'YYYY-MM-DD') AS "insuredUntil", v.guardian_name AS "guardianName",
  v.guardian_phone_enc AS "guardianPhoneEnc", v.guardian_relation AS "guardianRelation", v.guardian_consent AS "guardianConsent",
  v.guardian_consent_at AS "guardianConsentAt", v.consent_at AS "consentAt", v.consent_version AS "consentVersion",
  v.source, v.user_id AS "userId", v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

/** Entity → response, masking the ID number and guardian phone unless `reveal` names them. */
export function toVolunteerDto(
  row: VolunteerRow,
  cipher: FieldCipher,
  today: string,
  reveal: Revealable[] = [],
): VolunteerDto {
  const idNumber = cipher.decrypt(row.idNumberEnc);
  const guardianPhone = row.guardianPhoneEnc ? cipher.decrypt(row.guardianPhoneEnc) : null;
  const age = ageOn(row.birthDate, today);
  return {
    id: row.id,
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    age,
    isMinor: age < 18,
    idType: row.idType,
    idNumber: reveal.includes('idNumber') ? idNumber : maskIdNumber(idNumber),
    idNumberRevealed: reveal.includes('idNumber'),
    phone: row.phone,
    skills: row.skills,
    availableTimes: row.availableTimes,
    status: row.status,
    tierNodeId: row.tierNodeId,
    recruitedBy: row.recruitedBy,
    teamName: row.teamName,
    insuredUntil: row.insuredUntil,
    guardian:
      row.guardianName && guardianPhone
        ? {
            name: row.guardianName,
            phone: reveal.includes('guardianPhone') ? guardianPhone : maskPhone(guardianPhone),
            relation: row.guardianRelation ?? '',
            consentGiven: row.guardianConsent,
            consentAt: row.guardianConsentAt ? new Date(row.guardianConsentAt).toISOString() : null,
          }
        : null,
    consentAt: new Date(row.consentAt).toISOString(),
    consentVersion: row.consentVersion,
    source: row.source,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export interface EventFields {
  id: string;
  tierNodeId: string;
  tierPath: string;
  name: string;
  sex: Sex;
  birthDate: string;
  skills: string[];
  status: VolunteerStatus;
  guardianConsent: boolean;
  insuredUntil: string | null;
  recruitedBy: string | null;
}

export function toEventPayload(v: EventFields, today: string): VolunteerEventPayload {
  return {
    volunteerId: v.id,
    tierNodeId: v.tierNodeId,
    tierPath: v.tierPath,
    name: v.name,
    sex: v.sex,
    birthDate: v.birthDate,
    skills: v.skills,
    status: v.status,
    isMinor: ageOn(v.birthDate, today) < 18,
    guardianConsent: v.guardianConsent,
    hasInsurance: v.insuredUntil !== null && v.insuredUntil >= today,
    insuredUntil: v.insuredUntil,
    recruitedBy: v.recruitedBy,
  };
}
