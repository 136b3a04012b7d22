import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ActivitiesApi,
  type CancelResultDto,
  type SignupConfirmedPayload,
  type SignupResultDto,
  type VolunteerShiftDto,
  type VolunteerShiftsQuery,
} from '#linli/contracts';
import {
  idempotent,
  logContext,
  OutboxRelay,
  publishEvent,
  publishEvents,
  type CallerContext,
  type DomainException,
} from '#linli/platform';
import { actsForRefusal, assertActsFor, scopePaths } from '../access/access.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { toShiftDto, type ShiftRow } from '../shifts/shifts.mapper.js';
import { ShiftsRepository } from '../shifts/shifts.repository.js';
import { iso, pgError } from '../sql.js';
import { StationSettingsService } from '../stations/stations.service.js';
import { VolunteersRepository, type VolunteerRow } from '../volunteers/volunteers.repository.js';
import { CoalescingQueue, type BatchStats, type Outcome } from './coalescing-queue.js';
import { decideBatch, inVolunteerArea, pickPromotion, placeFor, signupRefusals } from './signups.rules.js';
import { SignupsRepository, type NewSignup } from './signups.repository.js';

const events = ActivitiesApi.events;

interface SignupRequest {
  caller: CallerContext;
  shiftId: string;
  volunteerId: string;
}

const confirmedPayload = (shift: ShiftRow, volunteerId: string, signupId: string): SignupConfirmedPayload => ({
  signupId,
  shiftId: shift.id,
  volunteerId,
  activityId: shift.activityId,
  startsAt: iso(shift.startsAt)!,
  endsAt: iso(shift.endsAt)!,
});

/** Why the caller may not sign this volunteer up for the shift now (first reason only), or null. */
function refusalOf(
  caller: CallerContext,
  volunteerId: string,
  volunteer: VolunteerRow | undefined,
  shift: ShiftRow,
  now: Date,
  timezone: string,
): DomainException | null {
  if (!volunteer) return ActivitiesErrors.volunteerNotFound(volunteerId);
  const access = actsForRefusal(caller, volunteer);
  if (access) return access;
  if (!inVolunteerArea(shift.tierPath, volunteer.tierPath)) return ActivitiesErrors.outsideArea();
  return signupRefusals(volunteer, shift, now, timezone)[0] ?? null;
}

/** A constraint that refused a batch's insert, or a deadlock with another shift's batch: decide the batch one by one. */
function retryAlone(error: unknown): boolean {
  const { code } = pgError(error);
  return code !== undefined && (code.startsWith('23') || code === '40P01');
}

/** The constraints' refusals as the volunteer's errors; anything else stays what it is. */
function mapSignupError(error: unknown): unknown {
  const pg = pgError(error);
  if (pg.code === '23P01' && pg.constraint === 'signups_no_overlap') return ActivitiesErrors.signupClash();
  if (pg.code === '23505' && pg.constraint === 'signups_live') return ActivitiesErrors.alreadySignedUp('confirmed');
  return error;
}

