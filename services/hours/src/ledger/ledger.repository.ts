import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExportGroup, HoursEntryKind, HoursEntryStatus } from '#linli/contracts';
import type { EntryRow } from './entry.mapper.js';

type Db = EntityManager | DataSource;

/** Every column of an entry with its derived state (`entry_states`) and the volunteer's name. */
export const ENTRY_SELECT = `
  SELECT s.id, s.volunteer_id, v.name AS volunteer_name, s.kind, s.status, to_char(s.service_date, 'YYYY-MM-DD') AS service_date,
         s.minutes, s.counted_minutes, s.actual_minutes, s.shift_minutes, s.attended_share, s.not_counted_reason,
         s.activity_id, s.activity_title, s.shift_id, s.team_id, s.project_id, s.tier_node_id, s.tier_path,
         s.content, s.place, s.recipients, s.checked_in_at, s.checked_out_at, s.recorded_by, s.recorded_at,
         s.decision, s.decided_by, s.decided_at, s.decision_reason, s.correction_of, s.reason, s.superseded_by,
         s.decided_minutes
    FROM entry_states s LEFT JOIN volunteers v ON v.id = s.volunteer_id AND v.tenant_id = s.tenant_id`;

/** Where a volunteer sits, and their name when the volunteer copy knows it. */
export interface VolunteerPlace {
  tierNodeId: string;
  tierPath: string;
  name: string | null;
}

/** The columns of an entry a decision or a correction needs, read under a row lock. */
export interface LockedEntry {
  id: string;
  tenant_id: string;
  volunteer_id: string;
  kind: string;
  tier_path: string;
  minutes: number;
  actual_minutes: number | null;
  correction_of: string | null;
}

export interface EntryState {
  status: HoursEntryStatus;
  superseded_by: string | null;
}

/** A leader's entry for service outside a shift. */
export interface ManualEntry {
  id: string;
  tenantId: string;
  volunteerId: string;
  date: string;
  minutes: number;
  activityId: string | null;
  activityTitle: string | null;
  shiftId: string | null;
  tierNodeId: string;
  tierPath: string;
  content: string;
  place: string;
  recipients: string;
  recordedBy: string | null;
}

/** An entry made from a check-out; `sourceEventId` and `attendanceId` make a replay change nothing. */
export interface AttendanceEntry {
  id: string;
  tenantId: string;
  volunteerId: string;
  sourceEventId: string;
  attendanceId: string;
  date: string;
  minutes: number;
  actualMinutes: number;
  shiftMinutes: number;
  attendedShare: number;
  counts: boolean;
  notCountedReason: string | null;
  activityId: string;
  activityTitle: string;
  shiftId: string;
  projectId: string | null;
  projectDomain: string | null;
  teamId: string | null;
  tierNodeId: string;
  tierPath: string;
  place: string;
  checkedInAt: string;
  checkedOutAt: string;
  recordedBy: string;
}

/** Which entries the review queue shows. */
export interface QueueFilter {
  tenantId: string;
  /** LIKE patterns of the subtrees the caller may read. */
  visibleSubtrees: string[];
  status: HoursEntryStatus;
  /** Only the subtree under this path. */
  subtreePath?: string;
  teamId?: string;
  volunteerId?: string;
  kind?: HoursEntryKind;
  page: number;
  pageSize: number;
}

/** An approved entry that counts, with what a service record names. */
export interface CountedEntry {
  id: string;
  volunteerId: string;
  /** The volunteer's name in the local copy (null when the copy has not heard of them). */
  volunteerName: string | null;
  serviceDate: string;
  countedMinutes: number;
  place: string | null;
  content: string | null;
  recipients: string | null;
  activityTitle: string | null;
  recordedBy: string | null;
}

/** Approved and pending minutes of one group of an export. */
export interface TotalsRow {
  key: string;
  name: string | null;
  volunteers: number;
  entries: number;
  approved: number;
  pending: number;
}

const GROUP_KEY: Record<ExportGroup, string> = {
  volunteer: 's.volunteer_id::text',
  team: "coalesce(s.team_id::text, '')",
  project: "coalesce(s.project_id::text, '')",
  // Paths are /station/community/village/: the fourth segment is the village ('' for service recorded higher up).
  village: "split_part(s.tier_path, '/', 4)",
};

/**
 * All SQL of the ledger: `entries` (append-only, the database refuses updates), `entry_decisions`,
 * the derived `entry_states` view, the `volunteers` copy as far as placing a volunteer goes, and
 * the `volunteer_stars` projection.
 */
