import type { HoursEntryDto } from '#linli/contracts';
import { toHours } from './ledger.rules.js';

/** A row of `entry_states` joined with the volunteer's name (see ENTRY_SELECT in ledger.repository.ts). */
export interface EntryRow {
  id: string;
  volunteer_id: string;
  volunteer_name: string | null;
  kind: HoursEntryDto['kind'];
  status: HoursEntryDto['status'];
  service_date: string;
  minutes: number;
  counted_minutes: number;
  actual_minutes: number | null;
  shift_minutes: number | null;
  attended_share: string | null;
  not_counted_reason: string | null;
  activity_id: string | null;
  activity_title: string | null;
  shift_id: string | null;
  team_id: string | null;
  project_id: string | null;
  tier_node_id: string;
  tier_path: string;
  content: string | null;
  place: string | null;
  recipients: string | null;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
  recorded_by: string | null;
  recorded_at: Date;
  decision: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  correction_of: string | null;
  reason: string | null;
  superseded_by: string | null;
  decided_minutes: number | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toEntryDto(row: EntryRow): HoursEntryDto {
  return {
    id: row.id,
    volunteerId: row.volunteer_id,
    volunteerName: row.volunteer_name,
    kind: row.kind,
    status: row.status,
    date: row.service_date,
    minutes: row.decided_minutes ?? row.minutes,
    countedMinutes: row.counted_minutes,
    hours: toHours(row.decided_minutes ?? row.minutes),
    actualMinutes: row.actual_minutes,
    shiftMinutes: row.shift_minutes,
    attendedShare: row.attended_share === null ? null : Number(row.attended_share),
    notCountedReason: row.not_counted_reason,
    activityId: row.activity_id,
    activity: row.activity_title,
    shiftId: row.shift_id,
    teamId: row.team_id,
    projectId: row.project_id,
    tierNodeId: row.tier_node_id,
    content: row.content,
    place: row.place,
    recipients: row.recipients,
    checkedInAt: iso(row.checked_in_at),
    checkedOutAt: iso(row.checked_out_at),
    recordedBy: row.recorded_by,
    recordedAt: iso(row.recorded_at)!,
    approvedBy: row.decision === 'approved' ? row.decided_by : null,
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
    decisionReason: row.decision_reason,
    ...(row.correction_of ? { correctionOf: row.correction_of, correctionReason: row.reason ?? undefined } : {}),
    ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
  };
}