@Injectable()
export class SignupsService {
  /** Sign-ups waiting per station and shift while that shift's batch is decided. */
  private readonly queue = new CoalescingQueue<SignupRequest, SignupResultDto>((_key, requests) =>
    this.decideSignups(requests),
  );

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly settings: StationSettingsService,
    private readonly notifications: NotificationsService,
    private readonly repo: SignupsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly volunteers: VolunteersRepository,
  ) {}

  async volunteer(manager: EntityManager, caller: CallerContext, id: string): Promise<VolunteerRow> {
    const row = await this.volunteers.find(manager, caller.tenantId, id);
    if (!row) throw ActivitiesErrors.volunteerNotFound(id);
    return row;
  }

  /**
   * Takes a place, or a waitlist position when the shift is full. Concurrent sign-ups for one
   * shift are coalesced (`CoalescingQueue`) and decided together by `decideSignups`; each
   * caller gets its own answer or its own refusal. An Idempotency-Key still covers its one request.
   */
  async signUp(caller: CallerContext, shiftId: string, volunteerId: string): Promise<SignupResultDto> {
    return idempotent(this.ds, caller, 'signup.create', { shiftId, volunteerId }, () =>
      this.queue.submit(`${caller.tenantId}/${shiftId}`, { caller, shiftId, volunteerId }),
    );
  }

  /** How this replica has batched sign-ups since the last call (the bench prints it). */
  takeBatchStats(): BatchStats {
    return this.queue.takeStats();
  }

  /**
   * Decides a batch of sign-ups for one shift of one station in one transaction: one lock of the
   * shift's row (whichever replica holds it decides; the others' batches wait for it), one read
   * of the volunteers and of their stored sign-ups, one multi-row insert, one outbox batch. The
   * schema still holds capacity (CHECK on the confirmed count), clashes (exclusion constraint)
   * and one live sign-up (unique index); should the insert hit one of them (a race with another
   * shift's batch for the same volunteer), the batch is decided again one by one.
   */
  private async decideSignups(requests: SignupRequest[]): Promise<Outcome<SignupResultDto>[]> {
    const { tenantId } = requests[0].caller;
    const { shiftId } = requests[0];
    const { timezone } = await this.settings.get(tenantId);
    let decided: { results: Outcome<SignupResultDto>[]; confirmed: number };
    try {
      decided = await logContext.run({ tenantId }, () =>
        this.ds.transaction(async (manager) => {
          const shift = await this.shifts.get(manager, tenantId, shiftId, true);
          const now = new Date();
          const volunteerIds = [...new Set(requests.map((r) => r.volunteerId))];
          const state = new Map(
            (
              await this.repo.batchState(manager, {
                tenantId,
                shiftId,
                startsAt: shift.startsAt,
                endsAt: shift.endsAt,
                volunteerIds,
              })
            ).map((v) => [v.volunteerId, v]),
          );
          const decisions = decideBatch(
            { capacity: shift.capacity, confirmed: shift.confirmedCount, waitlisted: shift.waitlistCount },
            requests.map((r) => ({
              volunteerId: r.volunteerId,
              refusal: refusalOf(
                r.caller,
                r.volunteerId,
                state.get(r.volunteerId)?.volunteer ?? undefined,
                shift,
                now,
                timezone,
              ),
              existing: state.get(r.volunteerId)?.existing ?? null,
              clash: state.get(r.volunteerId)?.clash ?? null,
            })),
          );
          const rows: NewSignup[] = [];
          const confirmedEvents: { payload: SignupConfirmedPayload; requestId: string }[] = [];
          const results = decisions.map((d, i): Outcome<SignupResultDto> => {
            const { caller, volunteerId } = requests[i];
            if (d.status === 'refused') return { ok: false, error: d.error };
            const id = randomUUID();
            rows.push({
              id,
              tenantId,
              shiftId,
              volunteerId,
              status: d.status,
              position: d.position,
              startsAt: shift.startsAt,
              endsAt: shift.endsAt,
              signedUpBy: caller.userId,
            });
            if (d.status === 'waitlisted')
              return { ok: true, value: { shiftId, volunteerId, status: 'waitlisted', position: d.position } };
            confirmedEvents.push({ payload: confirmedPayload(shift, volunteerId, id), requestId: caller.requestId });
            return { ok: true, value: { shiftId, volunteerId, status: 'confirmed' } };
          });
          await this.repo.insertMany(manager, rows);
          await publishEvents(manager, events.signupConfirmed, tenantId, confirmedEvents);
          return { results, confirmed: confirmedEvents.length };
        }),
      );
    } catch (error) {
      if (!retryAlone(error)) throw error;
      const results: Outcome<SignupResultDto>[] = [];
      for (const r of requests) {
        results.push(
          await this.signUpAlone(r).then(
            (value) => ({ ok: true as const, value }),
            (e: unknown) => ({ ok: false as const, error: e }),
          ),
        );
      }
      return results;
    }
    if (decided.confirmed > 0) this.relay.kick();
    return decided.results;
  }

  /** One sign-up in its own transaction: the batch's fallback when its multi-row insert hit a constraint. */
  private async signUpAlone({ caller, shiftId, volunteerId }: SignupRequest): Promise<SignupResultDto> {
    const { tenantId } = caller;
    const { timezone } = await this.settings.get(tenantId);
    const result = await logContext.run({ requestId: caller.requestId, tenantId }, async () => {
      try {
        return await this.ds.transaction(async (manager): Promise<SignupResultDto> => {
          const shift = await this.shifts.get(manager, tenantId, shiftId, true);
          const [volunteer] = await this.volunteers.findMany(manager, tenantId, [volunteerId]);
          const refusal = refusalOf(caller, volunteerId, volunteer, shift, new Date(), timezone);
          if (refusal) throw refusal;
          const state = await this.repo.preCheck(manager, {
            tenantId,
            volunteerId,
            shiftId,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
          });
          if (state.existing) throw ActivitiesErrors.alreadySignedUp(state.existing);
          if (state.clash) throw ActivitiesErrors.signupClash({ shiftId: state.clash });
          const place = placeFor({
            capacity: shift.capacity,
            confirmed: shift.confirmedCount,
            waitlisted: shift.waitlistCount,
          });
          const id = randomUUID();
          await this.repo.insert(manager, {
            id,
            tenantId,
            shiftId,
            volunteerId,
            status: place.status,
            position: place.position,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            signedUpBy: caller.userId,
          });
          if (place.status === 'waitlisted')
            return { shiftId, volunteerId, status: 'waitlisted', position: place.position };
          await this.confirmedEvent(manager, shift, volunteerId, id);
          return { shiftId, volunteerId, status: 'confirmed' };
        });
      } catch (error) {
        throw mapSignupError(error);
      }
    });
    if (result.status === 'confirmed') this.relay.kick();
    return result;
  }

  /**
   * Gives up a place or a waitlist position. A freed place goes to the first waitlisted
   * volunteer who still fits, who is told; waitlist positions close up to 1..n.
   * A volunteer cancelling their own confirmed place must do so before the cutoff; a leader may
   * cancel for them until the shift starts.
   */
  async cancel(caller: CallerContext, shiftId: string, volunteerId: string): Promise<CancelResultDto> {
    const { timezone } = await this.settings.get(caller.tenantId);
    const now = new Date();
    const promoted = await this.ds.transaction(async (manager) => {
      const shift = await this.shifts.get(manager, caller.tenantId, shiftId, true);
      const signup = await this.repo.live(manager, shiftId, volunteerId);
      if (!signup) {
        const volunteer = await this.volunteer(manager, caller, volunteerId);
        assertActsFor(caller, volunteer);
        throw ActivitiesErrors.signupNotFound();
      }
      assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath });
      if (now >= shift.startsAt) throw ActivitiesErrors.signupClosed();
      const isLeader = scopePaths(caller, 'plan').some((p) => signup.tierPath.startsWith(p));
      const cutoffAt = new Date(shift.startsAt.getTime() - shift.cancelCutoffMinutes * 60_000);
      if (signup.status === 'confirmed' && !isLeader && now > cutoffAt)
        throw ActivitiesErrors.cancelCutoff(cutoffAt.toISOString());
      await this.repo.cancel(manager, signup.id);
      await publishEvent(manager, events.signupCancelled, caller.tenantId, {
        signupId: signup.id,
        shiftId,
        volunteerId,
        activityId: shift.activityId,
        wasStatus: signup.status,
      });
      if (signup.status === 'waitlisted') {
        await this.repo.closeGap(manager, shiftId, signup.position);
        return null;
      }
      const [first] = await this.fillFreedPlaces(manager, shift, now, timezone);
      return first ?? null;
    });
    this.relay.kick();
    return { shiftId, volunteerId, status: 'cancelled', promotedVolunteerId: promoted };
  }

  /**
   * Promotes waitlisted volunteers into free places (after a cancel or a capacity increase), in
   * waitlist order, passing over those who no longer fit. The caller holds the shift's lock.
   * Returns the promoted volunteers' ids.
   */
  async fillFreedPlaces(manager: EntityManager, shift: ShiftRow, now: Date, timezone: string): Promise<string[]> {
    const promoted: string[] = [];
    if (now >= shift.startsAt) return promoted;
    for (;;) {
      const counts = await this.shifts.counts(manager, shift.id);
      if (counts.confirmed >= counts.capacity) break;
      const waitlist = await this.repo.waitlist(manager, shift.id);
      const { promoted: next } = await pickPromotion(waitlist, async (entry) => {
        // Sign-up was open when they queued; everything else must still hold.
        const refusals = signupRefusals(entry, shift, now, timezone).filter((e) => e.code !== 'SIGNUP.NOT_OPEN');
        if (refusals.length > 0) return false;
        return this.repo.tryConfirm(manager, entry.signupId);
      });
      if (!next) break;
      await this.repo.closeGap(manager, shift.id, next.position);
      await this.confirmedEvent(manager, shift, next.id, next.signupId);
      await this.notifications.send(manager, [
        {
          tenantId: shift.tenantId,
          volunteerId: next.id,
          kind: 'promoted',
          shiftId: shift.id,
          title: '候补成功 / You have a place',
          body: `您已从候补转为确认：${shift.activityTitle}，${shift.location}，${iso(shift.startsAt)} / You are now confirmed for ${shift.activityTitle}`,
        },
      ]);
      promoted.push(next.id);
    }
    return promoted;
  }

  private async confirmedEvent(manager: EntityManager, shift: ShiftRow, volunteerId: string, signupId: string) {
    await publishEvent(manager, events.signupConfirmed, shift.tenantId, confirmedPayload(shift, volunteerId, signupId));
  }

  /** A volunteer's confirmed and waitlisted shifts (and past ones with attendance), by start time. */
  async volunteerShifts(
    caller: CallerContext,
    volunteerId: string,
    query: VolunteerShiftsQuery,
  ): Promise<VolunteerShiftDto[]> {
    const volunteer = await this.volunteer(this.ds.manager, caller, volunteerId);
    assertActsFor(caller, volunteer);
    const rows = await this.repo.volunteerShifts(this.ds.manager, caller.tenantId, volunteerId, query);
    return rows.map((r) => ({
      ...toShiftDto(r),
      signupStatus: r.signupStatus,
      position: r.signupPosition ?? null,
      checkedInAt: iso(r.checkedInAt),
      checkedOutAt: iso(r.checkedOutAt),
      noShow: r.noShowAt !== null,
    }));
  }
}
