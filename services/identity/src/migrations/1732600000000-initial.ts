import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

export class Initial1732600000000 implements MigrationInterface {
  name = 'Initial1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE stations (
  tenant_id uuid PRIMARY KEY,
  name text NOT NULL,
  region text NOT NULL,
  timezone text NOT NULL,
  root_node_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  phone text,
  username text,
  password_hash text,
  status text NOT NULL CHECK (status IN ('active', 'pending_activation', 'disabled')),
  volunteer_id uuid,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz,
  CHECK (phone IS NOT NULL OR username IS NOT NULL),
  CHECK (status <> 'active' OR password_hash IS NOT NULL)
);
CREATE UNIQUE INDEX users_phone ON users (phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX users_username ON users (username) WHERE username IS NOT NULL;
CREATE INDEX users_tenant ON users (tenant_id);

CREATE TABLE grants (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('platform_admin', 'station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer')),
  tier_node_id uuid,
  tier_node_name text,
  tier_path text NOT NULL,
  granted_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by text
);
CREATE UNIQUE INDEX grants_live ON grants (user_id, role, coalesce(tier_node_id, '00000000-0000-0000-0000-000000000000')) WHERE revoked_at IS NULL;
CREATE INDEX grants_scope ON grants (tenant_id, tier_path text_pattern_ops) WHERE revoked_at IS NULL;

CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  family_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE activation_codes (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  failures int NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  tenant_id uuid,
  actor_id text,
  action text NOT NULL,
  target_type text,
  target_id text,
  request_id text,
  details jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at);
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_log, login_throttle, activation_codes, refresh_tokens, grants, users, stations,
      outbox, inbox, idempotency_keys CASCADE`);
  }
}
