import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StationEntity } from './station.entity.js';

/** All SQL of the `stations` table. */
@Injectable()
export class StationsRepository {
  find(manager: EntityManager, tenantId: string): Promise<StationEntity | null> {
    return manager.findOne(StationEntity, { where: { tenantId } });
  }

  all(manager: EntityManager): Promise<StationEntity[]> {
    return manager.find(StationEntity, { order: { createdAt: 'ASC' } });
  }

  /** Fails with the `stations_name` unique violation when another station has the name. */
  async insert(
    manager: EntityManager,
    station: Pick<StationEntity, 'tenantId' | 'name' | 'region' | 'timezone' | 'rootNodeId'>,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
      [station.tenantId, station.name, station.region, station.timezone, station.rootNodeId],
    );
  }
}