@Injectable()
export class LedgerRepository {
  /** Where a volunteer sits: the local copy of the volunteers service, else their latest entry. */
  async volunteerPlace(manager: Db, tenantId: string, volunteerId: string): Promise<VolunteerPlace | null> {
    const [row] = await manager.query(
      `SELECT tier_node_id AS "tierNodeId", tier_path AS "tierPath", name FROM volunteers WHERE tenant_id = $1 AND id = $2
       UNION ALL
       (SELECT tier_node_id, tier_path, NULL FROM entries WHERE tenant_id = $1 AND volunteer_id = $2 ORDER BY recorded_at DESC LIMIT 1)
       LIMIT 1`,
      [tenantId, volunteerId],
    );
    return row ?? null;
  }

  /** A volunteer's entries in a period (either end open), newest first. */
  async volunteerEntries(
    manager: Db,
    tenantId: string,
    volunteerId: string,
    period: { from?: string; to?: string },
  ): Promise<EntryRow[]> {
    return manager.query(
      `${ENTRY_SELECT} WHERE s.tenant_id = $1 AND s.volunteer_id = $2
          AND ($3::date IS NULL OR s.service_date >= $3) AND ($4::date IS NULL OR s.service_date <= $4)
        ORDER BY s.service_date DESC, s.recorded_at DESC`,
      [tenantId, volunteerId, period.from ?? null, period.to ?? null],
    );
  }

  async entry(manager: Db, tenantId: string, id: string): Promise<EntryRow | undefined> {
    const [row]: EntryRow[] = await manager.query(`${ENTRY_SELECT} WHERE s.tenant_id = $1 AND s.id = $2`, [
      tenantId,
      id,
    ]);
    return row;
  }

  /** The review queue: one page and the total. */
  async queue(manager: Db, filter: QueueFilter): Promise<{ rows: EntryRow[]; total: number }> {
    const params: unknown[] = [
      filter.tenantId,
      filter.visibleSubtrees,
      filter.status,
      filter.subtreePath ? `${filter.subtreePath}%` : null,
      filter.teamId ?? null,
      filter.volunteerId ?? null,
      filter.kind ?? null,
    ];
    const where = `s.tenant_id = $1 AND s.tier_path LIKE ANY($2) AND s.status = $3
      AND ($4::text IS NULL OR s.tier_path LIKE $4) AND ($5::uuid IS NULL OR s.team_id = $5)
      AND ($6::uuid IS NULL OR s.volunteer_id = $6) AND ($7::text IS NULL OR s.kind = $7)`;
    const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM entry_states s WHERE ${where}`, params);
    const rows: EntryRow[] = await manager.query(
      `${ENTRY_SELECT} WHERE ${where} ORDER BY s.service_date, s.recorded_at, s.id LIMIT $8 OFFSET $9`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return { rows, total };
  }

  /** Locks an entry row, so a decision and a correction on it are serialised. */
  async lock(manager: EntityManager, tenantId: string, id: string): Promise<LockedEntry | undefined> {
    const [row] = await manager.query(
      `SELECT id, tenant_id, volunteer_id, kind, tier_path, minutes, actual_minutes, correction_of FROM entries
        WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    return row;
  }

  async state(manager: EntityManager, id: string): Promise<EntryState> {
    const [row] = await manager.query('SELECT status, superseded_by FROM entry_states WHERE id = $1', [id]);
    return row;
  }

  /** The pending correction of an entry, if one is open. */
  async openCorrection(manager: EntityManager, id: string): Promise<string | undefined> {
    const [open] = await manager.query(`SELECT id FROM entry_states WHERE correction_of = $1 AND status = 'pending'`, [
      id,
    ]);
    return open?.id;
  }

