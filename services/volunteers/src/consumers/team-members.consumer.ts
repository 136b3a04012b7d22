import type { EntityManager } from 'typeorm';
import { TeamsApi, type TeamMemberEventPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import { TeamMembersRepository } from '../volunteers/team-members.repository.js';

export const TEAM_MEMBERS_CONSUMER = 'volunteers-team-members';

const { memberJoined, memberLeft } = TeamsApi.events;
const stints = new TeamMembersRepository();

/**
 * Applies one membership event to `team_members`, keyed by membership id (one row per stint).
 * Runs in the inbox transaction, so each event is applied once; it is also order-tolerant:
 * - `joined` creates the row open, or, when the row exists, changes nothing (in particular a
 *   `joined` arriving after its `left` does not reopen the stint);
 * - `left` closes the row, creating it closed when its `joined` has not been seen yet.
 * Events of another station never touch a row. The payload has been validated against its
 * declared class (a malformed one is dead-lettered before it gets here). Returns whether a
 * row was written.
 */
export async function applyTeamMemberEvent(
  manager: EntityManager,
  event: EventEnvelope<TeamMemberEventPayload>,
): Promise<boolean> {
  const left = event.subject === memberLeft.subject;
  if (!left && event.subject !== memberJoined.subject) return false;
  const p = event.payload;
  return stints.record(manager, {
    membershipId: p.membershipId,
    tenantId: event.tenantId,
    teamId: p.teamId,
    volunteerId: p.volunteerId,
    role: p.role ?? 'member',
    joinedAt: p.joinedAt,
    leftAt: left ? (p.leftAt ?? event.occurredAt) : null,
  });
}

/** Keeps `team_members` in step with the teams service, each event applied exactly once. */
export const TeamMembersConsumer = inboxConsumerHost<TeamMemberEventPayload>({
  durable: TEAM_MEMBERS_CONSUMER,
  events: [memberJoined, memberLeft],
  handle: applyTeamMemberEvent,
});
