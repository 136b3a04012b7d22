import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ActivitiesApi,
  type CancelResultDto,
  type SignupResultDto,
  type VolunteerShiftDto,
  type VolunteerShiftsQuery,
} from '#linli/contracts';
import { idempotent, OutboxRelay, publishEvent, type CallerContext } from '#linli/platform';
import { assertActsFor, scopePaths } from '../access/access.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { toShiftDto, type ShiftRow } from '../shifts/shifts.mapper.js';
import { ShiftsRepository } from '../shifts/shifts.repository.js';
import { iso, pgError } from '../sql.js';
import { StationSettingsService } from '../stations/stations.service.js';
import { VolunteersRepository, type VolunteerRow } from '../volunteers/volunteers.repository.js';
import { inVolunteerArea, pickPromotion, placeFor, signupRefusals } from './signups.rules.js';
import { SignupsRepository } from './signups.repository.js';

const events = ActivitiesApi.events;

@Injectable()
export class SignupsService {
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
   * Takes a place, or a waitlist position when the shift is full. The shift row is locked for
   * the count and the insert, a trigger keeps its confirmed count under a CHECK against the
   * capacity, and the exclusion constraint refuses an overlapping confirmed place however the
   * requests race.
   */
  async signUp(caller: CallerContext, shiftId: string, volunteerId: string): Promise<SignupResultDto> {
    return idempotent(this.ds, caller, 'signup.create', { shiftId, volunteerId }, async () => {
      const shift = await this.shifts.get(this.ds.manager, caller.tenantId, shiftId);
      const volunteer = await this.volunteer(this.ds.manager, caller, volunteerId);
      assertActsFor(caller, volunteer);
      if (!inVolunteerArea(shift.tierPath, volunteer.tierPath)) throw ActivitiesErrors.outsideArea();
      const { timezone } = await this.settings.get(caller.tenantId);
      const [refusal] = signupRefusals(volunteer, shift, new Date(), timezone);
      if (refusal) throw refusal;
      // One round trip for both pre-checks; the constraints are what actually hold them under races.
      const state = await this.repo.preCheck(this.ds.manager, {
        tenantId: caller.tenantId,
        volunteerId,
        shiftId,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      });
      if (state.existing) throw ActivitiesErrors.alreadySignedUp(state.existing);
      if (state.clash) throw ActivitiesErrors.signupClash({ shiftId: state.clash });

      let result: SignupResultDto;
      try {
        result = await this.ds.transaction(async (manager) => {
          const place = placeFor(await this.shifts.counts(manager, shiftId, true));
          const id = randomUUID();
          await this.repo.insert(manager, {
            id,
            tenantId: caller.tenantId,
            shiftId,
            volunteerId,
            status: place.status,
            position: place.position,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            signedUpBy: caller.userId,
          });
          if (place.status === 'confirmed') {
            await this.confirmedEvent(manager, shift, volunteerId, id);
            return { shiftId, volunteerId, status: 'confirmed' as const };
          }
          return { shiftId, volunteerId, status: 'waitlisted' as const, position: place.position };
        });
      } catch (error) {
        const pg = pgError(error);
        if (pg.code === '23P01' && pg.constraint === 'signups_no_overlap') throw ActivitiesErrors.signupClash();
        if (pg.code === '23505' && pg.constraint === 'signups_live')
          throw ActivitiesErrors.alreadySignedUp('confirmed');
        throw error;
      }
      if (result.status === 'confirmed') this.relay.kick();
      return result;
    });
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
    await publishEvent(manager, events.signupConfirmed, shift.tenantId, {
      signupId,
      shiftId: shift.id,
      volunteerId,
      activityId: shift.activityId,
      startsAt: iso(shift.startsAt)!,
      endsAt: iso(shift.endsAt)!,
    });
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
