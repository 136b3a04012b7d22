import type { DataSource } from 'typeorm';
import { DEMO_STATION, demoId as seedId, OrganisationsEvents, type StationEventPayload } from '#linli/contracts';
import { addToOutbox } from '#linli/platform';
import { jiulongOrganisations, jiulongTiers } from './jiulong.data.js';

/**
 * Seeds Jiulong Street station as it stood on 30 November 2021: the three-tier tree and its
 * 254 community organisations with their registry dates and status histories. Does nothing
 * when the station already exists. Returns whether it seeded.
 */
export async function seedDemoStation(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (manager) => {
    // Serialise concurrent seeders (two replicas starting together).
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['organisations.seed-demo']);
    const [existing] = await manager.query('SELECT 1 FROM stations WHERE tenant_id = $1', [DEMO_STATION.tenantId]);
    if (existing) return false;
    const tenantId = DEMO_STATION.tenantId;
    await manager.query(
      'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
      [tenantId, DEMO_STATION.name, DEMO_STATION.region, DEMO_STATION.timezone, DEMO_STATION.rootNodeId],
    );
    // Activities and hours learn the station's time zone from this event, as for any station.
    await addToOutbox<StationEventPayload>(manager, {
      id: seedId('event', 'station'),
      subject: OrganisationsEvents.stationCreated,
      tenantId,
      payload: {
        tenantId,
        name: DEMO_STATION.name,
        region: DEMO_STATION.region,
        timezone: DEMO_STATION.timezone,
        rootNodeId: DEMO_STATION.rootNodeId,
      },
    });
    const nodes = new Map<string, { id: string; path: string }>();
    for (const tier of jiulongTiers()) {
      const id = tier.parentKey === null ? DEMO_STATION.rootNodeId : seedId('tier', tier.key);
      const parent = tier.parentKey === null ? undefined : nodes.get(tier.parentKey);
      const path = `${parent?.path ?? '/'}${id}/`;
      nodes.set(tier.key, { id, path });
      await manager.query(
        `INSERT INTO tier_nodes (id, tenant_id, parent_id, level, name, code, path, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '2021-06-01T09:00:00+08:00', '2021-06-01T09:00:00+08:00')`,
        [id, tenantId, parent?.id ?? null, tier.level, tier.name, tier.code, path],
      );
    }
    for (const org of jiulongOrganisations()) {
      const id = seedId('organisation', org.name);
      const node = nodes.get(org.tierKey)!;
      const history = org.statusHistory;
      const current = history[history.length - 1];
      const createdAt = `${org.joinedOn}T10:00:00+08:00`;
      await manager.query(
        `INSERT INTO organisations (id, tenant_id, tier_node_id, tier_path, name, type, status, status_since, founded_on,
           joined_on, leader, contact, member_count, description, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)`,
        [
          id,
          tenantId,
          node.id,
          node.path,
          org.name,
          org.type,
          current.status,
          current.effectiveOn,
          org.foundedOn,
          org.joinedOn,
          org.leader,
          org.contact,
          org.memberCount,
          org.description,
          createdAt,
        ],
      );
      let from: string | null = null;
      for (const [index, entry] of history.entries()) {
        await manager.query(
          `INSERT INTO organisation_status_changes (id, tenant_id, organisation_id, from_status, to_status, reason, effective_on, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            seedId('status', `${org.name}:${index}`),
            tenantId,
            id,
            from,
            entry.status,
            entry.reason,
            entry.effectiveOn,
            `${entry.effectiveOn}T10:00:00+08:00`,
          ],
        );
        from = entry.status;
      }
      await addToOutbox(manager, {
        id: seedId('event', org.name),
        subject: OrganisationsEvents.organisationCreated,
        tenantId,
        payload: {
          organisationId: id,
          name: org.name,
          type: org.type,
          status: current.status,
          tierNodeId: node.id,
          tierPath: node.path,
          joinedOn: org.joinedOn,
        },
      });
    }
    return true;
  });
}
