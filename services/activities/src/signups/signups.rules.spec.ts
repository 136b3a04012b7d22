import { ActivitiesErrors } from '../activities.errors.js';
import {
  ageOn,
  decideBatch,
  findClash,
  inVolunteerArea,
  insuredOn,
  overlaps,
  pickPromotion,
  placeFor,
  signupRefusals,
  type BatchEntry,
  type ShiftFacts,
  type VolunteerFacts,
} from './signups.rules.js';

const TZ = 'Asia/Shanghai';
const now = new Date('2021-12-01T10:00:00+08:00');
const volunteer = (over: Partial<VolunteerFacts> = {}): VolunteerFacts => ({
  id: 'v1',
  status: 'active',
  birthDate: '1990-05-01',
  isMinor: false,
  guardianConsent: false,
  skills: ['first_aid', 'Driving'],
  hasInsurance: null,
  insuredUntil: null,
  ...over,
});
const shift = (over: Partial<ShiftFacts> = {}): ShiftFacts => ({
  startsAt: new Date('2021-12-06T09:00:00+08:00'),
  endsAt: new Date('2021-12-06T12:00:00+08:00'),
  signupOpensAt: null,
  requiredSkills: [],
  riskLevel: 'low',
  minAge: null,
  ...over,
});
const codes = (v: VolunteerFacts, s: ShiftFacts, at = now) => signupRefusals(v, s, at, TZ).map((e) => e.code);

describe('sign-up eligibility', () => {
  it('lets an active adult sign up for an open low-risk shift', () => {
    expect(codes(volunteer(), shift())).toEqual([]);
  });

  it('refuses an inactive volunteer', () => {
    expect(codes(volunteer({ status: 'suspended' }), shift())).toEqual(['VOLUNTEER.NOT_ACTIVE']);
    expect(codes(volunteer({ status: 'pending' }), shift())).toEqual(['VOLUNTEER.NOT_ACTIVE']);
  });

  it('refuses before sign-up opens and once the shift has started', () => {
    expect(codes(volunteer(), shift({ signupOpensAt: new Date('2021-12-02T00:00:00+08:00') }))).toEqual([
      'SIGNUP.NOT_OPEN',
    ]);
    expect(codes(volunteer(), shift(), new Date('2021-12-06T09:00:00+08:00'))).toEqual(['SIGNUP.CLOSED']);
    expect(codes(volunteer(), shift(), new Date('2021-12-07T09:00:00+08:00'))).toEqual(['SIGNUP.CLOSED']);
  });

  it('refuses a volunteer under the minimum age on the shift date in the station zone', () => {
    // Turns 16 on 6 December: old enough that day, not the day before.
    const v = volunteer({ birthDate: '2005-12-06', isMinor: true, guardianConsent: true });
    expect(codes(v, shift({ minAge: 16 }))).toEqual([]);
    expect(
      codes(
        v,
        shift({
          minAge: 16,
          startsAt: new Date('2021-12-05T23:00:00+08:00'),
          endsAt: new Date('2021-12-05T23:30:00+08:00'),
        }),
      ),
    ).toEqual(['SIGNUP.TOO_YOUNG']);
    expect(codes(volunteer({ birthDate: null }), shift({ minAge: 18 }))).toEqual(['SIGNUP.TOO_YOUNG']);
  });

  it('refuses a minor without guardian consent, by flag or by age', () => {
    expect(codes(volunteer({ isMinor: true }), shift())).toEqual(['SIGNUP.GUARDIAN_CONSENT_REQUIRED']);
    expect(codes(volunteer({ birthDate: '2008-01-01' }), shift())).toEqual(['SIGNUP.GUARDIAN_CONSENT_REQUIRED']);
    expect(codes(volunteer({ birthDate: '2008-01-01', guardianConsent: true }), shift())).toEqual([]);
  });

  it('refuses when a required skill is missing (case-insensitive) and names it', () => {
    const [error] = signupRefusals(volunteer(), shift({ requiredSkills: ['FIRST_AID', 'sign_language'] }), now, TZ);
    expect(error.code).toBe('SIGNUP.SKILLS_MISSING');
    expect(error.details).toEqual({ missing: ['sign_language'] });
    expect(codes(volunteer(), shift({ requiredSkills: ['driving'] }))).toEqual([]);
  });

  it('needs insurance covering the date for a high-risk activity only', () => {
    expect(codes(volunteer(), shift({ riskLevel: 'medium' }))).toEqual([]);
    expect(codes(volunteer(), shift({ riskLevel: 'high' }))).toEqual(['SIGNUP.INSURANCE_REQUIRED']);
    expect(codes(volunteer({ insuredUntil: '2021-12-05' }), shift({ riskLevel: 'high' }))).toEqual([
      'SIGNUP.INSURANCE_REQUIRED',
    ]);
    expect(codes(volunteer({ insuredUntil: '2021-12-06' }), shift({ riskLevel: 'high' }))).toEqual([]);
    expect(codes(volunteer({ hasInsurance: true }), shift({ riskLevel: 'high' }))).toEqual([]);
    expect(codes(volunteer({ hasInsurance: false, insuredUntil: '2030-01-01' }), shift({ riskLevel: 'high' }))).toEqual(
      ['SIGNUP.INSURANCE_REQUIRED'],
    );
  });

  it('lists every refusal, most basic first', () => {
    expect(
      codes(volunteer({ isMinor: true, skills: [] }), shift({ riskLevel: 'high', requiredSkills: ['x'], minAge: 40 })),
    ).toEqual([
      'SIGNUP.TOO_YOUNG',
      'SIGNUP.GUARDIAN_CONSENT_REQUIRED',
      'SIGNUP.SKILLS_MISSING',
      'SIGNUP.INSURANCE_REQUIRED',
    ]);
  });

  it('computes ages and insurance cover by calendar date', () => {
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
    expect(ageOn('2000-02-29', '2018-03-01')).toBe(18);
    expect(insuredOn({ hasInsurance: null, insuredUntil: null }, '2021-12-06')).toBe(false);
  });
});

