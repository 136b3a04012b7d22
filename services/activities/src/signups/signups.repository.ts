import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SHIFT_COLUMNS, SHIFT_JOINS } from '../shifts/shifts.repository.js';
import type { ShiftRow } from '../shifts/shifts.mapper.js';
import { pgError, rowsOf } from '../sql.js';
import { VOLUNTEER_COLUMNS, type VolunteerRow } from '../volunteers/volunteers.repository.js';

export type LiveStatus = 'confirmed' | 'waitlisted';

export interface NewSignup {
  id: string;
  tenantId: string;
  shiftId: string;
  volunteerId: string;
  status: LiveStatus;
  /** The waitlist position (1..n); null for a confirmed place. */
  position: number | null;
  startsAt: Date;
  endsAt: Date;
  signedUpBy: string;
}

export interface LiveSignup {
  id: string;
  status: LiveStatus;
  position: number;
  /** The volunteer's tier path. */
  tierPath: string;
}

export type WaitlistEntry = VolunteerRow & { signupId: string; position: number };

export interface AttendanceSignup {
  id: string;
  status: 'confirmed';
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  checkinFailures: number;
  tierPath: string;
}

export interface RosterRow {
  volunteerId: string;
  name: string;
  status: LiveStatus;
  position: number | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  noShowAt: Date | null;
  signedUpAt: Date;
}

export type VolunteerShiftRow = ShiftRow & {
  signupStatus: LiveStatus;
  signupPosition: number | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  noShowAt: Date | null;
};

export interface FeedShiftRow {
  shiftId: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  role: string | null;
  location: string;
  /** The later of the shift's and the activity's last change. */
  updatedAt: Date;
  shiftCreatedAt: Date;
  status: 'confirmed' | 'cancelled';
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

export interface DueReminder {
  tenantId: string;
  volunteerId: string;
  shiftId: string;
  title: string;
  location: string;
  startsAt: Date;
}

/**
 * All SQL on `signups`. What holds a shift's capacity and a volunteer's time, however requests
 * race, is in the schema: a trigger keeps `shifts.confirmed_count` under the `shifts_capacity`
 * CHECK, `signups_no_overlap` (exclusion) refuses two overlapping confirmed places of one
 * volunteer, `signups_live` (unique) one live sign-up per shift and volunteer, and waitlist
 * positions are unique per shift at commit. The service decides confirmed or waitlisted under
 * the shift's row lock (`ShiftsRepository.counts(…, lock)` and `placeFor` in signups.rules.ts).
 */
@Injectable()
export class SignupsRepository {
  /** One round trip for both pre-checks: a live sign-up on this shift, and a confirmed one overlapping it. */
  async preCheck(
    manager: EntityManager,
    s: { tenantId: string; volunteerId: string; shiftId: string; startsAt: Date; endsAt: Date },
  ): Promise<{ existing: LiveStatus | null; clash: string | null }> {
    const [state] = await manager.query(
      `SELECT (SELECT status FROM signups WHERE shift_id = $3 AND volunteer_id = $2 AND status IN ('confirmed', 'waitlisted')) AS existing,
              (SELECT shift_id FROM signups WHERE tenant_id = $1 AND volunteer_id = $2 AND status = 'confirmed' AND shift_id <> $3
                  AND tstzrange(starts_at, ends_at) && tstzrange($4, $5) LIMIT 1) AS clash`,
      [s.tenantId, s.volunteerId, s.shiftId, s.startsAt, s.endsAt],
    );
    return state;
  }

