import type { IdType, Sex } from '#linli/contracts';
import { VolunteerErrors } from '../volunteers.errors.js';
import { isMinorOn } from './age.rules.js';
import { normaliseIdNumber, otherIdFormatValid, parseResidentId, realDate } from './id-number.js';

export interface GuardianInput {
  name: string;
  phone: string;
  relation: string;
  consentGiven: boolean;
}

export interface IdentityInput {
  name: string;
  sex?: Sex;
  birthDate?: string;
  idType: IdType;
  idNumber: string;
  guardian?: GuardianInput | null;
}

export interface CheckedIdentity {
  sex: Sex;
  birthDate: string;
  idNumber: string;
  isMinor: boolean;
}

/**
 * The real-name rules of one registration: a resident ID's check character, birth date and sex
 * digit (birth date and sex derived when not given); other documents need both given; a minor
 * on `today` needs a guardian and the guardian's consent. Throws the rule's DomainException.
 */
export function checkIdentity(input: IdentityInput, today: string): CheckedIdentity {
  let sex = input.sex;
  let birthDate = input.birthDate;
  let idNumber: string;
  if (input.idType === 'resident_id') {
    const parsed = parseResidentId(input.idNumber, today);
    if (!parsed.ok) {
      throw parsed.problem === 'ID_CHECKSUM'
        ? VolunteerErrors.idChecksum()
        : parsed.problem === 'ID_BIRTH_DATE'
          ? VolunteerErrors.idBirthDate()
          : VolunteerErrors.idNumberInvalid();
    }
    if (sex && sex !== parsed.sex) throw VolunteerErrors.idSexMismatch();
    if (birthDate && birthDate !== parsed.birthDate) throw VolunteerErrors.idBirthDateMismatch();
    sex = parsed.sex;
    birthDate = parsed.birthDate;
    idNumber = parsed.normalised;
  } else {
    if (!otherIdFormatValid(input.idType, input.idNumber)) throw VolunteerErrors.idNumberInvalid();
    if (!sex) throw VolunteerErrors.fieldRequired('sex');
    if (!birthDate) throw VolunteerErrors.fieldRequired('birthDate');
    idNumber = normaliseIdNumber(input.idNumber);
  }
  const [y, m, d] = birthDate.split('-').map(Number);
  if (realDate(y, m, d) !== birthDate || birthDate > today || birthDate < '1900-01-01')
    throw VolunteerErrors.birthDateInvalid();
  const isMinor = isMinorOn(birthDate, today);
  if (isMinor) checkGuardian(input.guardian);
  return { sex, birthDate, idNumber, isMinor };
}

export function checkGuardian(guardian: GuardianInput | null | undefined): void {
  if (!guardian || !guardian.name?.trim() || !guardian.phone || !guardian.relation?.trim())
    throw VolunteerErrors.guardianRequired();
  if (!guardian.consentGiven) throw VolunteerErrors.guardianConsentRequired();
}

const SEX_WORDS: Record<string, Sex> = {
  男: 'male',
  女: 'female',
  m: 'male',
  f: 'female',
  male: 'male',
  female: 'female',
};

/** `男`/`女` (or m/f, male/female) from a sheet cell; empty → undefined (derived from the ID). */
export function parseSexCell(value: string | undefined): Sex | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  const sex = SEX_WORDS[text];
  if (!sex) throw VolunteerErrors.sexInvalid(value ?? '');
  return sex;
}

/** Skills from one cell: separated by 、 , ， ; ； / or whitespace; trimmed, unique, at most 20. */
export function parseSkillsCell(value: string | undefined): string[] {
  if (!value) return [];
  const skills = [
    ...new Set(
      value
        .split(/[、,，;；/\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return skills.slice(0, 20).map((s) => s.slice(0, 32));
}
