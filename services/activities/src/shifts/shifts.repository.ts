import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActivitiesErrors } from '../activities.errors.js';
import { visibleClause, type PageWindow, type Visibility } from '../sql.js';
import type { ShiftRow } from './shifts.mapper.js';

/** The columns of a `ShiftRow`, over `shifts s` joined to `activities a` and `projects p`. */
export const SHIFT_COLUMNS = `s.id, s.tenant_id AS "tenantId", s.activity_id AS "activityId", a.title AS "activityTitle", s.series_id AS "seriesId",
         s.series_index AS "seriesIndex", a.project_id AS "projectId", p.domain AS "projectDomain", a.team_id AS "teamId",
         a.tier_node_id AS "tierNodeId", s.tier_path AS "tierPath", a.location, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
         s.capacity, s.confirmed_count AS "confirmedCount", s.waitlist_count AS "waitlistCount", s.role,
         s.required_skills AS "requiredSkills", s.signup_opens_at AS "signupOpensAt", s.cancel_cutoff_minutes AS "cancelCutoffMinutes",
         a.risk_level AS "riskLevel", a.min_age AS "minAge", s.checkin_code AS "checkinCode"`;

/** Joins a `ShiftRow` needs beside `shifts s`. */
export const SHIFT_JOINS = 'JOIN activities a ON a.id = s.activity_id LEFT JOIN projects p ON p.id = a.project_id';

const SELECT = `SELECT ${SHIFT_COLUMNS} FROM shifts s ${SHIFT_JOINS}`;

export interface NewShift {
  id: string;
  seriesIndex: number | null;
  startsAt: Date;
  endsAt: Date;
  signupOpensAt: Date | null;
  checkinCode: string;
}

export interface SeriesFields {
  tenantId: string;
  activityId: string;
  seriesId: string | null;
  recurrence: string | null;
  tierPath: string;
  capacity: number;
  role: string | null;
  requiredSkills: string[];
  cancelCutoffMinutes: number;
}

export interface ShiftChanges {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  role: string | null;
  requiredSkills: string[];
  signupOpensAt: Date | null;
  cancelCutoffMinutes: number;
}

export interface ShiftFilter {
  tenantId: string;
  visible: Visibility;
  under?: string;
  from?: string;
  to?: string;
  teamId?: string;
  activityId?: string;
  /** Sign-up open now and not started. */
  open?: boolean;
  /** With `open`: also not full. */
  notFull?: boolean;
}

/** What a sign-up reads of a shift under its row lock: the place counts. */
export interface PlaceCounts {
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

/**
 * All SQL on `shifts`. The confirmed and waitlist counts are kept by a trigger on `signups`; a
 * CHECK (`shifts_capacity`) keeps the confirmed count within the capacity whatever races.
 */
@Injectable()
export class ShiftsRepository {
  async find(manager: EntityManager, tenantId: string, id: string): Promise<ShiftRow | undefined> {
    const [row] = await manager.query(`${SELECT} WHERE s.id = $1 AND s.tenant_id = $2`, [id, tenantId]);
    return row;
  }

  /** The shift in the station, optionally locking its row for the rest of the transaction; SHIFT.NOT_FOUND otherwise. */
  async get(manager: EntityManager, tenantId: string, id: string, lock = false): Promise<ShiftRow> {
    // Locks only the shift's row (not its activity's or project's), and reads it after the lock: its counts are current.
    const [row] = await manager.query(
      `${SELECT} WHERE s.id = $1 AND s.tenant_id = $2${lock ? ' FOR UPDATE OF s' : ''}`,
      [id, tenantId],
    );
    if (!row) throw ActivitiesErrors.shiftNotFound(id);
    return row;
  }

  /** Locks the shift's row for the rest of the transaction; false when there is none in the station. */
  async lock(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const rows = await manager.query('SELECT id FROM shifts WHERE id = $1 AND tenant_id = $2 FOR UPDATE', [
      id,
      tenantId,
    ]);
    return rows.length > 0;
  }

