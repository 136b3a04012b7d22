import type { ServiceDomain, ShiftDto } from '#linli/contracts';
import { iso } from '../sql.js';

/** A shift as the repository reads it, with its activity's fields. */
export interface ShiftRow {
  id: string;
  tenantId: string;
  activityId: string;
  activityTitle: string;
  seriesId: string | null;
  seriesIndex: number | null;
  projectId: string | null;
  projectDomain: ServiceDomain | null;
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
