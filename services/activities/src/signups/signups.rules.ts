import { localDateOf, type DomainException } from '#linli/platform';
import type { PlaceCounts } from '../shifts/shifts.repository.js';
import { ActivitiesErrors } from '../activities.errors.js';

/** What the activities service knows of a volunteer (its local copy of the volunteers service's data). */
export interface VolunteerFacts {
  id: string;
  status: string;
  birthDate: string | null;
  isMinor: boolean;
  guardianConsent: boolean;
  skills: string[];
  hasInsurance: boolean | null;
  insuredUntil: string | null;
}

export interface ShiftFacts {
  startsAt: Date;
  endsAt: Date;
  signupOpensAt: Date | null;
  requiredSkills: string[];
  riskLevel: 'low' | 'medium' | 'high';
  minAge: number | null;
}

/** Whole years from `birthDate` to `on` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whether the volunteer's accident insurance covers `date`: open-ended when insured without an end date. */
export function insuredOn(v: Pick<VolunteerFacts, 'hasInsurance' | 'insuredUntil'>, date: string): boolean {
  if (v.hasInsurance === false) return false;
  if (v.insuredUntil) return v.insuredUntil >= date;
  return v.hasInsurance === true;
}

/**
 * Every reason the volunteer may not take a place on the shift now, in the order a volunteer
 * would want to hear them (is it open at all, then age and consent, skills, insurance).
 * A full shift is no refusal (waitlist), and clashes are checked against stored sign-ups.
 */
export function signupRefusals(v: VolunteerFacts, s: ShiftFacts, now: Date, timeZone: string): DomainException[] {
  const out: DomainException[] = [];
  if (v.status !== 'active') out.push(ActivitiesErrors.volunteerNotActive(v.status));
  if (now.getTime() >= s.startsAt.getTime()) out.push(ActivitiesErrors.signupClosed());
  else if (s.signupOpensAt && now.getTime() < s.signupOpensAt.getTime())
    out.push(ActivitiesErrors.signupNotOpen(s.signupOpensAt.toISOString()));
  const shiftDate = localDateOf(s.startsAt, timeZone);
  const age = v.birthDate ? ageOn(v.birthDate, shiftDate) : null;
  if (s.minAge !== null && (age === null || age < s.minAge)) out.push(ActivitiesErrors.tooYoung(s.minAge, age));
  const minor = v.isMinor || (age !== null && age < 18);
  if (minor && !v.guardianConsent) out.push(ActivitiesErrors.guardianConsentRequired());
  const have = new Set(v.skills.map((k) => k.toLowerCase()));
  const missing = s.requiredSkills.filter((k) => !have.has(k.toLowerCase()));
  if (missing.length > 0) out.push(ActivitiesErrors.skillsMissing(missing));
  if (s.riskLevel === 'high') {
    const lastDate = localDateOf(new Date(s.endsAt.getTime() - 1), timeZone);
    if (!insuredOn(v, lastDate)) out.push(ActivitiesErrors.insuranceRequired(shiftDate, v.insuredUntil));
  }
  return out;
}

/** The first refusal, thrown; nothing when the volunteer may sign up. */
export function assertMaySignUp(v: VolunteerFacts, s: ShiftFacts, now: Date, timeZone: string): void {
  const [first] = signupRefusals(v, s, now, timeZone);
  if (first) throw first;
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals [start, end): a shift ending at 12:00 does not clash with one starting at 12:00. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The first confirmed shift the candidate clashes with, if any. */
export function findClash<T extends Interval>(candidate: Interval, confirmed: T[]): T | undefined {
  return confirmed.find((c) => overlaps(candidate, c));
}

/**
 * Who takes a freed place: the first volunteer in waitlist order who still fits (still active,
 * still eligible, no clash since). Those who no longer fit keep their place in the queue
 * and are passed over this time.
 */
export async function pickPromotion<T extends { position: number }>(
  waitlist: T[],
  fits: (entry: T) => boolean | Promise<boolean>,
): Promise<{ promoted: T | null; skipped: T[] }> {
  const skipped: T[] = [];
  for (const entry of [...waitlist].sort((a, b) => a.position - b.position)) {
    if (await fits(entry)) return { promoted: entry, skipped };
    skipped.push(entry);
  }
  return { promoted: null, skipped };
}

/** Is the shift in the volunteer's part of the tree (their node, above it, or below it)? */
export function inVolunteerArea(shiftPath: string, volunteerPath: string): boolean {
  return volunteerPath.startsWith(shiftPath) || shiftPath.startsWith(volunteerPath);
}

/**
 * Capacity: a place while fewer are confirmed than the shift holds, else the next waitlist
 * position (kept 1..n, so the count plus one). Decided under the shift's row lock; the
 * database's CHECK on the confirmed count backs it.
 */
export function placeFor(
  counts: PlaceCounts,
): { status: 'confirmed'; position: null } | { status: 'waitlisted'; position: number } {
  if (counts.confirmed < counts.capacity) return { status: 'confirmed', position: null };
  return { status: 'waitlisted', position: counts.waitlisted + 1 };
}

/** One request of a batch of sign-ups for one shift, with what was read of it under the shift's lock. */
export interface BatchEntry {
  volunteerId: string;
  /** Why this volunteer may not sign up at all (unknown, outside the caller's scope or the area, an eligibility rule). */
  refusal: DomainException | null;
  /** Their live sign-up on this shift already stored, if any. */
  existing: 'confirmed' | 'waitlisted' | null;
  /** A confirmed shift of theirs overlapping this one, if any. */
  clash: string | null;
}

export type BatchDecision =
  | { status: 'confirmed'; position: null }
  | { status: 'waitlisted'; position: number }
  | { status: 'refused'; error: DomainException };

/**
 * Decides a batch of concurrent sign-ups for one shift in arrival order, as if they had come one
 * by one: each is refused for its own reason (refusal, then a live sign-up stored or taken
 * earlier in the same batch, then a clash) without touching the others; the rest take the free
 * places in turn, then the next waitlist positions. `counts` are read under the shift's row lock.
 */
export function decideBatch(counts: PlaceCounts, entries: BatchEntry[]): BatchDecision[] {
  let { confirmed, waitlisted } = counts;
  const taken = new Map<string, 'confirmed' | 'waitlisted'>();
  return entries.map((entry): BatchDecision => {
    if (entry.refusal) return { status: 'refused', error: entry.refusal };
    const existing = entry.existing ?? taken.get(entry.volunteerId);
    if (existing) return { status: 'refused', error: ActivitiesErrors.alreadySignedUp(existing) };
    if (entry.clash) return { status: 'refused', error: ActivitiesErrors.signupClash({ shiftId: entry.clash }) };
    const place = placeFor({ capacity: counts.capacity, confirmed, waitlisted });
    if (place.status === 'confirmed') confirmed += 1;
    else waitlisted += 1;
    taken.set(entry.volunteerId, place.status);
    return place;
  });
}