describe('clash detection', () => {
  const at = (from: string, to: string) => ({
    startsAt: new Date(`2021-12-06T${from}:00+08:00`),
    endsAt: new Date(`2021-12-06T${to}:00+08:00`),
  });

  it('treats shifts as half-open intervals', () => {
    expect(overlaps(at('09:00', '12:00'), at('11:00', '13:00'))).toBe(true);
    expect(overlaps(at('09:00', '12:00'), at('10:00', '11:00'))).toBe(true);
    expect(overlaps(at('09:00', '12:00'), at('12:00', '13:00'))).toBe(false);
    expect(overlaps(at('13:00', '14:00'), at('09:00', '12:00'))).toBe(false);
  });

  it('finds the confirmed shift a candidate clashes with', () => {
    const confirmed = [
      { id: 'a', ...at('07:00', '08:00') },
      { id: 'b', ...at('08:30', '10:00') },
    ];
    expect(findClash(at('09:00', '12:00'), confirmed)?.id).toBe('b');
    expect(findClash(at('10:00', '12:00'), confirmed)).toBeUndefined();
  });
});

describe('waitlist promotion', () => {
  const queue = [
    { volunteerId: 'c', position: 3 },
    { volunteerId: 'a', position: 1 },
    { volunteerId: 'b', position: 2 },
  ];

  it('promotes the first in waitlist order', async () => {
    expect((await pickPromotion(queue, () => true)).promoted?.volunteerId).toBe('a');
  });

  it('passes over those who no longer fit, keeping them in the queue', async () => {
    const result = await pickPromotion(queue, async (e) => e.volunteerId === 'c');
    expect(result.promoted?.volunteerId).toBe('c');
    expect(result.skipped.map((e) => e.volunteerId)).toEqual(['a', 'b']);
  });

  it('promotes nobody when nobody fits or the queue is empty', async () => {
    expect((await pickPromotion(queue, () => false)).promoted).toBeNull();
    expect((await pickPromotion([], () => true)).promoted).toBeNull();
  });
});

describe('capacity and area', () => {
  it('gives a place while any is free, else the next waitlist position', () => {
    expect(placeFor({ capacity: 2, confirmed: 1, waitlisted: 0 })).toEqual({ status: 'confirmed', position: null });
    expect(placeFor({ capacity: 2, confirmed: 2, waitlisted: 0 })).toEqual({ status: 'waitlisted', position: 1 });
    expect(placeFor({ capacity: 2, confirmed: 2, waitlisted: 4 })).toEqual({ status: 'waitlisted', position: 5 });
  });

  it('counts a shift above, at or below the volunteer’s node as in their area, a sibling’s not', () => {
    expect(inVolunteerArea('/r/', '/r/c/v/')).toBe(true);
    expect(inVolunteerArea('/r/c/v/', '/r/c/v/')).toBe(true);
    expect(inVolunteerArea('/r/c/v/x/', '/r/c/v/')).toBe(true);
    expect(inVolunteerArea('/r/c/w/', '/r/c/v/')).toBe(false);
  });
});

