import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TeamRole } from '#linli/contracts';

/** One stint of a volunteer in a team, as the teams service's membership events describe it. */
export interface MembershipStint {
  membershipId: string;
  tenantId: string;
  teamId: string;
  volunteerId: string;
  role: TeamRole;
  joinedAt: string;
  /** Null while the stint is open. */
  leftAt: string | null;
}

/**
 * The local copy of team memberships (`team_members`), one row per stint, read by the
 * volunteer search's `teamId` filter.
 */
@Injectable()
export class TeamMembersRepository {
  /**
   * Records a stint: a new one is created as given; an existing one is only ever closed (a
   * `joined` arriving after its `left` does not reopen it), and never by another station's
   * event. Answers whether a row was written.
   */
  async record(manager: EntityManager, stint: MembershipStint): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO team_members AS m (membership_id, tenant_id, team_id, volunteer_id, role, joined_at, left_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (membership_id) DO UPDATE SET left_at = EXCLUDED.left_at, updated_at = now()
       WHERE m.tenant_id = EXCLUDED.tenant_id AND m.left_at IS NULL AND EXCLUDED.left_at IS NOT NULL
       RETURNING membership_id`,
      [stint.membershipId, stint.tenantId, stint.teamId, stint.volunteerId, stint.role, stint.joinedAt, stint.leftAt],
    );
    return rows.length > 0;
  }
}
