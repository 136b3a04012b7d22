import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

export class Initial1732500000000 implements MigrationInterface {
  name = 'Initial1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE stations (
  tenant_id uuid PRIMARY KEY,
  name text NOT NULL,
  region text NOT NULL,
  timezone text NOT NULL DEFAULT 'Asia/Shanghai',
  root_node_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stations_name ON stations (name);

CREATE TABLE tier_nodes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES stations (tenant_id) DEFERRABLE INITIALLY DEFERRED,
  parent_id uuid REFERENCES tier_nodes (id),
  level text NOT NULL CHECK (level IN ('station', 'community', 'village')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  code text,
  path text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((level = 'station') = (parent_id IS NULL))
);
CREATE INDEX tier_nodes_path ON tier_nodes (tenant_id, path text_pattern_ops);
CREATE UNIQUE INDEX tier_nodes_sibling_name ON tier_nodes (tenant_id, coalesce(parent_id, id), name);
CREATE UNIQUE INDEX tier_nodes_code ON tier_nodes (tenant_id, code) WHERE code IS NOT NULL;

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL REFERENCES tier_nodes (id),
  tier_path text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  type text NOT NULL CHECK (type IN ('volunteer_team', 'elderly_association', 'culture_sports', 'caring_enterprise', 'caring_individuals', 'mutual_aid', 'other')),
  status text NOT NULL CHECK (status IN ('incubating', 'active', 'registered', 'dormant', 'dissolved')),
  status_since date NOT NULL,
  founded_on date NOT NULL,
  joined_on date NOT NULL,
  leader text,
  contact text,
  member_count int CHECK (member_count >= 0),
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (founded_on <= joined_on)
);
CREATE UNIQUE INDEX organisations_live_name ON organisations (tenant_id, name) WHERE status <> 'dissolved';
CREATE INDEX organisations_path ON organisations (tenant_id, tier_path text_pattern_ops);
CREATE INDEX organisations_joined ON organisations (tenant_id, joined_on);

CREATE TABLE organisation_status_changes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  from_status text,
  to_status text NOT NULL,
  reason text NOT NULL,
  effective_on date NOT NULL,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (from_status IS DISTINCT FROM to_status)
);
CREATE INDEX organisation_status_changes_org ON organisation_status_changes (organisation_id, effective_on, recorded_at);
CREATE INDEX organisation_status_changes_dissolved ON organisation_status_changes (tenant_id, effective_on) WHERE to_status = 'dissolved';

-- History is a record: it is appended to, never rewritten.
CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'organisation_status_changes is append-only';
END $$;
CREATE TRIGGER organisation_status_changes_append_only
  BEFORE UPDATE OR DELETE ON organisation_status_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

CREATE TABLE growth_snapshots (
  tenant_id uuid NOT NULL,
  snapshot_on date NOT NULL,
  dimension text NOT NULL,
  key text NOT NULL,
  count int NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, snapshot_on, dimension, key)
);
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS growth_snapshots, organisation_status_changes, organisations, tier_nodes, stations,
      outbox, inbox, idempotency_keys CASCADE; DROP FUNCTION IF EXISTS refuse_history_rewrite();`);
  }
}
