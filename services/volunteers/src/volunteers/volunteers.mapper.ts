import type { Revealable, Sex, VolunteerDto, VolunteerEventPayload, VolunteerStatus } from '#linli/contracts';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { ageOn } from './age.rules.js';
import { maskIdNumber, maskPhone } from './id-number.js';
import type { VolunteerRow } from './volunteers.repository.js';

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

/** Row → the payload of `evt.volunteers.volunteer.*`: every field, so a copy made from any one event is whole. */
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