  async insertManual(manager: Db, e: ManualEntry): Promise<void> {
    await manager.query(
      `INSERT INTO entries (id, tenant_id, volunteer_id, kind, service_date, minutes, activity_id, activity_title, shift_id,
         tier_node_id, tier_path, content, place, recipients, recorded_by)
       VALUES ($1, $2, $3, 'manual', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        e.id,
        e.tenantId,
        e.volunteerId,
        e.date,
        e.minutes,
        e.activityId,
        e.activityTitle,
        e.shiftId,
        e.tierNodeId,
        e.tierPath,
        e.content,
        e.place,
        e.recipients,
        e.recordedBy,
      ],
    );
  }

  /** A correction: a copy of the entry it corrects with the minutes asked for and the reason. */
  async insertCorrection(
    manager: EntityManager,
    c: { id: string; of: string; minutes: number; reason: string; recordedBy: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO entries (id, tenant_id, volunteer_id, kind, correction_of, service_date, minutes, actual_minutes, shift_minutes,
         attended_share, activity_id, activity_title, shift_id, project_id, project_domain, team_id, tier_node_id, tier_path,
         content, place, recipients, checked_in_at, checked_out_at, reason, recorded_by)
       SELECT $1, tenant_id, volunteer_id, 'correction', id, service_date, $2, actual_minutes, shift_minutes, attended_share,
         activity_id, activity_title, shift_id, project_id, project_domain, team_id, tier_node_id, tier_path, content, place,
         recipients, checked_in_at, checked_out_at, $3, $4
         FROM entries WHERE id = $5`,
      [c.id, c.minutes, c.reason, c.recordedBy, c.of],
    );
  }

  /** Writes an attendance entry; answers false when this attendance (or event) is already in the ledger. */
  async insertAttendance(manager: EntityManager, e: AttendanceEntry): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO entries (id, tenant_id, volunteer_id, kind, source_event_id, attendance_id, service_date, minutes,
         actual_minutes, shift_minutes, attended_share, counts, not_counted_reason, activity_id, activity_title, shift_id,
         project_id, project_domain, team_id, tier_node_id, tier_path, content, place, checked_in_at, checked_out_at, recorded_by)
       VALUES ($1, $2, $3, 'attendance', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $14, $21,
         $22, $23, $24)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        e.id,
        e.tenantId,
        e.volunteerId,
        e.sourceEventId,
        e.attendanceId,
        e.date,
        e.minutes,
        e.actualMinutes,
        e.shiftMinutes,
        e.attendedShare,
        e.counts,
        e.notCountedReason,
        e.activityId,
        e.activityTitle,
        e.shiftId,
        e.projectId,
        e.projectDomain,
        e.teamId,
        e.tierNodeId,
        e.tierPath,
        e.place,
        e.checkedInAt,
        e.checkedOutAt,
        e.recordedBy,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Writes attendance entries in one statement; an attendance (or event) already in the ledger, or
   * repeated in `entries`, is skipped by the same unique indexes as `insertAttendance`. Returns the
   * source event ids of the entries written.
   */
  async insertAttendances(manager: EntityManager, entries: AttendanceEntry[]): Promise<string[]> {
    if (entries.length === 0) return [];
    const column = <K extends keyof AttendanceEntry>(key: K) => entries.map((e) => e[key]);
    const rows: { sourceEventId: string }[] = await manager.query(
      `INSERT INTO entries (id, tenant_id, volunteer_id, kind, source_event_id, attendance_id, service_date, minutes,
         actual_minutes, shift_minutes, attended_share, counts, not_counted_reason, activity_id, activity_title, shift_id,
         project_id, project_domain, team_id, tier_node_id, tier_path, content, place, checked_in_at, checked_out_at, recorded_by)
       SELECT e.id, e.tenant_id, e.volunteer_id, 'attendance', e.source_event_id, e.attendance_id, e.service_date, e.minutes,
         e.actual_minutes, e.shift_minutes, e.attended_share, e.counts, e.not_counted_reason, e.activity_id, e.activity_title,
         e.shift_id, e.project_id, e.project_domain, e.team_id, e.tier_node_id, e.tier_path, e.activity_title, e.place,
         e.checked_in_at, e.checked_out_at, e.recorded_by
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::date[], $7::int[], $8::int[], $9::int[],
           $10::numeric[], $11::boolean[], $12::text[], $13::uuid[], $14::text[], $15::uuid[], $16::uuid[], $17::text[],
           $18::uuid[], $19::uuid[], $20::text[], $21::text[], $22::timestamptz[], $23::timestamptz[], $24::uuid[])
           WITH ORDINALITY AS e (id, tenant_id, volunteer_id, source_event_id, attendance_id, service_date, minutes,
             actual_minutes, shift_minutes, attended_share, counts, not_counted_reason, activity_id, activity_title, shift_id,
             project_id, project_domain, team_id, tier_node_id, tier_path, place, checked_in_at, checked_out_at, recorded_by, n)
         ORDER BY e.n
       ON CONFLICT DO NOTHING RETURNING source_event_id AS "sourceEventId"`,
      [
        column('id'),
        column('tenantId'),
        column('volunteerId'),
        column('sourceEventId'),
        column('attendanceId'),
        column('date'),
        column('minutes'),
        column('actualMinutes'),
        column('shiftMinutes'),
        column('attendedShare'),
        column('counts'),
        column('notCountedReason'),
        column('activityId'),
        column('activityTitle'),
        column('shiftId'),
        column('projectId'),
        column('projectDomain'),
        column('teamId'),
        column('tierNodeId'),
        column('tierPath'),
        column('place'),
        column('checkedInAt'),
        column('checkedOutAt'),
        column('recordedBy'),
      ],
    );
    return rows.map((r) => r.sourceEventId);
  }

