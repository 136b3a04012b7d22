import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stations opened before `evt.organisations.station.created` existed never announced their time
 * zone; this queues the event for each of them, so activities and hours learn it. Stations that
 * already have one (the demo's, new ones) are left alone.
 */
export class StationEventsBackfill1733400000000 implements MigrationInterface {
  name = 'StationEventsBackfill1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO outbox (id, tenant_id, subject, payload)
      SELECT gen_random_uuid(), s.tenant_id, 'evt.organisations.station.created',
             jsonb_build_object('tenantId', s.tenant_id, 'name', s.name, 'region', s.region,
                                'timezone', s.timezone, 'rootNodeId', s.root_node_id)
        FROM stations s
       WHERE NOT EXISTS (SELECT 1 FROM outbox o
                          WHERE o.tenant_id = s.tenant_id AND o.subject = 'evt.organisations.station.created')`);
  }

  async down(): Promise<void> {
    // Events already relayed cannot be taken back; nothing to undo.
  }
}
