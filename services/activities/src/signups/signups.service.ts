import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ActivitiesEvents,
  type CancelResultDto,
  type SignupResultDto,
  type VolunteerShiftDto,
  type VolunteerShiftsQuery,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { assertActsFor, scopePaths } from '../access/access.js';
import { SignupErrors, VolunteerErrors } from '../activities.exception.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SHIFT_SELECT, shiftRow, toShiftDto, type ShiftRow } from '../shifts/shift-rows.js';
import { iso, pgError, rowsOf } from '../sql.js';
import { StationSettingsService } from '../stations/station-settings.js';
import { pickPromotion, signupRefusals, type VolunteerFacts } from './signup-rules.js';

const VOLUNTEER_SELECT = `
  SELECT id, tenant_id AS "tenantId", tier_path AS "tierPath", name, status, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate",
         is_minor AS "isMinor", guardian_consent AS "guardianConsent", skills, has_insurance AS "hasInsurance",
         to_char(insured_until, 'YYYY-MM-DD') AS "insuredUntil"
    FROM volunteers`;

export type VolunteerRow = VolunteerFacts & { tenantId: string; tierPath: string; name: string };

/** Is the shift in the volunteer's part of the tree (their node, above it, or below it)? */
export function inVolunteerArea(shiftPath: string, volunteerPath: string): boolean {
  return volunteerPath.startsWith(shiftPath) || shiftPath.startsWith(volunteerPath);
}

