import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
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
import { assertCanActOn, requireScope } from '../access/access.js';
import { TierDirectory } from '../access/tier-directory.js';
import { AccessErrors, ActivityErrors, SignupErrors } from '../activities.exception.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { checkRange, ProjectsService, readFilter } from '../projects/projects.service.js';
import { findClash, signupRefusals } from '../signups/signup-rules.js';
import { SignupsService } from '../signups/signups.service.js';
import { iso, pgError } from '../sql.js';
import { StationSettingsService } from '../stations/station-settings.js';
import { expandRecurrence, RecurrenceError } from './recurrence.js';
import { SHIFT_SELECT, shiftRow, toShiftDto, type ShiftRow } from './shift-rows.js';
import { addDays, daysBetween, wallClockOf, zonedToInstant } from './zoned-time.js';

const DAY_MS = 86_400_000;

export function newCheckinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

@Injectable()
export class ShiftsService {
  constructor(
    private readonly ds: DataSource,
    private readonly projects: ProjectsService,
    private readonly signups: SignupsService,
    private readonly settings: StationSettingsService,
    private readonly tiers: TierDirectory,
    private readonly notifications: NotificationsService,
    private readonly relay: OutboxRelay,
  ) {}

  /** Creates one shift, or every shift of a recurring series, in one transaction. */
  async create(caller: CallerContext, activityId: string, dto: CreateShiftsDto): Promise<CreatedShifts> {
    return idempotent(this.ds, caller, 'shift.create', { activityId, ...dto }, async () => {
      requireScope(caller, 'plan');
      const activity = await this.projects.activityRow(caller, activityId);
      assertCanActOn(caller, activity.tierPath, 'plan');
      checkRange(dto.startsAt, dto.endsAt);
      const startsAt = new Date(dto.startsAt);
      const endsAt = new Date(dto.endsAt);
      if (endsAt.getTime() - startsAt.getTime() > DAY_MS) throw ActivityErrors.shiftTooLong();
      const { timezone } = await this.settings.get(caller.tenantId);
      let occurrences;
      try {
        occurrences = expandRecurrence({ startsAt, endsAt, recurrence: dto.recurrence, timeZone: timezone });
      } catch (error) {
        if (error instanceof RecurrenceError) throw ActivityErrors.recurrence(error.code, error.message);
        throw error;
      }
      // A series opens each shift's sign-up the same time ahead of its start as the first.
      const opensLead = dto.signupOpensAt ? startsAt.getTime() - new Date(dto.signupOpensAt).getTime() : null;
      const seriesId = dto.recurrence ? randomUUID() : null;
      const ids = occurrences.map(() => randomUUID());
      await this.ds.query(
        `INSERT INTO shifts (id, tenant_id, activity_id, series_id, series_index, recurrence, tier_path, starts_at, ends_at, capacity,
           role, required_skills, signup_opens_at, cancel_cutoff_minutes, checkin_code)
         SELECT id, $1, $2, $3, idx, $4, $5, starts_at, ends_at, $6, $7, $8, opens_at, $9, code
           FROM unnest($10::uuid[], $11::int[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::text[])
             AS t(id, idx, starts_at, ends_at, opens_at, code)`,
        [
          caller.tenantId,
          activityId,
          seriesId,
          dto.recurrence ?? null,
          activity.tierPath,
          dto.capacity,
          dto.role ?? null,
          dto.requiredSkills ?? [],
          dto.cancelCutoffMinutes ?? 0,
          ids,
          occurrences.map((_, i) => (seriesId ? i : null)),
          occurrences.map((o) => o.startsAt),
          occurrences.map((o) => o.endsAt),
          occurrences.map((o) => (opensLead === null ? null : new Date(o.startsAt.getTime() - opensLead))),
          occurrences.map(() => newCheckinCode()),
        ],
      );
      const rows: ShiftRow[] = await this.ds.query(`${SHIFT_SELECT} WHERE s.id = ANY($1) ORDER BY s.starts_at`, [ids]);
      return { seriesId, items: rows.map(toShiftDto) };
    });
  }

