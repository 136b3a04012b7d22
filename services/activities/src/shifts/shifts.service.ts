import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  CreatedShifts,
  CreateShiftsDto,
  ListShiftsQuery,
  RosterDto,
  RosterEntryDto,
  ShiftDto,
  ShiftEditScope,
  ShiftPage,
  UpdateShiftDto,
} from '#linli/contracts';
import { idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { assertCanActOn, readVisibility, requireScope } from '../access/access.js';
import { TierDirectory } from '../access/tier-directory.js';
import { ActivitiesService } from '../activities/activities.service.js';
import { checkRange } from '../activities/activities.rules.js';
import { ActivitiesErrors } from '../activities.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { findClash, signupRefusals } from '../signups/signups.rules.js';
import { SignupsRepository } from '../signups/signups.repository.js';
import { SignupsService } from '../signups/signups.service.js';
import { iso, pageOf, pgError } from '../sql.js';
import { StationSettingsService } from '../stations/stations.service.js';
import { toShiftDto, type ShiftRow } from './shifts.mapper.js';
import { ShiftsRepository } from './shifts.repository.js';
import { checkShiftLength, expandRecurrence, movedTimes, newCheckinCode, RecurrenceError } from './shifts.rules.js';

@Injectable()
export class ShiftsService {
  constructor(
    private readonly ds: DataSource,
    private readonly activities: ActivitiesService,
    private readonly signups: SignupsService,
    private readonly settings: StationSettingsService,
    private readonly tiers: TierDirectory,
    private readonly notifications: NotificationsService,
    private readonly relay: OutboxRelay,
    private readonly repo: ShiftsRepository,
    private readonly signupRows: SignupsRepository,
  ) {}

  /** Creates one shift, or every shift of a recurring series, in one transaction. */
  async create(caller: CallerContext, activityId: string, dto: CreateShiftsDto): Promise<CreatedShifts> {
    return idempotent(this.ds, caller, 'shift.create', { activityId, ...dto }, async () => {
      requireScope(caller, 'plan');
      const activity = await this.activities.row(caller, activityId);
      assertCanActOn(caller, activity.tierPath, 'plan');
      checkRange(dto.startsAt, dto.endsAt);
      const startsAt = new Date(dto.startsAt);
      const endsAt = new Date(dto.endsAt);
      checkShiftLength(startsAt, endsAt);
      const { timezone } = await this.settings.get(caller.tenantId);
      let occurrences;
      try {
        occurrences = expandRecurrence({
          startsAt,
          endsAt,
          recurrence: dto.recurrence,
          exceptDates: dto.exceptDates,
          timeZone: timezone,
        });
      } catch (error) {
        if (error instanceof RecurrenceError) throw ActivitiesErrors.recurrence(error.code, error.message);
        throw error;
      }
      // A series opens each shift's sign-up the same time ahead of its start as the first.
      const opensLead = dto.signupOpensAt ? startsAt.getTime() - new Date(dto.signupOpensAt).getTime() : null;
      const seriesId = dto.recurrence ? randomUUID() : null;
      const shifts = occurrences.map((o, i) => ({
        id: randomUUID(),
        seriesIndex: seriesId ? i : null,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        signupOpensAt: opensLead === null ? null : new Date(o.startsAt.getTime() - opensLead),
        checkinCode: newCheckinCode(),
      }));
      await this.repo.insertMany(
        this.ds.manager,
        {
          tenantId: caller.tenantId,
          activityId,
          seriesId,
          recurrence: dto.recurrence ?? null,
          tierPath: activity.tierPath,
          capacity: dto.capacity,
          role: dto.role ?? null,
          requiredSkills: dto.requiredSkills ?? [],
          cancelCutoffMinutes: dto.cancelCutoffMinutes ?? 0,
        },
        shifts,
      );
      const rows = await this.repo.byIds(
        this.ds.manager,
        shifts.map((s) => s.id),
      );
      return { seriesId, items: rows.map(toShiftDto) };
    });
  }

  async list(caller: CallerContext, query: ListShiftsQuery): Promise<ShiftPage> {
    const visible = readVisibility(caller);
    let under: string | undefined;
    if (query.tierNodeId) {
      under = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, under, 'read');
    }
    const filter = {
      tenantId: caller.tenantId,
      visible,
      under,
      from: query.from,
      to: query.to,
      teamId: query.teamId,
      activityId: query.activityId,
    };
    const window = pageOf(query);
    const { page, pageSize } = window;
    if (query.eligibleFor !== 'me') {
      const open = query.openOnly === 'true';
      const { rows, total } = await this.repo.page(this.ds.manager, { ...filter, open, notFull: open }, window);
      return { items: rows.map(toShiftDto), total, ...window };
    }
    // "Shifts I can sign up for": open, in my area, I fit, no clash, not already on it. Full ones stay (waitlist).
    if (!caller.volunteerId) throw ActivitiesErrors.noVolunteerProfile();
    const volunteer = await this.signups.volunteer(this.ds.manager, caller, caller.volunteerId);
    const candidates = await this.repo.candidatesFor(this.ds.manager, filter, {
      id: caller.volunteerId,
      tierPath: volunteer.tierPath,
    });
    const confirmed = await this.signupRows.upcomingConfirmed(this.ds.manager, caller.tenantId, caller.volunteerId);
    const { timezone } = await this.settings.get(caller.tenantId);
    const now = new Date();
    const fit = candidates.filter(
      (s) => signupRefusals(volunteer, s, now, timezone).length === 0 && !findClash(s, confirmed),
    );
    return {
      items: fit.slice((page - 1) * pageSize, page * pageSize).map(toShiftDto),
      total: fit.length,
      page,
      pageSize,
    };
  }

  async get(caller: CallerContext, id: string): Promise<ShiftDto> {
    const row = await this.repo.get(this.ds.manager, caller.tenantId, id);
    assertCanActOn(caller, row.tierPath, 'read');
    return toShiftDto(row);
  }

  /**
   * Edits one shift, or it and the rest of its series. A time change moves each shift by the
   * same wall-clock change in the station zone (so "09:00 → 10:00" holds across DST) and is
   * refused if it would make a confirmed volunteer clash. More capacity promotes the waitlist.
   */
  async update(caller: CallerContext, id: string, scope: ShiftEditScope, changes: UpdateShiftDto): Promise<ShiftDto> {
    requireScope(caller, 'plan');
    const { timezone } = await this.settings.get(caller.tenantId);
    const now = new Date();
    try {
      await this.ds.transaction(async (manager) => {
        const target = await this.repo.get(manager, caller.tenantId, id);
        assertCanActOn(caller, target.tierPath, 'plan');
        const targets: ShiftRow[] =
          scope === 'following' && target.seriesId
            ? await this.repo.seriesFrom(manager, caller.tenantId, target.seriesId, target.startsAt)
            : [target];
        const newStart = changes.startsAt ? new Date(changes.startsAt) : target.startsAt;
        const newEnd = changes.endsAt ? new Date(changes.endsAt) : target.endsAt;
        checkRange(newStart.toISOString(), newEnd.toISOString());
        checkShiftLength(newStart, newEnd);
        const timesChange =
          newStart.getTime() !== target.startsAt.getTime() || newEnd.getTime() !== target.endsAt.getTime();
        for (const shift of targets) {
          await this.repo.lock(manager, caller.tenantId, shift.id);
          let startsAt = shift.startsAt;
          let endsAt = shift.endsAt;
          if (timesChange) {
            if (shift.startsAt <= now) throw ActivitiesErrors.shiftStarted();
            ({ startsAt, endsAt } = movedTimes(
              shift.startsAt,
              { oldStart: target.startsAt, newStart, newEnd },
              timezone,
            ));
          }
          const opensAt = changes.signupOpensAt
            ? new Date(startsAt.getTime() - (target.startsAt.getTime() - new Date(changes.signupOpensAt).getTime()))
            : shift.signupOpensAt;
          if (changes.capacity !== undefined && changes.capacity < shift.confirmedCount) {
            throw ActivitiesErrors.capacityBelowConfirmed(changes.capacity, shift.confirmedCount);
          }
          await this.repo.update(manager, shift.id, {
            startsAt,
            endsAt,
            capacity: changes.capacity ?? shift.capacity,
            role: changes.role ?? shift.role,
            requiredSkills: changes.requiredSkills ?? shift.requiredSkills,
            signupOpensAt: opensAt,
            cancelCutoffMinutes: changes.cancelCutoffMinutes ?? shift.cancelCutoffMinutes,
          });
          if (timesChange) {
            await this.signupRows.moveTimes(manager, shift.id, startsAt, endsAt);
            const affected = await this.signupRows.liveVolunteerIds(manager, shift.id);
            await this.notifications.send(
              manager,
              affected.map((volunteerId) => ({
                tenantId: caller.tenantId,
                volunteerId,
                kind: 'shift_changed' as const,
                shiftId: shift.id,
                title: '班次时间变更 / Shift time changed',
                body: `${shift.activityTitle}：${iso(startsAt)} – ${iso(endsAt)}`,
              })),
            );
          }
          if (changes.capacity !== undefined && changes.capacity > shift.capacity) {
            const fresh = await this.repo.get(manager, caller.tenantId, shift.id);
            await this.signups.fillFreedPlaces(manager, fresh, now, timezone);
          }
        }
      });
    } catch (error) {
      if (pgError(error).code === '23P01')
        throw ActivitiesErrors.signupClash({ reason: 'a confirmed volunteer would hold overlapping shifts' });
      throw error;
    }
    this.relay.kick();
    return this.get(caller, id);
  }

  async roster(caller: CallerContext, id: string): Promise<RosterDto> {
    requireScope(caller, 'plan');
    const shift = await this.repo.get(this.ds.manager, caller.tenantId, id);
    assertCanActOn(caller, shift.tierPath, 'plan');
    const rows = await this.signupRows.roster(this.ds.manager, id);
    const entries: RosterEntryDto[] = rows.map((r) => ({
      volunteerId: r.volunteerId,
      name: r.name,
      status: r.status,
      position: r.position ?? null,
      checkedInAt: iso(r.checkedInAt),
      checkedOutAt: iso(r.checkedOutAt),
      noShow: r.noShowAt !== null,
      signedUpAt: iso(r.signedUpAt)!,
    }));
    const confirmed = entries.filter((e) => e.status === 'confirmed');
    return {
      shift: toShiftDto(shift),
      confirmed,
      waitlisted: entries.filter((e) => e.status === 'waitlisted').sort((a, b) => a.position! - b.position!),
      checkedIn: confirmed.filter((e) => e.checkedInAt !== null),
      noShow: confirmed.filter((e) => e.noShow),
    };
  }
}
