import type { EntityManager } from 'typeorm';
import { TeamsEvents, type TeamMemberEventPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';

/** One durable consumer for both membership events (`joined`, `left`). */
export const TEAM_MEMBER_EVENTS_FILTER = 'evt.teams.member.>';
export const TEAM_MEMBERS_CONSUMER = 'volunteers-team-members';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Applies one membership event to `team_members`, keyed by membership id (one row per stint).
 * Runs in the inbox transaction, so each event is applied once; it is also order-tolerant:
 * - `joined` creates the row open, or, when the row exists, changes nothing (in particular a
 *   `joined` arriving after its `left` does not reopen the stint);
 * - `left` closes the row, creating it closed when its `joined` has not been seen yet.
 * Events of another station never touch a row. A payload that cannot make a row (missing or
 * malformed ids or times) is skipped rather than failing forever on redelivery. Returns whether
 * a row was written.
 */
export async function applyTeamMemberEvent(
  manager: EntityManager,
  event: EventEnvelope<Partial<TeamMemberEventPayload>>,
): Promise<boolean> {
  const left = event.subject === TeamsEvents.memberLeft;
  if (!left && event.subject !== TeamsEvents.memberJoined) return false;
  const p = event.payload ?? {};
  if (!isUuid(p.membershipId) || !isUuid(p.teamId) || !isUuid(p.volunteerId) || !isTime(p.joinedAt)) return false;
  const leftAt = left ? (isTime(p.leftAt) ? p.leftAt : event.occurredAt) : null;
  const rows: unknown[] = await manager.query(
    `INSERT INTO team_members AS m (membership_id, tenant_id, team_id, volunteer_id, role, joined_at, left_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (membership_id) DO UPDATE SET left_at = EXCLUDED.left_at, updated_at = now()
     WHERE m.tenant_id = EXCLUDED.tenant_id AND m.left_at IS NULL AND EXCLUDED.left_at IS NOT NULL
     RETURNING membership_id`,
    [p.membershipId, event.tenantId, p.teamId, p.volunteerId, p.role ?? 'member', p.joinedAt, leftAt],
  );
  return rows.length > 0;
}

/** Keeps `team_members` in step with the teams service, each event applied exactly once. */
export const TeamMembersConsumer = inboxConsumerHost<Partial<TeamMemberEventPayload>>({
  durable: TEAM_MEMBERS_CONSUMER,
  filterSubject: TEAM_MEMBER_EVENTS_FILTER,
  handle: applyTeamMemberEvent,
});
