import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TeamRole } from '#linli/contracts';
import type { MemberRow, VolunteerTeamRow } from '../teams/team.mapper.js';
import type { CurrentMember } from './memberships.rules.js';

const SELECT_MEMBER = `
  SELECT m.id AS "membershipId", m.volunteer_id AS "volunteerId", v.name, m.role, m.joined_at AS "joinedAt", m.left_at AS "leftAt"
    FROM team_memberships m LEFT JOIN volunteers v ON v.id = m.volunteer_id AND v.tenant_id = m.tenant_id`;

/** A stint just closed. */
export interface EndedStint {
  id: string;
  teamId: string;
  volunteerId: string;
  role: TeamRole;
  joinedAt: Date;
  leftAt: Date;
}

const RETURNING_ENDED = `RETURNING id, team_id AS "teamId", volunteer_id AS "volunteerId", role,
  joined_at AS "joinedAt", left_at AS "leftAt"`;

/** All SQL of the `team_memberships` table (rosters join the local volunteer copy for names). */
@Injectable()
export class MembershipsRepository {
  /** The role of the volunteer's open stint in the team, if any. */
  async currentRole(manager: EntityManager, teamId: string, volunteerId: string): Promise<TeamRole | undefined> {
    const [row]: { role: TeamRole }[] = await manager.query(
      'SELECT role FROM team_memberships WHERE team_id = $1 AND volunteer_id = $2 AND left_at IS NULL',
      [teamId, volunteerId],
    );
    return row?.role;
  }

  /** Who is in the team now. */
  async current(manager: EntityManager, teamId: string): Promise<CurrentMember[]> {
    return manager.query(
      `SELECT volunteer_id AS "volunteerId", role FROM team_memberships WHERE team_id = $1 AND left_at IS NULL`,
      [teamId],
    );
  }

  /** Current leaders and members of the team. */
  async counts(manager: EntityManager, teamId: string): Promise<{ leaders: number; members: number }> {
    const [counts]: { leaders: number; members: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE role = 'leader')::int AS leaders, count(*)::int AS members
         FROM team_memberships WHERE team_id = $1 AND left_at IS NULL`,
      [teamId],
    );
    return counts;
  }

  /** Opens a stint; answers when it began. */
  async insert(
    manager: EntityManager,
    stint: { id: string; tenantId: string; teamId: string; volunteerId: string; role: TeamRole; addedBy: string },
  ): Promise<Date> {
    const [row]: { joinedAt: Date }[] = await manager.query(
      `INSERT INTO team_memberships (id, tenant_id, team_id, volunteer_id, role, added_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING joined_at AS "joinedAt"`,
      [stint.id, stint.tenantId, stint.teamId, stint.volunteerId, stint.role, stint.addedBy],
    );
    return row.joinedAt;
  }

  /** Closes the volunteer's open stint in the team now. */
  async end(
    manager: EntityManager,
    teamId: string,
    volunteerId: string,
    removedBy: string,
  ): Promise<EndedStint | undefined> {
    // UPDATE … RETURNING answers [rows, affected] through TypeORM's postgres driver.
    const [[ended]]: [EndedStint[], number] = await manager.query(
      `UPDATE team_memberships SET left_at = clock_timestamp(), removed_by = $3
        WHERE team_id = $1 AND volunteer_id = $2 AND left_at IS NULL ${RETURNING_ENDED}`,
      [teamId, volunteerId, removedBy],
    );
    return ended;
  }

  /** Closes every open stint of the team now (the team is dissolved). */
  async endAll(manager: EntityManager, teamId: string, removedBy: string): Promise<EndedStint[]> {
    const [ended]: [EndedStint[], number] = await manager.query(
      `UPDATE team_memberships SET left_at = clock_timestamp(), removed_by = $2
        WHERE team_id = $1 AND left_at IS NULL ${RETURNING_ENDED}`,
      [teamId, removedBy],
    );
    return ended;
  }

  /**
   * Closes the volunteer's open stints in the given teams at `at`, or at a stint's own start
   * for one that began after it.
   */
  async endOfVolunteer(
    manager: EntityManager,
    tenantId: string,
    volunteerId: string,
    teamIds: string[],
    at: string,
    removedBy: string,
  ): Promise<EndedStint[]> {
    const [ended]: [EndedStint[], number] = await manager.query(
      `UPDATE team_memberships SET left_at = greatest($3::timestamptz, joined_at), removed_by = $4
        WHERE tenant_id = $1 AND volunteer_id = $2 AND left_at IS NULL AND team_id = ANY($5) ${RETURNING_ENDED}`,
      [tenantId, volunteerId, at, removedBy, teamIds],
    );
    return ended;
  }

  /** One stint, with the volunteer's name. */
  async member(manager: EntityManager, membershipId: string): Promise<MemberRow> {
    const [row]: MemberRow[] = await manager.query(`${SELECT_MEMBER} WHERE m.id = $1`, [membershipId]);
    return row;
  }

  /** Current members, leaders first; with `all`, every past stint too, newest first. */
  async roster(
    manager: EntityManager,
    tenantId: string,
    teamId: string,
    include: 'current' | 'all',
  ): Promise<MemberRow[]> {
    return manager.query(
      `${SELECT_MEMBER} WHERE m.team_id = $1 AND m.tenant_id = $2 ${include === 'all' ? '' : 'AND m.left_at IS NULL'}
       ORDER BY (m.left_at IS NULL) DESC, (m.role = 'leader') DESC, m.joined_at DESC, v.name`,
      [teamId, tenantId],
    );
  }

  /** A volunteer's stints in every team, current first, newest first. */
  async ofVolunteer(manager: EntityManager, tenantId: string, volunteerId: string): Promise<VolunteerTeamRow[]> {
    return manager.query(
      `SELECT t.id AS "teamId", t.name AS "teamName", t.tier_node_id AS "tierNodeId", t.status AS "teamStatus",
              m.role, m.joined_at AS "joinedAt", m.left_at AS "leftAt"
         FROM team_memberships m JOIN teams t ON t.id = m.team_id
        WHERE m.tenant_id = $1 AND m.volunteer_id = $2
        ORDER BY (m.left_at IS NULL) DESC, m.joined_at DESC`,
      [tenantId, volunteerId],
    );
  }
}
