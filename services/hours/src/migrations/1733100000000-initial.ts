import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

/**
 * The hours ledger. `entries` (facts: an attendance, a leader's entry, a correction) and
 * `entry_decisions` (at most one approval or rejection per entry) are append-only: a trigger
 * refuses UPDATE and DELETE. An entry's status and its counted minutes are derived by the
 * `entry_states` view; a correction is a new entry pointing at the one it corrects, and once
 * accepted it supersedes it. Certificates and their revocations are append-only too.
 */
export class Initial1733100000000 implements MigrationInterface {
  name = 'Initial1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE station_settings (
  tenant_id uuid PRIMARY KEY,
  timezone text NOT NULL DEFAULT 'Asia/Shanghai',
  min_attendance_share numeric(4,3) CHECK (min_attendance_share > 0 AND min_attendance_share <= 1),
  star_thresholds_hours int[] NOT NULL DEFAULT '{100,300,600,1000,1500}',
  certificate_prefix text NOT NULL DEFAULT 'ZY' CHECK (certificate_prefix ~ '^[A-Z]{1,6}$'),
  issuer_name text,
  person_in_charge text,
  handler_name text,
  contact text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A local copy of volunteers (names and tier node), fed by the volunteers service's events.
CREATE TABLE volunteers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  name text NOT NULL,
  status text NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX volunteers_path ON volunteers (tenant_id, tier_path text_pattern_ops);

CREATE TABLE entries (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('attendance', 'manual', 'correction')),
  source_event_id uuid UNIQUE,
  attendance_id uuid,
  correction_of uuid REFERENCES entries (id),
  service_date date NOT NULL,
  minutes int NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
  actual_minutes int CHECK (actual_minutes >= 0),
  shift_minutes int CHECK (shift_minutes >= 0),
  attended_share numeric(5,4),
  counts boolean NOT NULL DEFAULT true,
  not_counted_reason text,
  activity_id uuid,
  activity_title text,
  shift_id uuid,
  project_id uuid,
  project_domain text,
  team_id uuid,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  content text,
  place text,
  recipients text,
  checked_in_at timestamptz,
  checked_out_at timestamptz,
  reason text,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK ((kind = 'correction') = (correction_of IS NOT NULL)),
  CHECK (kind <> 'correction' OR reason IS NOT NULL),
  CHECK (counts OR not_counted_reason IS NOT NULL)
);
-- One attendance is one entry, whatever event carried it (a replay under a new event id included).
CREATE UNIQUE INDEX entries_attendance ON entries (tenant_id, attendance_id) WHERE kind = 'attendance';
CREATE INDEX entries_volunteer ON entries (tenant_id, volunteer_id, service_date);
CREATE INDEX entries_path ON entries (tenant_id, tier_path text_pattern_ops);
CREATE INDEX entries_correction_of ON entries (correction_of) WHERE correction_of IS NOT NULL;

CREATE TABLE entry_decisions (
  entry_id uuid PRIMARY KEY REFERENCES entries (id),
  tenant_id uuid NOT NULL,
  decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  -- Set when a leader extended an attendance beyond the shift length on approval.
  minutes int CHECK (minutes BETWEEN 0 AND 1440),
  reason text,
  decided_by uuid,
  decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (decision = 'approved' OR reason IS NOT NULL)
);

CREATE FUNCTION refuse_ledger_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: write a new row (a decision or a correction) instead', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON entries
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_rewrite();
CREATE TRIGGER entry_decisions_append_only BEFORE UPDATE OR DELETE ON entry_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_rewrite();
CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_rewrite();
CREATE TRIGGER entry_decisions_no_truncate BEFORE TRUNCATE ON entry_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_rewrite();

-- Status and counted minutes, derived from the facts. A correction counts in place of the entry it corrects.
CREATE VIEW entry_states AS
SELECT e.*,
       d.decision, d.minutes AS decided_minutes, d.reason AS decision_reason, d.decided_by, d.decided_at,
       s.id AS superseded_by,
       CASE WHEN s.id IS NOT NULL THEN 'superseded'
            WHEN d.decision IS NOT NULL THEN d.decision
            WHEN NOT e.counts THEN 'not_counted'
            ELSE 'pending' END AS status,
       CASE WHEN s.id IS NULL AND d.decision = 'approved' AND e.counts THEN coalesce(d.minutes, e.minutes) ELSE 0 END
         AS counted_minutes,
       CASE WHEN s.id IS NULL AND d.decision IS NULL AND e.counts AND e.kind <> 'correction' THEN e.minutes ELSE 0 END
         AS pending_minutes
  FROM entries e
  LEFT JOIN entry_decisions d ON d.entry_id = e.id
  LEFT JOIN LATERAL (
    SELECT c.id FROM entries c JOIN entry_decisions cd ON cd.entry_id = c.id AND cd.decision = 'approved'
     WHERE c.correction_of = e.id LIMIT 1
  ) s ON true;

-- Last star level published per volunteer: a projection of the ledger, checked by checkStarLevels().
CREATE TABLE volunteer_stars (
  tenant_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  level int NOT NULL CHECK (level >= 0),
  approved_minutes int NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, volunteer_id)
);

CREATE TABLE certificate_sequences (
  tenant_id uuid NOT NULL,
  year int NOT NULL,
  last_seq int NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

CREATE TABLE certificates (
  tenant_id uuid NOT NULL,
  number text NOT NULL,
  year int NOT NULL,
  seq int NOT NULL,
  verification_code text NOT NULL UNIQUE,
  volunteer_id uuid NOT NULL,
  tier_path text NOT NULL,
  period_from date,
  period_to date NOT NULL,
  approved_minutes int NOT NULL,
  entry_count int NOT NULL,
  content_summary text NOT NULL,
  volunteer_name text NOT NULL,
  id_type text,
  id_number_masked text,
  volunteer_no text NOT NULL,
  issuer_name text NOT NULL,
  person_in_charge text,
  handler_name text,
  contact text,
  notes text,
  issued_by uuid,
  issued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, number),
  UNIQUE (tenant_id, year, seq),
  CHECK (period_from IS NULL OR period_from <= period_to)
);
CREATE INDEX certificates_volunteer ON certificates (tenant_id, volunteer_id, issued_at);

CREATE TABLE certificate_revocations (
  tenant_id uuid NOT NULL,
  number text NOT NULL,
  reason text NOT NULL,
  revoked_by uuid,
  revoked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, number),
  FOREIGN KEY (tenant_id, number) REFERENCES certificates (tenant_id, number)
);
CREATE TRIGGER certificates_append_only BEFORE UPDATE OR DELETE ON certificates
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_rewrite();
CREATE TRIGGER certificate_revocations_append_only BEFORE UPDATE OR DELETE ON certificate_revocations
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_rewrite();
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS entry_states;
      DROP TABLE IF EXISTS certificate_revocations, certificates, certificate_sequences, volunteer_stars,
        entry_decisions, entries, volunteers, station_settings, outbox, inbox, idempotency_keys CASCADE;
      DROP FUNCTION IF EXISTS refuse_ledger_rewrite();`);
  }
}