@Injectable()
export class SignupsService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly settings: StationSettingsService,
    private readonly notifications: NotificationsService,
  ) {}

  async volunteer(manager: EntityManager, caller: CallerContext, id: string): Promise<VolunteerRow> {
    const [row] = await manager.query(`${VOLUNTEER_SELECT} WHERE id = $1 AND tenant_id = $2`, [id, caller.tenantId]);
    if (!row) throw VolunteerErrors.notFound(id);
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
      const shift = await shiftRow(this.ds.manager, caller, shiftId);
      const volunteer = await this.volunteer(this.ds.manager, caller, volunteerId);
      assertActsFor(caller, volunteer);
      if (!inVolunteerArea(shift.tierPath, volunteer.tierPath)) throw SignupErrors.outsideArea();
      const { timezone } = await this.settings.get(caller.tenantId);
      const [refusal] = signupRefusals(volunteer, shift, new Date(), timezone);
      if (refusal) throw refusal;
      // One round trip for both pre-checks; the constraints below are what actually hold them under races.
      const [state] = await this.ds.query(
        `SELECT (SELECT status FROM signups WHERE shift_id = $3 AND volunteer_id = $2 AND status IN ('confirmed', 'waitlisted')) AS existing,
                (SELECT shift_id FROM signups WHERE tenant_id = $1 AND volunteer_id = $2 AND status = 'confirmed' AND shift_id <> $3
                    AND tstzrange(starts_at, ends_at) && tstzrange($4, $5) LIMIT 1) AS clash`,
        [caller.tenantId, volunteerId, shiftId, shift.startsAt, shift.endsAt],
      );
      if (state.existing) throw SignupErrors.already(state.existing);
      if (state.clash) throw SignupErrors.clash({ shiftId: state.clash });

      let result: SignupResultDto;
      try {
        result = await this.ds.transaction(async (manager) => {
          const [locked] = await manager.query(
            'SELECT capacity, confirmed_count AS "confirmed", waitlist_count AS "waitlisted" FROM shifts WHERE id = $1 FOR UPDATE',
            [shiftId],
          );
          const id = randomUUID();
          if (locked.confirmed < locked.capacity) {
            await manager.query(
              `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at, signed_up_by, confirmed_at)
               VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7, now())`,
              [id, caller.tenantId, shiftId, volunteerId, shift.startsAt, shift.endsAt, caller.userId],
            );
            await this.confirmedEvent(manager, shift, volunteerId, id);
            return { shiftId, volunteerId, status: 'confirmed' as const };
          }
          // Positions are kept 1..n, so the next one is the count plus one (the deferred exclusion constraint backs this).
          const position = locked.waitlisted + 1;
          await manager.query(
            `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at, signed_up_by)
             VALUES ($1, $2, $3, $4, 'waitlisted', $5, $6, $7, $8)`,
            [id, caller.tenantId, shiftId, volunteerId, position, shift.startsAt, shift.endsAt, caller.userId],
          );
          return { shiftId, volunteerId, status: 'waitlisted' as const, position };
        });
      } catch (error) {
        const pg = pgError(error);
        if (pg.code === '23P01' && pg.constraint === 'signups_no_overlap') throw SignupErrors.clash();
        if (pg.code === '23505' && pg.constraint === 'signups_live') throw SignupErrors.already('confirmed');
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
      const shift = await shiftRow(manager, caller, shiftId, true);
      const [signup] = await manager.query(
        `SELECT s.id, s.status, s.position, v.tier_path AS "tierPath" FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
          WHERE s.shift_id = $1 AND s.volunteer_id = $2 AND s.status IN ('confirmed', 'waitlisted')`,
        [shiftId, volunteerId],
      );
      if (!signup) {
        const volunteer = await this.volunteer(manager, caller, volunteerId);
        assertActsFor(caller, volunteer);
        throw SignupErrors.notFound();
      }
      assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath });
      if (now >= shift.startsAt) throw SignupErrors.closed();
      const isLeader = scopePaths(caller, 'plan').some((p) => signup.tierPath.startsWith(p));
      const cutoffAt = new Date(shift.startsAt.getTime() - shift.cancelCutoffMinutes * 60_000);
      if (signup.status === 'confirmed' && !isLeader && now > cutoffAt)
        throw SignupErrors.cancelCutoff(cutoffAt.toISOString());
      await manager.query(
        `UPDATE signups SET status = 'cancelled', position = NULL, cancelled_at = now() WHERE id = $1`,
        [signup.id],
      );
      await addToOutbox(manager, {
        subject: ActivitiesEvents.signupCancelled,
        tenantId: caller.tenantId,
        payload: { signupId: signup.id, shiftId, volunteerId, activityId: shift.activityId, wasStatus: signup.status },
      });
      if (signup.status === 'waitlisted') {
        await this.closeGap(manager, shiftId, signup.position);
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
      const [counts] = await manager.query(
        'SELECT capacity, confirmed_count AS "confirmed" FROM shifts WHERE id = $1',
        [shift.id],
      );
      if (counts.confirmed >= counts.capacity) break;
      const waitlist: (VolunteerRow & { signupId: string; position: number })[] = await manager.query(
        `SELECT s.id AS "signupId", s.position, v.id, v.tier_path AS "tierPath", v.name, v.status,
                to_char(v.birth_date, 'YYYY-MM-DD') AS "birthDate", v.is_minor AS "isMinor", v.guardian_consent AS "guardianConsent",
                v.skills, v.has_insurance AS "hasInsurance", to_char(v.insured_until, 'YYYY-MM-DD') AS "insuredUntil"
           FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
          WHERE s.shift_id = $1 AND s.status = 'waitlisted' ORDER BY s.position`,
        [shift.id],
      );
      const { promoted: next } = await pickPromotion(waitlist, async (entry) => {
        // Sign-up was open when they queued; everything else must still hold.
        const refusals = signupRefusals(entry, shift, now, timezone).filter((e) => e.code !== 'SIGNUP.NOT_OPEN');
        if (refusals.length > 0) return false;
        return this.tryConfirm(manager, entry.signupId);
      });
      if (!next) break;
      await this.closeGap(manager, shift.id, next.position);
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

  /** Confirms a waitlisted sign-up unless that would clash (the exclusion constraint decides, under a savepoint). */
  private async tryConfirm(manager: EntityManager, signupId: string): Promise<boolean> {
    await manager.query('SAVEPOINT promote');
    try {
      await manager.query(
        `UPDATE signups SET status = 'confirmed', position = NULL, confirmed_at = now() WHERE id = $1`,
        [signupId],
      );
      await manager.query('RELEASE SAVEPOINT promote');
      return true;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT promote');
      if (pgError(error).code === '23P01') return false;
      throw error;
    }
  }

  /** Closes the gap a waitlist position left, so positions stay 1..n (uniqueness is checked at commit). */
  private async closeGap(manager: EntityManager, shiftId: string, position: number) {
    await manager.query(
      `UPDATE signups SET position = position - 1 WHERE shift_id = $1 AND status = 'waitlisted' AND position > $2`,
      [shiftId, position],
    );
  }

  private async confirmedEvent(manager: EntityManager, shift: ShiftRow, volunteerId: string, signupId: string) {
    await addToOutbox(manager, {
      subject: ActivitiesEvents.signupConfirmed,
      tenantId: shift.tenantId,
      payload: {
        signupId,
        shiftId: shift.id,
        volunteerId,
        activityId: shift.activityId,
        startsAt: iso(shift.startsAt),
        endsAt: iso(shift.endsAt),
      },
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
    const params: unknown[] = [caller.tenantId, volunteerId];
    const where = [`s.tenant_id = $1`, `su.volunteer_id = $2`, `su.status IN ('confirmed', 'waitlisted')`];
    if (query.from) {
      params.push(query.from);
      where.push(`s.ends_at > $${params.length}`);
    }
    if (query.to) {
      params.push(query.to);
      where.push(`s.starts_at < $${params.length}`);
    }
    const rows = await this.ds.query(
      `${SHIFT_SELECT.replace(
        'FROM shifts s',
        `, su.status AS "signupStatus", su.position AS "signupPosition", su.checked_in_at AS "checkedInAt",
              su.checked_out_at AS "checkedOutAt", su.no_show_at AS "noShowAt"
         FROM signups su JOIN shifts s ON s.id = su.shift_id`,
      )}
        WHERE ${where.join(' AND ')} ORDER BY s.starts_at LIMIT 500`,
      params,
    );
    return rowsOf<ShiftRow & Record<string, unknown>>(rows).map((r) => ({
      ...toShiftDto(r),
      signupStatus: r.signupStatus as 'confirmed' | 'waitlisted',
      position: (r.signupPosition as number | null) ?? null,
      checkedInAt: iso(r.checkedInAt as Date | null),
      checkedOutAt: iso(r.checkedOutAt as Date | null),
      noShow: r.noShowAt !== null,
    }));
  }
}