  /** A decision on an entry (the entry itself is never touched); the primary key allows one per entry. */
  async insertDecision(
    manager: EntityManager,
    d: {
      entryId: string;
      tenantId: string;
      decision: 'approved' | 'rejected';
      minutes: number | null;
      reason: string | null;
      decidedBy: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO entry_decisions (entry_id, tenant_id, decision, minutes, reason, decided_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [d.entryId, d.tenantId, d.decision, d.minutes, d.reason, d.decidedBy],
    );
  }

  /** All-time approved minutes of a volunteer, derived from the ledger. */
  async approvedMinutes(manager: Db, tenantId: string, volunteerId: string): Promise<number> {
    const [{ minutes }] = await manager.query(
      'SELECT coalesce(sum(counted_minutes), 0)::int AS minutes FROM entry_states WHERE tenant_id = $1 AND volunteer_id = $2',
      [tenantId, volunteerId],
    );
    return minutes;
  }

  /** What a certificate for a period sums up: approved minutes, how many entries count, what the service was. */
  async certifiable(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
    period: { from: string | null; to: string },
  ): Promise<{ minutes: number; entries: number; content: string | null }> {
    const [totals] = await manager.query(
      `SELECT coalesce(sum(counted_minutes), 0)::int AS minutes, count(*) FILTER (WHERE counted_minutes > 0)::int AS entries,
              string_agg(DISTINCT coalesce(activity_title, content), '、') FILTER (WHERE counted_minutes > 0) AS content
         FROM entry_states WHERE tenant_id = $1 AND volunteer_id = $2 AND service_date <= $3
          AND ($4::date IS NULL OR service_date >= $4)`,
      [tenantId, volunteerId, period.to, period.from],
    );
    return totals;
  }

  /** Approved and pending minutes per group in the subtrees given (superseded entries left out). */
  async totalsBy(
    manager: Db,
    tenantId: string,
    visibleSubtrees: string[],
    groupBy: ExportGroup,
    period: { from?: string; to?: string },
  ): Promise<TotalsRow[]> {
    return manager.query(
      `SELECT ${GROUP_KEY[groupBy]} AS key, max(v.name) AS name, count(DISTINCT s.volunteer_id)::int AS volunteers,
              count(*)::int AS entries, sum(s.counted_minutes)::int AS approved, sum(s.pending_minutes)::int AS pending
         FROM entry_states s LEFT JOIN volunteers v ON v.id = s.volunteer_id AND v.tenant_id = s.tenant_id
        WHERE s.tenant_id = $1 AND s.tier_path LIKE ANY($2) AND s.status <> 'superseded'
          AND ($3::date IS NULL OR s.service_date >= $3) AND ($4::date IS NULL OR s.service_date <= $4)
        GROUP BY 1 ORDER BY 5 DESC, 1`,
      [tenantId, visibleSubtrees, period.from ?? null, period.to ?? null],
    );
  }

  /**
   * Every approved entry that counts (counted minutes above zero, so neither superseded nor below
   * the share rule) with its service date in the period, in the subtrees given, for the export to
   * the national volunteer information system.
   */
  async approvedInPeriod(
    manager: Db,
    tenantId: string,
    visibleSubtrees: string[],
    period: { from: string; to: string },
  ): Promise<CountedEntry[]> {
    return manager.query(
      `SELECT s.id, s.volunteer_id AS "volunteerId", v.name AS "volunteerName",
              to_char(s.service_date, 'YYYY-MM-DD') AS "serviceDate", s.counted_minutes AS "countedMinutes",
              s.place, s.content, s.recipients, s.activity_title AS "activityTitle", s.recorded_by AS "recordedBy"
         FROM entry_states s LEFT JOIN volunteers v ON v.id = s.volunteer_id AND v.tenant_id = s.tenant_id
        WHERE s.tenant_id = $1 AND s.tier_path LIKE ANY($2) AND s.counted_minutes > 0
          AND s.service_date >= $3 AND s.service_date <= $4
        ORDER BY s.service_date, s.id`,
      [tenantId, visibleSubtrees, period.from, period.to],
    );
  }

  /** Serialises star recomputations of one volunteer until the transaction ends. */
  async lockStars(manager: EntityManager, tenantId: string, volunteerId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hours.stars:${tenantId}:${volunteerId}`]);
  }

  /** The star level last recorded for a volunteer (0 when none). */
  async storedStarLevel(manager: EntityManager, tenantId: string, volunteerId: string): Promise<number> {
    const [current] = await manager.query(
      'SELECT level FROM volunteer_stars WHERE tenant_id = $1 AND volunteer_id = $2',
      [tenantId, volunteerId],
    );
    return current?.level ?? 0;
  }

  async saveStarLevel(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
    level: number,
    minutes: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO volunteer_stars (tenant_id, volunteer_id, level, approved_minutes, changed_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (tenant_id, volunteer_id) DO UPDATE SET level = $3, approved_minutes = $4,
         changed_at = CASE WHEN volunteer_stars.level = $3 THEN volunteer_stars.changed_at ELSE now() END`,
      [tenantId, volunteerId, level, minutes],
    );
  }

