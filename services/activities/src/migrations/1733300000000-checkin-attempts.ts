import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Wrong self check-in codes per sign-up, so a 6-digit code cannot be guessed by trying them all. */
export class CheckinAttempts1733300000000 implements MigrationInterface {
  name = 'CheckinAttempts1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE signups ADD COLUMN checkin_failures int NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE signups DROP COLUMN checkin_failures');
  }
}
