import QRCode from 'qrcode';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ActivitiesApi,
  type AttendanceDto,
  type AttendanceRecordedPayload,
  IdentityApi,
  type CheckInCodeDto,
  type FileReply,
} from '#linli/contracts';
import { OutboxRelay, publishEvent, ServiceClient, type CallerContext } from '#linli/platform';
import { assertActsFor, assertCanActOn, requireScope, scopePaths } from '../access/access.js';
import { ActivitiesErrors } from '../activities.errors.js';
import type { ShiftRow } from '../shifts/shifts.mapper.js';
import { ShiftsRepository } from '../shifts/shifts.repository.js';
import { SignupsRepository, type AttendanceSignup } from '../signups/signups.repository.js';
import { iso } from '../sql.js';
import { StationSettingsService } from '../stations/stations.service.js';
import { VolunteersRepository } from '../volunteers/volunteers.repository.js';
import { checkInUrl, checkInWindow, MAX_CODE_FAILURES, qrPayload, sameCode } from './attendance.rules.js';
import { renderCheckInSheetPdf } from './check-in-sheet-pdf.js';

/** Check-in and check-out of confirmed volunteers; a check-out is what the hours ledger hears of. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly settings: StationSettingsService,
    private readonly shifts: ShiftsRepository,
    private readonly signups: SignupsRepository,
    private readonly volunteers: VolunteersRepository,
    private readonly services: ServiceClient,
  ) {}

  private async window(shift: ShiftRow) {
    return checkInWindow(shift, await this.settings.get(shift.tenantId));
  }

  /**
   * A leader checks in any confirmed volunteer of their subtree, at any time (they record what
   * happened); a volunteer checks themself in with the shift's code, within the window around it.
   */
  async checkIn(caller: CallerContext, shiftId: string, volunteerId: string, code?: string): Promise<AttendanceDto> {
    const now = new Date();
    let wrongCodeFor: string | undefined;
    return this.ds
      .transaction(async (manager) => {
        const shift = await this.shifts.get(manager, caller.tenantId, shiftId);
        const signup = await this.confirmedSignup(manager, caller, shiftId, volunteerId);
        const leader = scopePaths(caller, 'attend').some((p) => signup.tierPath.startsWith(p));
        if (!leader) {
          assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath }, 'attend');
          const { opensAt, closesAt } = await this.window(shift);
          if (now < opensAt || now > closesAt)
            throw ActivitiesErrors.outsideWindow(opensAt.toISOString(), closesAt.toISOString());
          if (!code) throw ActivitiesErrors.codeRequired();
          if (signup.checkinFailures >= MAX_CODE_FAILURES) throw ActivitiesErrors.tooManyCodeAttempts();
          if (!sameCode(code, shift.checkinCode)) {
            wrongCodeFor = signup.id;
            throw ActivitiesErrors.codeInvalid(MAX_CODE_FAILURES - signup.checkinFailures - 1);
          }
        }
        if (signup.checkedInAt) throw ActivitiesErrors.alreadyCheckedIn(iso(signup.checkedInAt)!);
        await this.signups.recordCheckIn(manager, signup.id, now, caller.userId);
        return {
          attendanceId: signup.id,
          shiftId,
          volunteerId,
          checkedInAt: now.toISOString(),
          checkedOutAt: null,
        };
      })
      .catch(async (error: unknown) => {
        // Counted after the rollback, so the refusal itself is what is remembered.
        if (wrongCodeFor) await this.signups.countCodeFailure(this.ds.manager, wrongCodeFor);
        throw error;
      });
  }

  /** Records the check-out and publishes `evt.activities.attendance.recorded` (through the outbox) for the hours ledger. */
  async checkOut(caller: CallerContext, shiftId: string, volunteerId: string): Promise<AttendanceDto> {
    const now = new Date();
    const result = await this.ds.transaction(async (manager) => {
      const shift = await this.shifts.get(manager, caller.tenantId, shiftId);
      const signup = await this.confirmedSignup(manager, caller, shiftId, volunteerId, true);
      const leader = scopePaths(caller, 'attend').some((p) => signup.tierPath.startsWith(p));
      if (!leader) assertActsFor(caller, { id: volunteerId, tierPath: signup.tierPath }, 'attend');
      if (!signup.checkedInAt) throw ActivitiesErrors.notCheckedIn();
      if (signup.checkedOutAt) throw ActivitiesErrors.alreadyCheckedOut(iso(signup.checkedOutAt)!);
      const checkedOutAt = now < signup.checkedInAt ? signup.checkedInAt : now;
      await this.signups.recordCheckOut(manager, signup.id, checkedOutAt, caller.userId);
      const payload: AttendanceRecordedPayload = {
        attendanceId: signup.id,
        volunteerId,
        shiftId,
        activityId: shift.activityId,
        activityTitle: shift.activityTitle,
        projectId: shift.projectId,
        projectDomain: shift.projectDomain ?? null,
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
      await publishEvent(manager, ActivitiesApi.events.attendanceRecorded, caller.tenantId, payload);
      return {
        attendanceId: signup.id,
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
    manager: EntityManager,
    caller: CallerContext,
    shiftId: string,
    volunteerId: string,
    lock = false,
  ): Promise<AttendanceSignup> {
    const signup = await this.signups.confirmed(manager, caller.tenantId, shiftId, volunteerId, lock);
    if (signup) return signup;
    // Tell the caller "not yours" before "not signed up", so nobody probes others' sign-ups.
    const volunteer = await this.volunteers.find(manager, caller.tenantId, volunteerId);
    if (volunteer && !scopePaths(caller, 'attend').some((p) => volunteer.tierPath.startsWith(p))) {
      assertActsFor(caller, volunteer, 'attend');
    }
    throw ActivitiesErrors.notConfirmed();
  }

  /** The shift, to a leader who may check its volunteers in. */
  private async attendable(caller: CallerContext, shiftId: string): Promise<ShiftRow> {
    requireScope(caller, 'attend');
    const shift = await this.shifts.get(this.ds.manager, caller.tenantId, shiftId);
    assertCanActOn(caller, shift.tierPath, 'attend');
    return shift;
  }

  async checkInCode(caller: CallerContext, shiftId: string, baseUrl?: string): Promise<CheckInCodeDto> {
    const shift = await this.attendable(caller, shiftId);
    const { opensAt, closesAt } = await this.window(shift);
    const payload = qrPayload(shiftId, shift.checkinCode);
    const url = baseUrl ? checkInUrl(baseUrl, shiftId, shift.checkinCode) : undefined;
    return {
      shiftId,
      code: shift.checkinCode,
      qrPayload: payload,
      ...(url ? { checkInUrl: url } : {}),
      qrSvg: await QRCode.toString(url ?? payload, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
    };
  }

  /**
   * The printable check-in sheet: the same code and QR content as `checkInCode`, for the same
   * leaders. The station's name is the caller's own station as identity knows it (this service
   * keeps only its time zone).
   */
  async checkInSheet(caller: CallerContext, shiftId: string, baseUrl?: string): Promise<FileReply> {
    const shift = await this.attendable(caller, shiftId);
    const [{ timezone }, me] = await Promise.all([
      this.settings.get(shift.tenantId),
      this.services.call(IdentityApi.operations.me, {}, caller),
    ]);
    const pdf = await renderCheckInSheetPdf({
      stationName: me.stationName,
      activityTitle: shift.activityTitle,
      role: shift.role,
      location: shift.location,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      timeZone: timezone,
      code: shift.checkinCode,
      qrText: baseUrl ? checkInUrl(baseUrl, shiftId, shift.checkinCode) : qrPayload(shiftId, shift.checkinCode),
    });
    return {
      filename: `check-in-sheet-${shiftId}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }
}
