import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `dead_letters`: events a consumer could not apply, set aside after a bounded number of
 * deliveries so the rest keep flowing. Each row keeps the whole message as received, why it
 * failed and how often it was tried; `npm run events:replay` publishes it again after a fix.
 * Added to every service schema by the same migration class.
 */
export class DeadLetters1764720000000 implements MigrationInterface {
  name = 'DeadLetters1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letters (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        event_id text,
        subject text NOT NULL,
        message text NOT NULL,
        reason text NOT NULL,
        deliveries int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz
      )`);
    await q.query('CREATE INDEX dead_letters_waiting ON dead_letters (created_at) WHERE replayed_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS dead_letters');
  }
}

export interface DeadLetter {
  consumer: string;
  eventId?: string;
  subject: string;
  message: string;
  reason: string;
  deliveries: number;
}

export async function recordDeadLetter(ds: DataSource | EntityManager, letter: DeadLetter): Promise<void> {
  await ds.query(
    'INSERT INTO dead_letters (consumer, event_id, subject, message, reason, deliveries) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      letter.consumer,
      letter.eventId ?? null,
      letter.subject,
      letter.message,
      letter.reason.slice(0, 2000),
      letter.deliveries,
    ],
  );
}

/** Dead letters waiting for a replay, for `/health`. */
export async function countDeadLetters(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM dead_letters WHERE replayed_at IS NULL');
  return n;
}

/**
 * Publishes the waiting dead letters (of one consumer, or all) again, as they were received,
 * and marks them replayed. Each goes out under a fresh dedup id so JetStream does not drop
 * it; consumers that had already applied the event find its id in their inbox and skip it.
 * Answers how many were published.
 */
export async function replayDeadLetters(
  ds: DataSource,
  nc: NatsConnection,
  options: { consumer?: string } = {},
): Promise<number> {
  const rows: { id: string; subject: string; message: string; eventId: string | null }[] = await ds.query(
    `SELECT id, subject, message, event_id AS "eventId" FROM dead_letters
      WHERE replayed_at IS NULL AND ($1::text IS NULL OR consumer = $1) ORDER BY id`,
    [options.consumer ?? null],
  );
  const js = jetstream(nc);
  for (const row of rows) {
    await js.publish(row.subject, row.message, { msgID: `${row.eventId ?? 'dead-letter'}-replay-${row.id}` });
    await ds.query('UPDATE dead_letters SET replayed_at = now() WHERE id = $1', [row.id]);
  }
  return rows.length;
}