  /** The place counts, optionally under the row lock (what capacity is enforced against). */
  async counts(manager: EntityManager, id: string, lock = false): Promise<PlaceCounts> {
    const [row] = await manager.query(
      `SELECT capacity, confirmed_count AS "confirmed", waitlist_count AS "waitlisted" FROM shifts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  /** Inserts one shift or every shift of a series in one statement. */
  async insertMany(manager: EntityManager, series: SeriesFields, shifts: NewShift[]): Promise<void> {
    await manager.query(
      `INSERT INTO shifts (id, tenant_id, activity_id, series_id, series_index, recurrence, tier_path, starts_at, ends_at, capacity,
         role, required_skills, signup_opens_at, cancel_cutoff_minutes, checkin_code)
       SELECT id, $1, $2, $3, idx, $4, $5, starts_at, ends_at, $6, $7, $8, opens_at, $9, code
         FROM unnest($10::uuid[], $11::int[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::text[])
           AS t(id, idx, starts_at, ends_at, opens_at, code)`,
      [
        series.tenantId,
        series.activityId,
        series.seriesId,
        series.recurrence,
        series.tierPath,
        series.capacity,
        series.role,
        series.requiredSkills,
        series.cancelCutoffMinutes,
        shifts.map((s) => s.id),
        shifts.map((s) => s.seriesIndex),
        shifts.map((s) => s.startsAt),
        shifts.map((s) => s.endsAt),
        shifts.map((s) => s.signupOpensAt),
        shifts.map((s) => s.checkinCode),
      ],
    );
  }

  async byIds(manager: EntityManager, ids: string[]): Promise<ShiftRow[]> {
    return manager.query(`${SELECT} WHERE s.id = ANY($1) ORDER BY s.starts_at`, [ids]);
  }

  /** The series' shifts starting at or after `from`, in order. */
  async seriesFrom(manager: EntityManager, tenantId: string, seriesId: string, from: Date): Promise<ShiftRow[]> {
    return manager.query(
      `${SELECT} WHERE s.series_id = $1 AND s.starts_at >= $2 AND s.tenant_id = $3 ORDER BY s.starts_at`,
      [seriesId, from, tenantId],
    );
  }

  async update(manager: EntityManager, id: string, c: ShiftChanges): Promise<void> {
    await manager.query(
      `UPDATE shifts SET starts_at = $2, ends_at = $3, capacity = $4, role = $5, required_skills = $6, signup_opens_at = $7,
         cancel_cutoff_minutes = $8, updated_at = now() WHERE id = $1`,
      [id, c.startsAt, c.endsAt, c.capacity, c.role, c.requiredSkills, c.signupOpensAt, c.cancelCutoffMinutes],
    );
  }

  private where(filter: ShiftFilter, params: unknown[]): string[] {
    params.push(filter.tenantId);
    const where = [`s.tenant_id = $${params.length}`, visibleClause('s.tier_path', filter.visible, params)];
    if (filter.under) {
      params.push(`${filter.under}%`);
      where.push(`s.tier_path LIKE $${params.length}`);
    }
    const filters: [string | undefined, string][] = [
      [filter.from, 's.starts_at >= $'],
      [filter.to, 's.starts_at < $'],
      [filter.teamId, 'a.team_id = $'],
      [filter.activityId, 's.activity_id = $'],
    ];
    for (const [value, clause] of filters) {
      if (!value) continue;
      params.push(value);
      where.push(`${clause}${params.length}`);
    }
    if (filter.open) {
      where.push(`s.starts_at > now() AND (s.signup_opens_at IS NULL OR s.signup_opens_at <= now())`);
      if (filter.notFull) where.push('s.confirmed_count < s.capacity');
    }
    return where;
  }

  async page(manager: EntityManager, filter: ShiftFilter, window: PageWindow) {
    const params: unknown[] = [];
    const where = this.where(filter, params).join(' AND ');
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM shifts s JOIN activities a ON a.id = s.activity_id WHERE ${where}`,
      params,
    );
    const rows: ShiftRow[] = await manager.query(
      `${SELECT} WHERE ${where} ORDER BY s.starts_at, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, window.pageSize, (window.page - 1) * window.pageSize],
    );
    return { rows, total };
  }

  /**
   * Open shifts in a volunteer's part of the tree (their node, above or below it) they hold no
   * live sign-up for: the candidates of "shifts I can sign up for", at most 1000.
   */
  async candidatesFor(
    manager: EntityManager,
    filter: ShiftFilter,
    volunteer: { id: string; tierPath: string },
  ): Promise<ShiftRow[]> {
    const params: unknown[] = [];
    const where = this.where({ ...filter, open: true, notFull: false }, params);
    params.push(volunteer.tierPath);
    where.push(`($${params.length} LIKE s.tier_path || '%' OR s.tier_path LIKE $${params.length} || '%')`);
    params.push(volunteer.id);
    where.push(`NOT EXISTS (SELECT 1 FROM signups x WHERE x.shift_id = s.id AND x.volunteer_id = $${params.length}
                 AND x.status IN ('confirmed', 'waitlisted'))`);
    return manager.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 1000`, params);
  }
}
