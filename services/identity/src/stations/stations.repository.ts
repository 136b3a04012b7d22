import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StationDto } from '#linli/contracts';

export interface StationRow {
  id: string;
  name: string;
  region: string;
  timezone: string;
  rootNodeId: string;
  createdAt: Date;
}

/** The only place that reads or writes identity's `stations` table (its copy of each station it opened). */
@Injectable()
export class StationsRepository {
  async insert(manager: EntityManager, tenantId: string, station: Omit<StationDto, 'id' | 'createdAt'>): Promise<void> {
    await manager.query(
      'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
      [tenantId, station.name, station.region, station.timezone, station.rootNodeId],
    );
  }

  async find(manager: EntityManager, tenantId: string): Promise<StationRow | undefined> {
    const [row] = await manager.query(
      `SELECT tenant_id AS id, name, region, timezone, root_node_id AS "rootNodeId", created_at AS "createdAt"
         FROM stations WHERE tenant_id = $1`,
      [tenantId],
    );
    return row;
  }

  /** The stations among these ids, in name order (ids of no station are simply absent). */
  findMany(manager: EntityManager, tenantIds: string[]): Promise<StationRow[]> {
    return manager.query(
      `SELECT tenant_id AS id, name, region, timezone, root_node_id AS "rootNodeId", created_at AS "createdAt"
         FROM stations WHERE tenant_id = ANY($1) ORDER BY name`,
      [tenantIds],
    );
  }
}
