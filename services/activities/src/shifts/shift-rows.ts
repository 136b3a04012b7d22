import type { EntityManager } from 'typeorm';
import type { ShiftDto } from '#linli/contracts';
import type { CallerContext } from '#linli/platform';
import { ActivityErrors } from '../activities.exception.js';
import { iso } from '../sql.js';

export const SHIFT_SELECT = `
  SELECT s.id, s.tenant_id AS "tenantId", s.activity_id AS "activityId", a.title AS "activityTitle", s.series_id AS "seriesId",
         s.series_index AS "seriesIndex", a.project_id AS "projectId", p.domain AS "projectDomain", a.team_id AS "teamId",
         a.tier_node_id AS "tierNodeId", s.tier_path AS "tierPath", a.location, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
         s.capacity, s.confirmed_count AS "confirmedCount", s.waitlist_count AS "waitlistCount", s.role,
         s.required_skills AS "requiredSkills", s.signup_opens_at AS "signupOpensAt", s.cancel_cutoff_minutes AS "cancelCutoffMinutes",
         a.risk_level AS "riskLevel", a.min_age AS "minAge", s.checkin_code AS "checkinCode"
    FROM shifts s JOIN activities a ON a.id = s.activity_id LEFT JOIN projects p ON p.id = a.project_id`;

export interface ShiftRow {
  id: string;
  tenantId: string;
  activityId: string;
  activityTitle: string;
  seriesId: string | null;
  seriesIndex: number | null;
  projectId: string | null;
  projectDomain: ShiftDto['riskLevel'] | null | string;
  teamId: string | null;
  tierNodeId: string;
  tierPath: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  role: string | null;
  requiredSkills: string[];
  signupOpensAt: Date | null;
  cancelCutoffMinutes: number;
  riskLevel: 'low' | 'medium' | 'high';
  minAge: number | null;
  checkinCode: string;
}

export function toShiftDto(row: ShiftRow): ShiftDto {
  return {
    id: row.id,
    activityId: row.activityId,
    activityTitle: row.activityTitle,
    seriesId: row.seriesId,
    projectId: row.projectId,
    teamId: row.teamId,
    tierNodeId: row.tierNodeId,
    location: row.location,
    startsAt: iso(row.startsAt)!,
    endsAt: iso(row.endsAt)!,
    capacity: row.capacity,
    confirmedCount: row.confirmedCount,
    waitlistCount: row.waitlistCount,
    role: row.role,
    requiredSkills: row.requiredSkills,
    signupOpensAt: iso(row.signupOpensAt),
    cancelCutoffMinutes: row.cancelCutoffMinutes,
    riskLevel: row.riskLevel,
    minAge: row.minAge,
  };
}

/** The shift (in the caller's station), optionally locking its row for the rest of the transaction. */
export async function shiftRow(
  manager: EntityManager,
  caller: CallerContext,
  id: string,
  lock = false,
): Promise<ShiftRow> {
  if (lock) {
    const [locked] = await manager.query('SELECT id FROM shifts WHERE id = $1 AND tenant_id = $2 FOR UPDATE', [
      id,
      caller.tenantId,
    ]);
    if (!locked) throw ActivityErrors.shiftNotFound(id);
  }
  const [row] = await manager.query(`${SHIFT_SELECT} WHERE s.id = $1 AND s.tenant_id = $2`, [id, caller.tenantId]);
  if (!row) throw ActivityErrors.shiftNotFound(id);
  return row;
}
