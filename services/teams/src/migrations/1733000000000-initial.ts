import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

export class Initial1733000000000 implements MigrationInterface {
  name = 'Initial1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE teams (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  organisation_id uuid,
  description text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  dissolved_at timestamptz,
  CHECK ((status = 'dissolved') = (dissolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX teams_live_name ON teams (tenant_id, name) WHERE status <> 'dissolved';
CREATE INDEX teams_path ON teams (tenant_id, tier_path text_pattern_ops);
CREATE INDEX teams_organisation ON teams (tenant_id, organisation_id) WHERE organisation_id IS NOT NULL;

-- Local copy of the volunteers service's profiles, fed by its events: only what rosters need.
CREATE TABLE volunteers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  name text NOT NULL,
  status text NOT NULL,
  -- occurredAt of the event last applied: an older event arriving late changes nothing.
  updated_at timestamptz NOT NULL
);
CREATE INDEX volunteers_tenant_path ON volunteers (tenant_id, tier_path text_pattern_ops);

-- One row per stint in a team: leaving closes the row, rejoining opens a new one, so history stays.
CREATE TABLE team_memberships (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  team_id uuid NOT NULL REFERENCES teams (id),
  volunteer_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('member', 'leader')),
  joined_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  left_at timestamptz,
  added_by text,
  removed_by text,
  CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE UNIQUE INDEX team_memberships_current ON team_memberships (team_id, volunteer_id) WHERE left_at IS NULL;
CREATE INDEX team_memberships_volunteer ON team_memberships (tenant_id, volunteer_id, joined_at);
CREATE INDEX team_memberships_team ON team_memberships (team_id, joined_at);
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS team_memberships, volunteers, teams, outbox, inbox, idempotency_keys CASCADE');
  }
}
