import { DomainException } from '#linli/platform';
import { ageOn, birthDateRange, isMinorOn, todayIn } from './age.rules.js';
import { makeResidentId } from './id-number.js';
import { checkIdentity, parseSexCell, parseSkillsCell } from './volunteers.rules.js';

const TODAY = '2021-11-30';
const guardian = { name: '李红', phone: '13905361234', relation: '母亲', consentGiven: true };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainException) return `${error.status} ${error.code}`;
    throw error;
  }
  return undefined;
}

describe('age rules', () => {
  it('counts completed years on calendar dates', () => {
    expect(ageOn('2003-11-30', TODAY)).toBe(18);
    expect(ageOn('2003-12-01', TODAY)).toBe(17);
    expect(isMinorOn('2003-12-01', TODAY)).toBe(true);
    expect(isMinorOn('2003-11-30', TODAY)).toBe(false);
    // Born on 29 February: 18 on 1 March of a common year.
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('decides "today" in the station time zone', () => {
    // 17:00 UTC on 30 November is already 1 December in Shanghai.
    expect(todayIn('Asia/Shanghai', new Date('2021-11-30T17:00:00Z'))).toBe('2021-12-01');
    expect(todayIn('UTC', new Date('2021-11-30T17:00:00Z'))).toBe('2021-11-30');
  });

  it('turns an age band into an inclusive birth date range', () => {
    expect(birthDateRange(TODAY, 18, 35)).toEqual({ from: '1985-12-01', to: '2003-11-30' });
    expect(birthDateRange(TODAY, 60)).toEqual({ to: '1961-11-30' });
    expect(ageOn('1985-12-01', TODAY)).toBe(35);
    expect(ageOn('1985-11-30', TODAY)).toBe(36);
  });
});

describe('registration identity rules', () => {
  const adult = makeResidentId('370704', '1985-03-12', 124); // female
  const minor = makeResidentId('370704', '2008-05-01', 31); // male, 13 in 2021

  it('derives birth date and sex from a resident ID when not given', () => {
    expect(checkIdentity({ name: '陈晓梅', idType: 'resident_id', idNumber: adult }, TODAY)).toEqual({
      sex: 'female',
      birthDate: '1985-03-12',
      idNumber: adult,
      isMinor: false,
    });
  });

  it('refuses a sex or birth date that contradicts the ID number (400, field errors)', () => {
    expect(codeOf(() => checkIdentity({ name: 'x', sex: 'male', idType: 'resident_id', idNumber: adult }, TODAY))).toBe(
      '400 VOLUNTEER.ID_SEX_MISMATCH',
    );
    expect(
      codeOf(() =>
        checkIdentity({ name: 'x', birthDate: '1985-03-13', idType: 'resident_id', idNumber: adult }, TODAY),
      ),
    ).toBe('400 VOLUNTEER.ID_BIRTH_DATE_MISMATCH');
    expect(
      codeOf(() =>
        checkIdentity(
          {
            name: 'x',
            idType: 'resident_id',
            idNumber: adult.slice(0, 17) + '9' === adult ? adult.slice(0, 17) + '8' : adult.slice(0, 17) + '9',
          },
          TODAY,
        ),
      ),
    ).toBe('400 VOLUNTEER.ID_CHECKSUM');
  });

  it('needs a guardian and the guardian’s consent for a minor (422)', () => {
    expect(codeOf(() => checkIdentity({ name: 'x', idType: 'resident_id', idNumber: minor }, TODAY))).toBe(
      '422 VOLUNTEER.GUARDIAN_REQUIRED',
    );
    expect(
      codeOf(() =>
        checkIdentity(
          { name: 'x', idType: 'resident_id', idNumber: minor, guardian: { ...guardian, consentGiven: false } },
          TODAY,
        ),
      ),
    ).toBe('422 VOLUNTEER.GUARDIAN_CONSENT_REQUIRED');
    expect(checkIdentity({ name: 'x', idType: 'resident_id', idNumber: minor, guardian }, TODAY)).toMatchObject({
      isMinor: true,
      sex: 'male',
    });
  });

  it('judges minority on the registration day: 18 today is an adult', () => {
    const eighteenToday = makeResidentId('370704', '2003-11-30', 5);
    expect(checkIdentity({ name: 'x', idType: 'resident_id', idNumber: eighteenToday }, TODAY).isMinor).toBe(false);
    const eighteenTomorrow = makeResidentId('370704', '2003-12-01', 5);
    expect(codeOf(() => checkIdentity({ name: 'x', idType: 'resident_id', idNumber: eighteenTomorrow }, TODAY))).toBe(
      '422 VOLUNTEER.GUARDIAN_REQUIRED',
    );
  });

  it('needs sex and birth date for other documents', () => {
    expect(codeOf(() => checkIdentity({ name: 'x', idType: 'passport', idNumber: 'E12345678' }, TODAY))).toBe(
      '400 VOLUNTEER.FIELD_REQUIRED',
    );
    expect(
      codeOf(() =>
        checkIdentity({ name: 'x', idType: 'passport', idNumber: '??', sex: 'male', birthDate: '1990-01-01' }, TODAY),
      ),
    ).toBe('400 VOLUNTEER.ID_NUMBER_INVALID');
    expect(
      checkIdentity(
        { name: 'x', idType: 'hk_macao_pass', idNumber: 'H12345678', sex: 'male', birthDate: '1990-01-01' },
        TODAY,
      ).isMinor,
    ).toBe(false);
  });

  it('reads sex and skills cells of an import sheet', () => {
    expect(parseSexCell('男')).toBe('male');
    expect(parseSexCell(' 女 ')).toBe('female');
    expect(parseSexCell('')).toBeUndefined();
    expect(codeOf(() => parseSexCell('未知'))).toBe('400 VOLUNTEER.SEX_INVALID');
    expect(parseSkillsCell('急救、摄影，急救; 驾驶')).toEqual(['急救', '摄影', '驾驶']);
  });
});
