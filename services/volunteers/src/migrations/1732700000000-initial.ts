import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

export class Initial1732700000000 implements MigrationInterface {
  name = 'Initial1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE volunteers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  sex text NOT NULL CHECK (sex IN ('male', 'female')),
  birth_date date NOT NULL,
  id_type text NOT NULL CHECK (id_type IN ('resident_id', 'passport', 'hk_macao_pass', 'taiwan_pass', 'foreign_permanent')),
  -- AES-256-GCM 'v1:iv:tag:ciphertext'; the keyed hash (HMAC-SHA256) finds and keeps unique without decrypting.
  id_number_enc text NOT NULL CHECK (id_number_enc LIKE 'v1:%'),
  id_number_hash text NOT NULL,
  phone text NOT NULL,
  skills text[] NOT NULL DEFAULT '{}',
  available_times text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'left')),
  recruited_by uuid REFERENCES volunteers (id),
  team_name text,
  insured_until date,
  guardian_name text,
  guardian_phone_enc text CHECK (guardian_phone_enc LIKE 'v1:%'),
  guardian_relation text,
  guardian_consent boolean NOT NULL DEFAULT false,
  guardian_consent_at timestamptz,
  consent_at timestamptz NOT NULL,
  consent_version text NOT NULL,
  source text NOT NULL CHECK (source IN ('leader', 'self', 'import')),
  user_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (recruited_by IS DISTINCT FROM id),
  CHECK (NOT guardian_consent OR (guardian_name IS NOT NULL AND guardian_phone_enc IS NOT NULL AND guardian_consent_at IS NOT NULL))
);
CREATE UNIQUE INDEX volunteers_id_number ON volunteers (tenant_id, id_number_hash);
CREATE UNIQUE INDEX volunteers_phone ON volunteers (tenant_id, phone);
CREATE INDEX volunteers_path ON volunteers (tenant_id, tier_path text_pattern_ops);
CREATE INDEX volunteers_phone_tail ON volunteers (tenant_id, right(phone, 4));
CREATE INDEX volunteers_recruited_by ON volunteers (tenant_id, recruited_by) WHERE recruited_by IS NOT NULL;
CREATE INDEX volunteers_skills ON volunteers USING gin (skills);

-- Who read which sensitive field in full, when, for which request. Appended to, never rewritten.
CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  actor_id text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id uuid NOT NULL,
  fields text[] NOT NULL DEFAULT '{}',
  request_id text,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_log_target ON audit_log (tenant_id, target_id, at);
CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TABLE import_jobs (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  created_by text NOT NULL,
  -- The importer's widest grant: who else may read the job's progress.
  scope_paths text[] NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx', 'seed')),
  file_name text,
  dry_run boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  total int NOT NULL DEFAULT 0,
  processed int NOT NULL DEFAULT 0,
  created int NOT NULL DEFAULT 0,
  updated int NOT NULL DEFAULT 0,
  unchanged int NOT NULL DEFAULT 0,
  rejected int NOT NULL DEFAULT 0,
  error_code text,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_jobs_tenant ON import_jobs (tenant_id, started_at);

-- Public self-registration attempts per client address, for throttling.
CREATE TABLE join_attempts (
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX join_attempts_address ON join_attempts (address, at);
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS join_attempts, import_jobs, audit_log, volunteers, outbox, inbox, idempotency_keys CASCADE;
      DROP FUNCTION IF EXISTS refuse_audit_rewrite();`);
  }
}
