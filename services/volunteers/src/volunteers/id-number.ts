/**
 * Chinese resident identity numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character. Pure functions.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const FORMAT = /^\d{17}[\dX]$/;

export type IdProblem = 'ID_NUMBER_INVALID' | 'ID_CHECKSUM' | 'ID_BIRTH_DATE';

export type ResidentIdResult =
  { ok: true; normalised: string; birthDate: string; sex: 'male' | 'female' } | { ok: false; problem: IdProblem };

/** Upper-cases the check character and drops spaces, so `37070419850312124x` and `...X` are one number. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** `YYYY-MM-DD` if it names a real calendar day, else undefined. */
export function realDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks a resident ID: format, check character, a real birth date between 1900 and `today`.
 * Returns the normalised number with the birth date and sex it encodes.
 */
export function parseResidentId(value: string, today: string): ResidentIdResult {
  const id = normaliseIdNumber(value);
  if (!FORMAT.test(id)) return { ok: false, problem: 'ID_NUMBER_INVALID' };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'ID_CHECKSUM' };
  const birthDate = realDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
  if (!birthDate || birthDate < '1900-01-01' || birthDate > today) return { ok: false, problem: 'ID_BIRTH_DATE' };
  const sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalised: id, birthDate, sex };
}

/** Builds a valid resident ID (for seeds, tests and benches): region, birth date, 3-digit sequence (odd = male). */
export function makeResidentId(region: string, birthDate: string, sequence: number): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(sequence % 1000).padStart(3, '0')}`;
  if (!/^\d{17}$/.test(first17)) throw new Error(`cannot build an ID from ${region} ${birthDate} ${sequence}`);
  return first17 + checkCharacter(first17);
}

/** Loose shape checks for the other document types: letters and digits of a plausible length. */
const OTHER_FORMATS: Record<string, RegExp> = {
  passport: /^[A-Z0-9]{5,17}$/,
  hk_macao_pass: /^[HM]\d{8,10}$/,
  taiwan_pass: /^\d{8}(\d{2})?$/,
  foreign_permanent: /^([A-Z]{3}\d{12}|9\d{17})$/,
};

export function otherIdFormatValid(idType: string, value: string): boolean {
  return OTHER_FORMATS[idType]?.test(normaliseIdNumber(value)) ?? false;
}

/** `370704********1234`: the first 6 and last 4 characters, the rest starred. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return `${id.slice(0, 2)}${'*'.repeat(Math.max(id.length - 4, 0))}${id.slice(-2)}`;
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** `139****1234`. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone.replace(/\d(?=\d{4})/g, '*');
}
