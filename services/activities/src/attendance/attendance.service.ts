import { Injectable } from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  ActivitiesEvents,
  type AttendanceDto,
  type AttendanceRecordedPayload,
  type CheckInCodeDto,
  type ServiceDomain,
  type ShiftMessageResultDto,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { assertActsFor, assertCanActOn, requireScope, scopePaths } from '../access/access.js';
import { AttendanceErrors } from '../activities.exception.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { shiftRow, type ShiftRow } from '../shifts/shift-rows.js';
import { iso } from '../sql.js';
import { StationSettingsService } from '../stations/station-settings.js';

/** Wrong codes a volunteer may type for one sign-up before self check-in locks (a leader can still check them in). */
export const MAX_CODE_FAILURES = 5;

export function qrPayload(shiftId: string, code: string): string {
  return `linli:checkin:${shiftId}:${code}`;
}

function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly settings: StationSettingsService,
    private readonly notifications: NotificationsService,
  ) {}

  private async window(shift: ShiftRow) {
    const s = await this.settings.get(shift.tenantId);
    return {
      opensAt: new Date(shift.startsAt.getTime() - s.checkinOpensMinutes * 60_000),
      closesAt: new Date(shift.endsAt.getTime() + s.checkinClosesMinutes * 60_000),
    };
  }

  /**
   * A leader checks in any confirmed volunteer of their subtree, at any time (they record what
   * happened); a volunteer checks themself in with the shift's code, within the window around it.
   */
  async checkIn(caller: CallerContext, shiftId: string, volunteerId: string, code?: string): Promise<AttendanceDto> {
    const now = new Date();
    let wrongCodeFor: string | undefined;
    const result = await this.ds
      .transaction(async (manager) => {
        const shift = await shiftRow(manager, caller, shiftId);
        const signup = await this.confirmedSignup(manager, caller, shiftId, volunteerId);
        const leader = scopePaths(caller, 'attend').some((p) => signup.tierPath.startsWith(p));
        if (!leader) {
          assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath }, 'attend');
          const { opensAt, closesAt } = await this.window(shift);
          if (now < opensAt || now > closesAt)
            throw AttendanceErrors.outsideWindow(opensAt.toISOString(), closesAt.toISOString());
          if (!code) throw AttendanceErrors.codeRequired();
          if (signup.checkinFailures >= MAX_CODE_FAILURES) throw AttendanceErrors.tooManyCodeAttempts();
          if (!sameCode(code, shift.checkinCode)) {
            wrongCodeFor = signup.id;
            throw AttendanceErrors.codeInvalid(MAX_CODE_FAILURES - signup.checkinFailures - 1);
          }
        }
        if (signup.checkedInAt) throw AttendanceErrors.already(iso(signup.checkedInAt)!);
        await manager.query(
          `UPDATE signups SET checked_in_at = $2, checked_in_by = $3, no_show_at = NULL WHERE id = $1`,
          [signup.id, now, caller.userId],
        );
        return {
          attendanceId: signup.id as string,
          shiftId,
          volunteerId,
          checkedInAt: now.toISOString(),
          checkedOutAt: null,
        };
      })
      .catch(async (error: unknown) => {
        // Counted after the rollback, so the refusal itself is what is remembered.
        if (wrongCodeFor) {
          await this.ds.query('UPDATE signups SET checkin_failures = checkin_failures + 1 WHERE id = $1', [
            wrongCodeFor,
          ]);
        }
        throw error;
      });
    return result;
  }

  /** Records the check-out and publishes `evt.activities.attendance.recorded` (through the outbox) for the hours ledger. */
  async checkOut(caller: CallerContext, shiftId: string, volunteerId: string): Promise<AttendanceDto> {
    const now = new Date();
    const result = await this.ds.transaction(async (manager) => {
      const shift = await shiftRow(manager, caller, shiftId);
      const signup = await this.confirmedSignup(manager, caller, shiftId, volunteerId, true);
      const leader = scopePaths(caller, 'attend').some((p) => signup.tierPath.startsWith(p));
      if (!leader) assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath }, 'attend');
      if (!signup.checkedInAt) throw AttendanceErrors.notCheckedIn();
      if (signup.checkedOutAt) throw AttendanceErrors.alreadyOut(iso(signup.checkedOutAt)!);
      const checkedOutAt = now < signup.checkedInAt ? signup.checkedInAt : now;
      await manager.query(`UPDATE signups SET checked_out_at = $2, checked_out_by = $3 WHERE id = $1`, [
        signup.id,
        checkedOutAt,
        caller.userId,
      ]);
      const payload: AttendanceRecordedPayload = {
        attendanceId: signup.id,
        volunteerId,
        shiftId,
        activityId: shift.activityId,
        activityTitle: shift.activityTitle,
        projectId: shift.projectId,
        projectDomain: (shift.projectDomain as ServiceDomain | null) ?? null,
        teamId: shift.teamId,
        tierNodeId: shift.tierNodeId,
        tierPath: shift.tierPath,
        location: shift.location,
        checkedInAt: iso(signup.checkedInAt)!,
        checkedOutAt: checkedOutAt.toISOString(),
        shiftStartsAt: iso(shift.startsAt)!,
        shiftEndsAt: iso(shift.endsAt)!,
        recordedBy: caller.userId,
      };
      await addToOutbox(manager, { subject: ActivitiesEvents.attendanceRecorded, tenantId: caller.tenantId, payload });
      return {
        attendanceId: signup.id as string,
        shiftId,
        volunteerId,
        checkedInAt: payload.checkedInAt,
        checkedOutAt: payload.checkedOutAt,
        minutes: Math.round((checkedOutAt.getTime() - new Date(signup.checkedInAt).getTime()) / 60_000),
      };
    });
    this.relay.kick();
    return result;
  }

  private async confirmedSignup(
    manager: import('typeorm').EntityManager,
    caller: CallerContext,
    shiftId: string,
    volunteerId: string,
    lock = false,
  ) {
    const [signup] = await manager.query(
      `SELECT s.id, s.status, s.checked_in_at AS "checkedInAt", s.checked_out_at AS "checkedOutAt", s.checkin_failures AS "checkinFailures",
              v.tier_path AS "tierPath"
         FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.volunteer_id = $2 AND s.tenant_id = $3 AND s.status = 'confirmed' ${lock ? 'FOR UPDATE OF s' : ''}`,
      [shiftId, volunteerId, caller.tenantId],
    );
    if (signup) return signup;
    // Tell the caller "not yours" before "not signed up", so nobody probes others' sign-ups.
    const [volunteer] = await manager.query(
      'SELECT id, tier_path AS "tierPath" FROM volunteers WHERE id = $1 AND tenant_id = $2',
      [volunteerId, caller.tenantId],
    );
    if (volunteer && !scopePaths(caller, 'attend').some((p) => volunteer.tierPath.startsWith(p))) {
      assertActsFor(caller, volunteer, 'attend');
    }
    throw AttendanceErrors.notConfirmed();
  }

  async checkInCode(caller: CallerContext, shiftId: string): Promise<CheckInCodeDto> {
    requireScope(caller, 'attend');
    const shift = await shiftRow(this.ds.manager, caller, shiftId);
    assertCanActOn(caller, shift.tierPath, 'attend');
    const { opensAt, closesAt } = await this.window(shift);
    return {
      shiftId,
      code: shift.checkinCode,
      qrPayload: qrPayload(shiftId, shift.checkinCode),
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
    };
  }

  /** A leader's message to everyone on the roster (confirmed and waitlisted), as in-app notifications. */
  async message(caller: CallerContext, shiftId: string, text: string): Promise<ShiftMessageResultDto> {
    return idempotent(this.ds, caller, 'shift.message', { shiftId, text }, async () => {
      requireScope(caller, 'plan');
      const shift = await shiftRow(this.ds.manager, caller, shiftId);
      assertCanActOn(caller, shift.tierPath, 'plan');
      const messageId = randomUUID();
      const recipients = await this.ds.transaction(async (manager) => {
        const roster: { volunteerId: string }[] = await manager.query(
          `SELECT volunteer_id AS "volunteerId" FROM signups WHERE shift_id = $1 AND status IN ('confirmed', 'waitlisted')`,
          [shiftId],
        );
        await manager.query(
          'INSERT INTO shift_messages (id, tenant_id, shift_id, text, sent_by, recipients) VALUES ($1, $2, $3, $4, $5, $6)',
          [messageId, caller.tenantId, shiftId, text.trim(), caller.userId, roster.length],
        );
        await this.notifications.send(
          manager,
          roster.map((r) => ({
            tenantId: caller.tenantId,
            volunteerId: r.volunteerId,
            kind: 'shift_message' as const,
            shiftId,
            title: `${shift.activityTitle} 负责人通知 / Message from the leader`,
            body: text.trim(),
          })),
        );
        return roster.length;
      });
      return { messageId, recipients };
    });
  }
}