  /** Per volunteer with entries: the stored star projection beside the minutes the ledger derives. */
  async starProjection(
    manager: Db,
    tenantId?: string,
  ): Promise<{ tenant_id: string; volunteer_id: string; stored: number; derived: number; level: number }[]> {
    return manager.query(
      `SELECT t.tenant_id, t.volunteer_id, coalesce(vs.approved_minutes, 0) AS stored, t.derived, coalesce(vs.level, 0) AS level
         FROM (SELECT tenant_id, volunteer_id, sum(counted_minutes)::int AS derived FROM entry_states
                WHERE $1::uuid IS NULL OR tenant_id = $1 GROUP BY tenant_id, volunteer_id) t
         LEFT JOIN volunteer_stars vs ON vs.tenant_id = t.tenant_id AND vs.volunteer_id = t.volunteer_id`,
      [tenantId ?? null],
    );
  }

  /**
   * Approved minutes in the period per tier path, the volunteers who earned them, and the people
   * served: the first number written in each approved entry's recipients ("独居老人 12 户" → 12).
   */
  async coverage(
    manager: Db,
    tenantId: string,
    subtrees: string[],
    period: { from: string; to: string },
  ): Promise<Array<{ tierPath: string; approvedMinutes: number; servingVolunteers: number; peopleServed: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath", sum(counted_minutes)::int AS "approvedMinutes",
              count(DISTINCT volunteer_id)::int AS "servingVolunteers",
              coalesce(sum(substring(recipients FROM '[0-9]{1,6}')::int), 0)::int AS "peopleServed"
         FROM entry_states
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND counted_minutes > 0
          AND service_date >= $3 AND service_date <= $4
        GROUP BY tier_path`,
      [tenantId, subtrees, period.from, period.to],
    );
  }

  /** Approved minutes in the period per tier path and service domain (null: no project's domain). */
  async minutesByDomain(
    manager: Db,
    tenantId: string,
    subtrees: string[],
    period: { from: string; to: string },
  ): Promise<Array<{ tierPath: string; domain: string | null; minutes: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath", project_domain AS domain, sum(counted_minutes)::int AS minutes
         FROM entry_states
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND counted_minutes > 0
          AND service_date >= $3 AND service_date <= $4
        GROUP BY tier_path, project_domain`,
      [tenantId, subtrees, period.from, period.to],
    );
  }

  /** Certificates issued in [since, until) per tier path of the volunteer. */
  async certificatesIssued(
    manager: Db,
    tenantId: string,
    subtrees: string[],
    range: { since: string; until: string },
  ): Promise<Array<{ tierPath: string; certificates: number }>> {
    return manager.query(
      `SELECT tier_path AS "tierPath", count(*)::int AS certificates FROM certificates
        WHERE tenant_id = $1 AND tier_path LIKE ANY($2) AND issued_at >= $3 AND issued_at < $4
        GROUP BY tier_path`,
      [tenantId, subtrees, range.since, range.until],
    );
  }
}