  /**
   * What a batch of sign-ups for one shift needs to know of its volunteers, in one round trip:
   * each volunteer's row (null when the station has no such volunteer) with `preCheck` for it,
   * a live sign-up on this shift and a confirmed one overlapping it.
   */
  async batchState(
    manager: EntityManager,
    s: { tenantId: string; shiftId: string; startsAt: Date; endsAt: Date; volunteerIds: string[] },
  ): Promise<
    { volunteer: VolunteerRow | null; volunteerId: string; existing: LiveStatus | null; clash: string | null }[]
  > {
    const rows: (VolunteerRow & { requestedId: string; existing: LiveStatus | null; clash: string | null })[] =
      await manager.query(
        `SELECT t.id AS "requestedId", ${VOLUNTEER_COLUMNS},
                (SELECT status FROM signups WHERE shift_id = $2 AND volunteer_id = t.id AND status IN ('confirmed', 'waitlisted')) AS existing,
                (SELECT shift_id FROM signups WHERE tenant_id = $1 AND volunteer_id = t.id AND status = 'confirmed' AND shift_id <> $2
                    AND tstzrange(starts_at, ends_at) && tstzrange($3, $4) LIMIT 1) AS clash
           FROM unnest($5::uuid[]) AS t(id)
           LEFT JOIN volunteers v ON v.id = t.id AND v.tenant_id = $1`,
        [s.tenantId, s.shiftId, s.startsAt, s.endsAt, s.volunteerIds],
      );
    return rows.map(({ requestedId, existing, clash, ...volunteer }) => ({
      volunteerId: requestedId,
      volunteer: volunteer.id === null ? null : volunteer,
      existing,
      clash,
    }));
  }

