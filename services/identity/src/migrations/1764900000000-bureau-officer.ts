import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bureau officer (民政局督导) holds a `bureau_officer` grant at the root of each station they
 * supervise; the grant's tenant is that station, the account's is none (like the platform admin).
 */
export class BureauOfficer1764900000000 implements MigrationInterface {
  name = 'BureauOfficer1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grants DROP CONSTRAINT IF EXISTS grants_role_check`);
    await q.query(`ALTER TABLE grants ADD CONSTRAINT grants_role_check CHECK (role IN
      ('platform_admin', 'station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer', 'bureau_officer'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The role is gone with this migration, and so are its grants.
    await q.query(`DELETE FROM grants WHERE role = 'bureau_officer'`);
    await q.query(`ALTER TABLE grants DROP CONSTRAINT IF EXISTS grants_role_check`);
    await q.query(`ALTER TABLE grants ADD CONSTRAINT grants_role_check CHECK (role IN
      ('platform_admin', 'station_head', 'community_lead', 'village_lead', 'team_leader', 'volunteer'))`);
  }
}
