import { randomInt } from 'node:crypto';

/** `JL-2021-000123`: station prefix, year of issue, sequence within the station and year. */
export function formatCertificateNumber(prefix: string, year: number, seq: number): string {
  if (!/^[A-Z]{1,6}$/.test(prefix)) throw new RangeError(`bad certificate prefix ${prefix}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new RangeError(`sequence ${seq} out of range`);
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export function parseCertificateNumber(number: string): { prefix: string; year: number; seq: number } | null {
  const m = /^([A-Z]{1,6})-(\d{4})-(\d{6})$/.exec(number);
  if (!m || Number(m[3]) === 0) return null;
  return { prefix: m[1], year: Number(m[2]), seq: Number(m[3]) };
}

/** Crockford-style alphabet without I, L, O, U: nothing a reader can confuse when typing it from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 random characters (60 bits): unguessable, short enough to type, and case-insensitive on input. */
export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Normalises what a person typed: upper case, no spaces or dashes, O→0, I/L→1. */
export function normaliseVerificationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A name shown to anyone who checks a certificate: the family name and the last character kept. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('') || '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** A certificate's standing: revoked, superseded by a later one covering its period, or valid. */
export function certificateStanding(row: {
  revoked_reason: string | null;
  superseded_by: string | null;
}): 'valid' | 'revoked' | 'superseded' {
  return row.revoked_reason ? 'revoked' : row.superseded_by ? 'superseded' : 'valid';
}

/** The last certificate sequence a station may use in a year (six digits). */
export const MAX_CERTIFICATE_SEQUENCE = 999_999;

/** Whether a `baseUrl` is an origin the PDF's QR code may point at. */
export const isOrigin = (url: string | undefined): url is string => !!url && /^https?:\/\/[^\s/]+$/.test(url);
