import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AttendanceRecordedPayload } from '#linli/contracts';
import type { EventEnvelope } from '#linli/platform';
import { loadSettings, todayIn } from '../settings/station-settings.js';
import { attendanceCredit } from './attendance-minutes.js';

export const ATTENDANCE_CONSUMER = 'hours-attendance';

/**
 * Turns one check-out into a pending ledger entry, inside the inbox transaction. The entry id is
 * derived from nothing random that matters: a second event for the same attendance (a replay under
 * a new event id) hits the unique attendance index and changes nothing. Returns whether it wrote.
 */
export async function recordAttendance(
  manager: EntityManager,
  event: EventEnvelope<AttendanceRecordedPayload>,
): Promise<boolean> {
  const p = event.payload;
  const settings = await loadSettings(manager, event.tenantId);
  const credit = attendanceCredit(p, settings.minAttendanceShare);
  const rows: unknown[] = await manager.query(
    `INSERT INTO entries (id, tenant_id, volunteer_id, kind, source_event_id, attendance_id, service_date, minutes,
       actual_minutes, shift_minutes, attended_share, counts, not_counted_reason, activity_id, activity_title, shift_id,
       project_id, project_domain, team_id, tier_node_id, tier_path, content, place, checked_in_at, checked_out_at, recorded_by)
     VALUES ($1, $2, $3, 'attendance', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23, $24, $25)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      randomUUID(),
      event.tenantId,
      p.volunteerId,
      event.id,
      p.attendanceId,
      todayIn(settings.timezone, new Date(p.checkedInAt)),
      Math.min(credit.minutes, 1440),
      credit.actualMinutes,
      credit.shiftMinutes,
      credit.attendedShare,
      credit.counts,
      credit.notCountedReason,
      p.activityId,
      p.activityTitle,
      p.shiftId,
      p.projectId,
      p.projectDomain,
      p.teamId,
      p.tierNodeId,
      p.tierPath,
      p.activityTitle,
      p.location,
      p.checkedInAt,
      p.checkedOutAt,
      p.recordedBy,
    ],
  );
  return rows.length > 0;
}
