import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local copy of team memberships, fed by the teams service's `evt.teams.member.*` events, so
 * volunteers can be searched by team. One row per stint (the teams service's membership id);
 * `left_at` set means the stint is over. Rows may exist for a stint whose `left` event arrived
 * before its `joined` one: the row is created closed and the late `joined` leaves it closed.
 */
export class TeamMembers1733200000000 implements MigrationInterface {
  name = 'TeamMembers1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE team_members (
  membership_id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  team_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  role text NOT NULL,
  joined_at timestamptz NOT NULL,
  left_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX team_members_current ON team_members (tenant_id, team_id, volunteer_id) WHERE left_at IS NULL;
CREATE INDEX team_members_volunteer ON team_members (tenant_id, volunteer_id);
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS team_members');
  }
}