  async list(caller: CallerContext, query: ListShiftsQuery): Promise<ShiftPage> {
    const params: unknown[] = [caller.tenantId];
    const where = ['s.tenant_id = $1', readFilter(caller, 's.tier_path', params)];
    if (query.tierNodeId) {
      const path = await this.tiers.pathOf(caller, query.tierNodeId);
      assertCanActOn(caller, path, 'read');
      params.push(`${path}%`);
      where.push(`s.tier_path LIKE $${params.length}`);
    }
    const filters: [string | undefined, string][] = [
      [query.from, 's.starts_at >= $'],
      [query.to, 's.starts_at < $'],
      [query.teamId, 'a.team_id = $'],
      [query.activityId, 's.activity_id = $'],
    ];
    for (const [value, clause] of filters) {
      if (!value) continue;
      params.push(value);
      where.push(`${clause}${params.length}`);
    }
    const eligible = query.eligibleFor === 'me';
    if (query.openOnly === 'true' || eligible) {
      where.push(`s.starts_at > now() AND (s.signup_opens_at IS NULL OR s.signup_opens_at <= now())`);
      if (!eligible) where.push('s.confirmed_count < s.capacity');
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (!eligible) {
      const [{ total }] = await this.ds.query(
        `SELECT count(*)::int AS total FROM shifts s JOIN activities a ON a.id = s.activity_id WHERE ${where.join(' AND ')}`,
        params,
      );
      const rows: ShiftRow[] = await this.ds.query(
        `${SHIFT_SELECT} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, pageSize, (page - 1) * pageSize],
      );
      return { items: rows.map(toShiftDto), total, page, pageSize };
    }
    // "Shifts I can sign up for": open, in my area, I fit, no clash, not already on it. Full ones stay (waitlist).
    if (!caller.volunteerId) throw AccessErrors.noVolunteerProfile();
    const volunteer = await this.signups.volunteer(this.ds.manager, caller, caller.volunteerId);
    const ownPath = volunteer.tierPath;
    params.push(ownPath);
    where.push(`($${params.length} LIKE s.tier_path || '%' OR s.tier_path LIKE $${params.length} || '%')`);
    params.push(caller.volunteerId);
    where.push(`NOT EXISTS (SELECT 1 FROM signups x WHERE x.shift_id = s.id AND x.volunteer_id = $${params.length}
                 AND x.status IN ('confirmed', 'waitlisted'))`);
    const candidates: ShiftRow[] = await this.ds.query(
      `${SHIFT_SELECT} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 1000`,
      params,
    );
    const confirmed: { startsAt: Date; endsAt: Date }[] = await this.ds.query(
      `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM signups WHERE tenant_id = $1 AND volunteer_id = $2 AND status = 'confirmed'
          AND ends_at > now()`,
      [caller.tenantId, caller.volunteerId],
    );
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
    const row = await shiftRow(this.ds.manager, caller, id);
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
        const target = await shiftRow(manager, caller, id);
        assertCanActOn(caller, target.tierPath, 'plan');
        const targets: ShiftRow[] =
          scope === 'following' && target.seriesId
            ? await manager.query(
                `${SHIFT_SELECT} WHERE s.series_id = $1 AND s.starts_at >= $2 AND s.tenant_id = $3 ORDER BY s.starts_at`,
                [target.seriesId, target.startsAt, caller.tenantId],
              )
            : [target];
        const newStart = changes.startsAt ? new Date(changes.startsAt) : target.startsAt;
        const newEnd = changes.endsAt ? new Date(changes.endsAt) : target.endsAt;
        checkRange(newStart.toISOString(), newEnd.toISOString());
        if (newEnd.getTime() - newStart.getTime() > DAY_MS) throw ActivityErrors.shiftTooLong();
        const timesChange =
          newStart.getTime() !== target.startsAt.getTime() || newEnd.getTime() !== target.endsAt.getTime();
        const oldW = wallClockOf(target.startsAt, timezone);
        const startW = wallClockOf(newStart, timezone);
        const endW = wallClockOf(newEnd, timezone);
        const dayShift = daysBetween(oldW, startW);
        const endDays = daysBetween(startW, endW);
        for (const shift of targets) {
          await manager.query('SELECT id FROM shifts WHERE id = $1 FOR UPDATE', [shift.id]);
          let startsAt = shift.startsAt;
          let endsAt = shift.endsAt;
          if (timesChange) {
            if (shift.startsAt <= now) throw ActivityErrors.shiftStarted();
            const day = addDays(wallClockOf(shift.startsAt, timezone), dayShift);
            startsAt = zonedToInstant(
              { ...day, hour: startW.hour, minute: startW.minute, second: startW.second },
              timezone,
            );
            endsAt = zonedToInstant(
              { ...addDays(day, endDays), hour: endW.hour, minute: endW.minute, second: endW.second },
              timezone,
            );
          }
          const opensAt = changes.signupOpensAt
            ? new Date(startsAt.getTime() - (target.startsAt.getTime() - new Date(changes.signupOpensAt).getTime()))
            : shift.signupOpensAt;
          if (changes.capacity !== undefined && changes.capacity < shift.confirmedCount) {
            throw ActivityErrors.capacityBelowConfirmed(changes.capacity, shift.confirmedCount);
          }
          await manager.query(
            `UPDATE shifts SET starts_at = $2, ends_at = $3, capacity = $4, role = $5, required_skills = $6, signup_opens_at = $7,
               cancel_cutoff_minutes = $8, updated_at = now() WHERE id = $1`,
            [
              shift.id,
              startsAt,
              endsAt,
              changes.capacity ?? shift.capacity,
              changes.role ?? shift.role,
              changes.requiredSkills ?? shift.requiredSkills,
              opensAt,
              changes.cancelCutoffMinutes ?? shift.cancelCutoffMinutes,
            ],
          );
          if (timesChange) {
            // The sign-ups' copies of the times move too; the exclusion constraint refuses a move into a clash.
            await manager.query(
              `UPDATE signups SET starts_at = $2, ends_at = $3 WHERE shift_id = $1 AND status <> 'cancelled'`,
              [shift.id, startsAt, endsAt],
            );
            const affected: { volunteerId: string }[] = await manager.query(
              `SELECT volunteer_id AS "volunteerId" FROM signups WHERE shift_id = $1 AND status IN ('confirmed', 'waitlisted')`,
              [shift.id],
            );
            await this.notifications.send(
              manager,
              affected.map((a) => ({
                tenantId: caller.tenantId,
                volunteerId: a.volunteerId,
                kind: 'shift_changed' as const,
                shiftId: shift.id,
                title: '班次时间变更 / Shift time changed',
                body: `${shift.activityTitle}：${iso(startsAt)} – ${iso(endsAt)}`,
              })),
            );
          }
          if (changes.capacity !== undefined && changes.capacity > shift.capacity) {
            await this.signups.fillFreedPlaces(manager, await shiftRow(manager, caller, shift.id), now, timezone);
          }
        }
      });
    } catch (error) {
      if (pgError(error).code === '23P01')
        throw SignupErrors.clash({ reason: 'a confirmed volunteer would hold overlapping shifts' });
      throw error;
    }
    this.relay.kick();
    return this.get(caller, id);
  }

  async roster(caller: CallerContext, id: string): Promise<RosterDto> {
    requireScope(caller, 'plan');
    const shift = await shiftRow(this.ds.manager, caller, id);
    assertCanActOn(caller, shift.tierPath, 'plan');
    const rows = await this.ds.query(
      `SELECT s.volunteer_id AS "volunteerId", v.name, s.status, s.position, s.checked_in_at AS "checkedInAt",
              s.checked_out_at AS "checkedOutAt", s.no_show_at AS "noShowAt", s.created_at AS "signedUpAt"
         FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.shift_id = $1 AND s.status IN ('confirmed', 'waitlisted')
        ORDER BY s.position NULLS FIRST, s.created_at`,
      [id],
    );
    const entries: RosterEntryDto[] = rows.map((r: Record<string, unknown>) => ({
      volunteerId: r.volunteerId as string,
      name: r.name as string,
      status: r.status as 'confirmed' | 'waitlisted',
      position: (r.position as number | null) ?? null,
      checkedInAt: iso(r.checkedInAt as Date | null),
      checkedOutAt: iso(r.checkedOutAt as Date | null),
      noShow: r.noShowAt !== null,
      signedUpAt: iso(r.signedUpAt as Date)!,
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
