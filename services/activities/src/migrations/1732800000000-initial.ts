import type { MigrationInterface, QueryRunner } from 'typeorm';
import { platformTablesSql } from '#linli/platform';

/**
 * The activities schema. The invariants that matter to volunteers live here, not in Node:
 * a shift's confirmed count is kept by a trigger and checked against its capacity; no
 * volunteer holds two overlapping confirmed places (exclusion constraint on the sign-up's
 * copy of its shift's times); one live sign-up per volunteer and shift; waitlist positions
 * unique per shift.
 */
export class Initial1732800000000 implements MigrationInterface {
  name = 'Initial1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

-- Per-station settings; a station without a row uses the defaults (Asia/Shanghai, ±30 min self check-in).
CREATE TABLE station_settings (
  tenant_id uuid PRIMARY KEY,
  timezone text NOT NULL DEFAULT 'Asia/Shanghai',
  checkin_opens_minutes int NOT NULL DEFAULT 30 CHECK (checkin_opens_minutes BETWEEN 0 AND 1440),
  checkin_closes_minutes int NOT NULL DEFAULT 30 CHECK (checkin_closes_minutes BETWEEN 0 AND 1440),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Local copy of the volunteers service's profiles, fed by evt.volunteers.volunteer.* (inbox-deduplicated).
CREATE TABLE volunteers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  name text NOT NULL,
  sex text,
  birth_date date,
  skills text[] NOT NULL DEFAULT '{}',
  status text NOT NULL,
  is_minor boolean NOT NULL DEFAULT false,
  guardian_consent boolean NOT NULL DEFAULT false,
  has_insurance boolean,
  insured_until date,
  source_occurred_at timestamptz NOT NULL DEFAULT '-infinity',
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX volunteers_path ON volunteers (tenant_id, tier_path text_pattern_ops);

-- Paths of tier nodes this service has been told about (the tree belongs to organisations).
CREATE TABLE tier_paths (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  path text NOT NULL
);

CREATE TABLE projects (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  domain text NOT NULL CHECK (domain IN ('social_assistance', 'elderly_care', 'child_care', 'community_governance')),
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  description text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX projects_name ON projects (tenant_id, name);
CREATE INDEX projects_path ON projects (tenant_id, tier_path text_pattern_ops);

CREATE TABLE activities (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  project_id uuid REFERENCES projects (id),
  team_id uuid,
  tier_node_id uuid NOT NULL,
  tier_path text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  location text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  risk_level text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
  min_age int CHECK (min_age BETWEEN 0 AND 100),
  description text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX activities_path ON activities (tenant_id, tier_path text_pattern_ops);
CREATE INDEX activities_project ON activities (project_id);

CREATE TABLE shifts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  activity_id uuid NOT NULL REFERENCES activities (id),
  series_id uuid,
  series_index int,
  recurrence text,
  tier_path text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity int NOT NULL CHECK (capacity > 0),
  confirmed_count int NOT NULL DEFAULT 0,
  waitlist_count int NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
  role text,
  required_skills text[] NOT NULL DEFAULT '{}',
  signup_opens_at timestamptz,
  cancel_cutoff_minutes int NOT NULL DEFAULT 0 CHECK (cancel_cutoff_minutes >= 0),
  checkin_code text NOT NULL CHECK (checkin_code ~ '^[0-9]{6}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CONSTRAINT shifts_capacity CHECK (confirmed_count BETWEEN 0 AND capacity)
);
CREATE INDEX shifts_time ON shifts (tenant_id, starts_at);
CREATE INDEX shifts_activity ON shifts (activity_id, starts_at);
CREATE INDEX shifts_series ON shifts (series_id, starts_at) WHERE series_id IS NOT NULL;
CREATE INDEX shifts_path ON shifts (tenant_id, tier_path text_pattern_ops);

-- A sign-up carries its shift's times so Postgres can hold "no two overlapping confirmed shifts".
CREATE TABLE signups (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  shift_id uuid NOT NULL REFERENCES shifts (id),
  volunteer_id uuid NOT NULL REFERENCES volunteers (id),
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  position int CHECK (position > 0),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  signed_up_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  checked_in_at timestamptz,
  checked_in_by text,
  checked_out_at timestamptz,
  checked_out_by text,
  no_show_at timestamptz,
  CHECK ((status = 'waitlisted') = (position IS NOT NULL)),
  CHECK (checked_out_at IS NULL OR checked_in_at IS NOT NULL),
  CONSTRAINT signups_no_overlap EXCLUDE USING gist (
    tenant_id WITH =, volunteer_id WITH =, tstzrange(starts_at, ends_at) WITH &&
  ) WHERE (status = 'confirmed'),
  -- Positions stay unique while a cancel closes the gap row by row; checked at commit.
  CONSTRAINT signups_waitlist_position EXCLUDE USING gist (shift_id WITH =, position WITH =)
    WHERE (status = 'waitlisted') DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX signups_live ON signups (shift_id, volunteer_id) WHERE status IN ('confirmed', 'waitlisted');
CREATE INDEX signups_volunteer ON signups (tenant_id, volunteer_id, starts_at);
CREATE INDEX signups_due ON signups (starts_at) WHERE status = 'confirmed';

-- The shift's counters follow its sign-ups; the CHECK on shifts refuses a confirmed place beyond capacity.
CREATE FUNCTION signups_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE shifts SET confirmed_count = confirmed_count - (OLD.status = 'confirmed')::int,
                      waitlist_count = waitlist_count - (OLD.status = 'waitlisted')::int
     WHERE id = OLD.shift_id AND OLD.status IN ('confirmed', 'waitlisted');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE shifts SET confirmed_count = confirmed_count + (NEW.status = 'confirmed')::int,
                      waitlist_count = waitlist_count + (NEW.status = 'waitlisted')::int
     WHERE id = NEW.shift_id AND NEW.status IN ('confirmed', 'waitlisted');
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER signups_count AFTER INSERT OR DELETE OR UPDATE OF status ON signups
  FOR EACH ROW EXECUTE FUNCTION signups_count();

CREATE TABLE shift_messages (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  shift_id uuid NOT NULL REFERENCES shifts (id),
  text text NOT NULL,
  sent_by text NOT NULL,
  recipients int NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The in-app inbox.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  shift_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  read_at timestamptz
);
CREATE INDEX notifications_inbox ON notifications (tenant_id, volunteer_id, created_at DESC);

-- One row per reminder sent: a rerun or a second replica finds it and sends nothing.
CREATE TABLE reminders_sent (
  shift_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('24h', '2h')),
  tenant_id uuid NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (shift_id, volunteer_id, kind)
);

-- Private iCal feeds: only a hash of the token is stored.
CREATE TABLE calendar_feeds (
  tenant_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, volunteer_id)
);
`);
    await q.query(platformTablesSql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_feeds, reminders_sent, notifications, shift_messages, signups, shifts, activities,
      projects, tier_paths, volunteers, station_settings, outbox, inbox, idempotency_keys CASCADE;
      DROP FUNCTION IF EXISTS signups_count();`);
  }
}
