import {
  certificateStanding,
  isOrigin,
  formatCertificateNumber,
  maskName,
  newVerificationCode,
  normaliseVerificationCode,
  parseCertificateNumber,
} from './certificates.rules.js';

describe('certificate numbering', () => {
  it('formats station prefix, year and a six-digit sequence', () => {
    expect(formatCertificateNumber('JL', 2021, 123)).toBe('JL-2021-000123');
    expect(formatCertificateNumber('JL', 2022, 1)).toBe('JL-2022-000001');
  });

  it('refuses what cannot be a number', () => {
    expect(() => formatCertificateNumber('jl', 2021, 1)).toThrow(RangeError);
    expect(() => formatCertificateNumber('JL', 2021, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber('JL', 2021, 1_000_000)).toThrow(RangeError);
  });

  it('parses back what it formats', () => {
    expect(parseCertificateNumber('JL-2021-000123')).toEqual({ prefix: 'JL', year: 2021, seq: 123 });
    expect(parseCertificateNumber('JL-2021-000000')).toBeNull();
    expect(parseCertificateNumber('JL-21-1')).toBeNull();
  });

  it('makes verification codes of 12 unambiguous characters, different each time', () => {
    const codes = new Set(Array.from({ length: 1000 }, newVerificationCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(normaliseVerificationCode('7k3q-h2m9 xw4o')).toBe('7K3QH2M9XW40');
  });

  it('masks names for public checks', () => {
    expect(maskName('陈志愿')).toBe('陈*愿');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王');
  });
});

describe('certificate standing', () => {
  it('is revoked before superseded before valid', () => {
    expect(certificateStanding({ revoked_reason: '更正', superseded_by: 'JL-2021-000002' })).toBe('revoked');
    expect(certificateStanding({ revoked_reason: null, superseded_by: 'JL-2021-000002' })).toBe('superseded');
    expect(certificateStanding({ revoked_reason: null, superseded_by: null })).toBe('valid');
  });

  it('accepts only a bare origin for the QR code', () => {
    expect(isOrigin('https://linli.example')).toBe(true);
    expect(isOrigin('https://linli.example/evil')).toBe(false);
    expect(isOrigin('')).toBe(false);
    expect(isOrigin(undefined)).toBe(false);
  });
});