  /**
   * Inserts a batch of sign-ups of one shift in one statement. The constraints hold for every
   * row as for a single insert; one violation refuses the whole statement.
   */
  async insertMany(manager: EntityManager, rows: NewSignup[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at, signed_up_by, confirmed_at)
       SELECT id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at, signed_up_by,
              CASE WHEN status = 'confirmed' THEN now() END
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::timestamptz[], $8::timestamptz[], $9::text[])
           AS t(id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at, signed_up_by)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.tenantId),
        rows.map((r) => r.shiftId),
        rows.map((r) => r.volunteerId),
        rows.map((r) => r.status),
        rows.map((r) => r.position),
        rows.map((r) => r.startsAt),
        rows.map((r) => r.endsAt),
        rows.map((r) => r.signedUpBy),
      ],
    );
  }

  async insert(manager: EntityManager, s: NewSignup): Promise<void> {
    await manager.query(
      `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, position, starts_at, ends_at, signed_up_by, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $5 = 'confirmed' THEN now() END)`,
      [s.id, s.tenantId, s.shiftId, s.volunteerId, s.status, s.position, s.startsAt, s.endsAt, s.signedUpBy],
    );
  }

  async live(manager: EntityManager, shiftId: string, volunteerId: string): Promise<LiveSignup | undefined> {
    const [row] = await manager.query(
      `SELECT s.id, s.status, s.position, v.tier_path AS "tierPath" FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.volunteer_id = $2 AND s.status IN ('confirmed', 'waitlisted')`,
      [shiftId, volunteerId],
    );
    return row;
  }

  async cancel(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE signups SET status = 'cancelled', position = NULL, cancelled_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Closes the gap a waitlist position left, so positions stay 1..n (uniqueness is checked at commit). */
  async closeGap(manager: EntityManager, shiftId: string, position: number): Promise<void> {
    await manager.query(
      `UPDATE signups SET position = position - 1 WHERE shift_id = $1 AND status = 'waitlisted' AND position > $2`,
      [shiftId, position],
    );
  }

  /** The shift's waitlist in order, with what the sign-up rules need of each volunteer. */
  async waitlist(manager: EntityManager, shiftId: string): Promise<WaitlistEntry[]> {
    return manager.query(
      `SELECT s.id AS "signupId", s.position, ${VOLUNTEER_COLUMNS}
         FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.status = 'waitlisted' ORDER BY s.position`,
      [shiftId],
    );
  }

  /** Confirms a waitlisted sign-up unless that would clash (the exclusion constraint decides, under a savepoint). */
  async tryConfirm(manager: EntityManager, signupId: string): Promise<boolean> {
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

  /** The volunteer's confirmed places that have not ended (for clash checks). */
  async upcomingConfirmed(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
  ): Promise<{ startsAt: Date; endsAt: Date }[]> {
    return manager.query(
      `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM signups
        WHERE tenant_id = $1 AND volunteer_id = $2 AND status = 'confirmed' AND ends_at > now()`,
      [tenantId, volunteerId],
    );
  }

  /** A shift's times moved: its live sign-ups' copies move too (the exclusion constraint refuses a move into a clash). */
  async moveTimes(manager: EntityManager, shiftId: string, startsAt: Date, endsAt: Date): Promise<void> {
    await manager.query(
      `UPDATE signups SET starts_at = $2, ends_at = $3 WHERE shift_id = $1 AND status <> 'cancelled'`,
      [shiftId, startsAt, endsAt],
    );
  }

  /** Everyone on the shift's roster (confirmed and waitlisted). */
  async liveVolunteerIds(manager: EntityManager, shiftId: string): Promise<string[]> {
    const rows: { volunteerId: string }[] = await manager.query(
      `SELECT volunteer_id AS "volunteerId" FROM signups WHERE shift_id = $1 AND status IN ('confirmed', 'waitlisted')`,
      [shiftId],
    );
    return rows.map((r) => r.volunteerId);
  }

  async roster(manager: EntityManager, shiftId: string): Promise<RosterRow[]> {
    return manager.query(
      `SELECT s.volunteer_id AS "volunteerId", v.name, s.status, s.position, s.checked_in_at AS "checkedInAt",
              s.checked_out_at AS "checkedOutAt", s.no_show_at AS "noShowAt", s.created_at AS "signedUpAt"
         FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.status IN ('confirmed', 'waitlisted')
        ORDER BY s.position NULLS FIRST, s.created_at`,
      [shiftId],
    );
  }

  /** A volunteer's live sign-ups with their shifts, by start, at most 500. */
  async volunteerShifts(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
    range: { from?: string; to?: string },
  ): Promise<VolunteerShiftRow[]> {
    const params: unknown[] = [tenantId, volunteerId];
    const where = [`s.tenant_id = $1`, `su.volunteer_id = $2`, `su.status IN ('confirmed', 'waitlisted')`];
    if (range.from) {
      params.push(range.from);
      where.push(`s.ends_at > $${params.length}`);
    }
    if (range.to) {
      params.push(range.to);
      where.push(`s.starts_at < $${params.length}`);
    }
    const rows = await manager.query(
      `SELECT ${SHIFT_COLUMNS}, su.status AS "signupStatus", su.position AS "signupPosition", su.checked_in_at AS "checkedInAt",
              su.checked_out_at AS "checkedOutAt", su.no_show_at AS "noShowAt"
         FROM signups su JOIN shifts s ON s.id = su.shift_id ${SHIFT_JOINS}
        WHERE ${where.join(' AND ')} ORDER BY s.starts_at LIMIT 500`,
      params,
    );
    return rowsOf<VolunteerShiftRow>(rows);
  }

  /** The volunteer's confirmed sign-up on the shift, with their tier path; optionally locked. */
  async confirmed(
    manager: EntityManager,
    tenantId: string,
    shiftId: string,
    volunteerId: string,
    lock = false,
  ): Promise<AttendanceSignup | undefined> {
    const [row] = await manager.query(
      `SELECT s.id, s.status, s.checked_in_at AS "checkedInAt", s.checked_out_at AS "checkedOutAt", s.checkin_failures AS "checkinFailures",
              v.tier_path AS "tierPath"
         FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.volunteer_id = $2 AND s.tenant_id = $3 AND s.status = 'confirmed' ${lock ? 'FOR UPDATE OF s' : ''}`,
      [shiftId, volunteerId, tenantId],
    );
    return row;
  }

  async recordCheckIn(manager: EntityManager, id: string, at: Date, by: string): Promise<void> {
    await manager.query(`UPDATE signups SET checked_in_at = $2, checked_in_by = $3, no_show_at = NULL WHERE id = $1`, [
      id,
      at,
      by,
    ]);
  }

  async countCodeFailure(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE signups SET checkin_failures = checkin_failures + 1 WHERE id = $1', [id]);
  }

  async recordCheckOut(manager: EntityManager, id: string, at: Date, by: string): Promise<void> {
    await manager.query(`UPDATE signups SET checked_out_at = $2, checked_out_by = $3 WHERE id = $1`, [id, at, by]);
  }

  /** The volunteer's confirmed shifts from 90 days back on, for their calendar feed. */
  /**
   * A volunteer's calendar: per shift, their confirmed place (ended within 90 days or still to
   * come), or else their latest place that was confirmed once and was cancelled within
   * `cancelledDays`, so a subscribed calendar learns of the cancellation before it is left out.
   */
  async feedShifts(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
    cancelledDays: number,
  ): Promise<FeedShiftRow[]> {
    return manager.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (su.shift_id) su.shift_id AS "shiftId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
                a.title, s.role, a.location, greatest(s.updated_at, a.updated_at) AS "updatedAt",
                s.created_at AS "shiftCreatedAt", su.status, su.confirmed_at AS "confirmedAt", su.cancelled_at AS "cancelledAt"
           FROM signups su JOIN shifts s ON s.id = su.shift_id JOIN activities a ON a.id = s.activity_id
          WHERE su.tenant_id = $1 AND su.volunteer_id = $2 AND s.ends_at > now() - interval '90 days'
            AND (su.status = 'confirmed'
                 OR (su.status = 'cancelled' AND su.confirmed_at IS NOT NULL
                     AND su.cancelled_at > now() - make_interval(days => $3::int)))
          ORDER BY su.shift_id, su.status = 'confirmed' DESC, su.created_at DESC
       ) feed ORDER BY "startsAt" LIMIT 1000`,
      [tenantId, volunteerId, cancelledDays],
    );
  }

  /**
   * Confirmed places starting in (now + nearerMs, now + aheadMs] not yet reminded of `kind`:
   * each is recorded in `reminders_sent` (unique key) in the caller's transaction and returned once.
   */
  async claimReminders(
    manager: EntityManager,
    now: Date,
    aheadMs: number,
    nearerMs: number,
    kind: string,
  ): Promise<DueReminder[]> {
    return manager.query(
      `WITH due AS (
         SELECT su.tenant_id, su.shift_id, su.volunteer_id FROM signups su
          WHERE su.status = 'confirmed' AND su.starts_at > $1::timestamptz + make_interval(secs => $3::double precision / 1000)
            AND su.starts_at <= $1::timestamptz + make_interval(secs => $2::double precision / 1000)
       ), sent AS (
         INSERT INTO reminders_sent (shift_id, volunteer_id, kind, tenant_id)
         SELECT shift_id, volunteer_id, $4, tenant_id FROM due ON CONFLICT DO NOTHING
         RETURNING shift_id, volunteer_id, tenant_id
       )
       SELECT sent.tenant_id AS "tenantId", sent.volunteer_id AS "volunteerId", sent.shift_id AS "shiftId",
              a.title, a.location, s.starts_at AS "startsAt"
         FROM sent JOIN shifts s ON s.id = sent.shift_id JOIN activities a ON a.id = s.activity_id`,
      [now, aheadMs, nearerMs, kind],
    );
  }

  /** Marks confirmed volunteers who never checked in as no-shows once their shift ended; returns how many. */
  async markNoShows(manager: EntityManager, now: Date): Promise<number> {
    const marked = await manager.query(
      `UPDATE signups SET no_show_at = $1 WHERE status = 'confirmed' AND checked_in_at IS NULL AND no_show_at IS NULL AND ends_at <= $1
       RETURNING id`,
      [now],
    );
    return rowsOf(marked).length;
  }
}
