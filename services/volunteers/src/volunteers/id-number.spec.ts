import {
  checkCharacter,
  makeResidentId,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  parseResidentId,
} from './id-number.js';

const TODAY = '2021-11-30';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a valid number and reads its birth date and sex', () => {
    // The standard's worked example: born 1949-12-31, sequence 002 (even: female), check character X.
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalised: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    const id = makeResidentId('370704', '1985-03-12', 124);
    expect(id).toHaveLength(18);
    expect(parseResidentId(id, TODAY)).toMatchObject({ ok: true, birthDate: '1985-03-12', sex: 'female' });
    expect(parseResidentId(makeResidentId('370704', '1985-03-12', 123), TODAY)).toMatchObject({
      ok: true,
      sex: 'male',
    });
  });

  it('accepts a lower-case x and spaces, normalised', () => {
    expect(normaliseIdNumber(' 110105 19491231002x ')).toBe('11010519491231002X');
    expect(parseResidentId('11010519491231002x', TODAY)).toMatchObject({ ok: true, normalised: '11010519491231002X' });
  });

  it('refuses a wrong check character', () => {
    expect(parseResidentId('110105194912310021', TODAY)).toEqual({ ok: false, problem: 'ID_CHECKSUM' });
    const valid = makeResidentId('370704', '1990-01-01', 11);
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(parseResidentId(wrong, TODAY)).toEqual({ ok: false, problem: 'ID_CHECKSUM' });
  });

  it('refuses an impossible or future birth date even with a correct check character', () => {
    const feb30 = '37070419900230001';
    expect(parseResidentId(feb30 + checkCharacter(feb30), TODAY)).toEqual({ ok: false, problem: 'ID_BIRTH_DATE' });
    const month13 = '37070419901301001';
    expect(parseResidentId(month13 + checkCharacter(month13), TODAY)).toEqual({ ok: false, problem: 'ID_BIRTH_DATE' });
    const future = '37070420300101001';
    expect(parseResidentId(future + checkCharacter(future), TODAY)).toEqual({ ok: false, problem: 'ID_BIRTH_DATE' });
    const leap = '37070420000229001';
    expect(parseResidentId(leap + checkCharacter(leap), TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    const notLeap = '37070419000229001';
    expect(parseResidentId(notLeap + checkCharacter(notLeap), TODAY)).toEqual({ ok: false, problem: 'ID_BIRTH_DATE' });
  });

  it('refuses a malformed number', () => {
    for (const bad of ['', '1234', '11010519491231002Y', '1101051949123100211', 'X10105194912310021']) {
      expect(parseResidentId(bad, TODAY)).toEqual({ ok: false, problem: 'ID_NUMBER_INVALID' });
    }
  });
});

describe('masking', () => {
  it('shows the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('370704198503121246')).toBe('370704********1246');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks short document numbers without revealing most of them', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
  });

  it('masks a phone to 3 + 4 digits', () => {
    expect(maskPhone('13805361234')).toBe('138****1234');
  });
});