describe('deciding a batch of sign-ups for one shift', () => {
  const entry = (volunteerId: string, over: Partial<BatchEntry> = {}): BatchEntry => ({
    volunteerId,
    refusal: null,
    existing: null,
    clash: null,
    ...over,
  });
  const outcome = (d: ReturnType<typeof decideBatch>[number]) =>
    d.status === 'refused' ? d.error.code : d.status === 'waitlisted' ? `waitlisted ${d.position}` : 'confirmed';

  it('fills the free places in arrival order, then the next waitlist positions', () => {
    const batch = ['a', 'b', 'c', 'd', 'e'].map((v) => entry(v));
    expect(decideBatch({ capacity: 3, confirmed: 1, waitlisted: 0 }, batch).map(outcome)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted 1',
      'waitlisted 2',
      'waitlisted 3',
    ]);
    expect(decideBatch({ capacity: 2, confirmed: 2, waitlisted: 7 }, batch.slice(0, 2)).map(outcome)).toEqual([
      'waitlisted 8',
      'waitlisted 9',
    ]);
  });

  it('decides a 1,000-request storm on a 50-place shift as 50 places and waitlist positions 1..950', () => {
    const batch = Array.from({ length: 1000 }, (_, i) => entry(`v${i}`));
    const decisions = decideBatch({ capacity: 50, confirmed: 0, waitlisted: 0 }, batch);
    expect(decisions.filter((d) => d.status === 'confirmed')).toHaveLength(50);
    expect(decisions.flatMap((d) => (d.status === 'waitlisted' ? [d.position] : []))).toEqual(
      Array.from({ length: 950 }, (_, i) => i + 1),
    );
  });

  it('refuses each request for its own reason without costing the others a place', () => {
    const tooYoung = ActivitiesErrors.tooYoung(18, 16);
    const decisions = decideBatch({ capacity: 2, confirmed: 0, waitlisted: 0 }, [
      entry('young', { refusal: tooYoung }),
      entry('stored', { existing: 'waitlisted' }),
      entry('busy', { clash: 'other-shift' }),
      entry('a'),
      entry('b'),
      entry('c'),
    ]);
    expect(decisions.map(outcome)).toEqual([
      'SIGNUP.TOO_YOUNG',
      'SIGNUP.ALREADY',
      'SIGNUP.CLASH',
      'confirmed',
      'confirmed',
      'waitlisted 1',
    ]);
    expect(decisions[0]).toEqual({ status: 'refused', error: tooYoung });
    expect(decisions[1]).toMatchObject({ error: { details: { status: 'waitlisted' } } });
    expect(decisions[2]).toMatchObject({ error: { details: { shiftId: 'other-shift' } } });
  });

  it('gives a volunteer who asks twice in one batch one place, and refuses the second as already signed up', () => {
    const decisions = decideBatch({ capacity: 1, confirmed: 0, waitlisted: 0 }, [
      entry('a'),
      entry('b'),
      entry('a'),
      entry('b'),
    ]);
    expect(decisions.map(outcome)).toEqual(['confirmed', 'waitlisted 1', 'SIGNUP.ALREADY', 'SIGNUP.ALREADY']);
    expect(decisions[2]).toMatchObject({ error: { details: { status: 'confirmed' } } });
    expect(decisions[3]).toMatchObject({ error: { details: { status: 'waitlisted' } } });
  });

  it('refuses a volunteer who may not sign up each time they ask in a batch', () => {
    const refusal = ActivitiesErrors.volunteerNotActive('suspended');
    const decisions = decideBatch({ capacity: 5, confirmed: 0, waitlisted: 0 }, [
      entry('s', { refusal }),
      entry('s', { refusal }),
    ]);
    expect(decisions.map(outcome)).toEqual(['VOLUNTEER.NOT_ACTIVE', 'VOLUNTEER.NOT_ACTIVE']);
  });
});
