import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TierLevel } from '#linli/contracts';
import { TierNodeEntity } from './tier-node.entity.js';

export type NewTierNode = Pick<TierNodeEntity, 'id' | 'tenantId' | 'parentId' | 'level' | 'name' | 'code' | 'path'>;

export interface VisibleNodeRow {
  id: string;
  parentId: string | null;
  level: TierLevel;
  name: string;
  code: string | null;
  path: string;
}

/** All SQL of the `tier_nodes` table. */
@Injectable()
export class TiersRepository {
  /** A node of the station, or null (another station's ids are simply not there). */
  findInTenant(manager: EntityManager, tenantId: string, id: string): Promise<TierNodeEntity | null> {
    return manager.findOne(TierNodeEntity, { where: { id, tenantId } });
  }

  /** Nodes whose path matches one of the `LIKE` patterns, in path order (parents before children). */
  visible(manager: EntityManager, tenantId: string, patterns: string[]): Promise<VisibleNodeRow[]> {
    return manager.query(
      `SELECT n.id, n.parent_id AS "parentId", n.level, n.name, n.code, n.path
         FROM tier_nodes n
        WHERE n.tenant_id = $1 AND n.path LIKE ANY($2)
        ORDER BY n.path`,
      [tenantId, patterns],
    );
  }

  /** The station's communities, by code then name. */
  communities(manager: EntityManager, tenantId: string): Promise<{ id: string; name: string }[]> {
    return manager.query(
      `SELECT id, name FROM tier_nodes WHERE tenant_id = $1 AND level = 'community' ORDER BY code, name`,
      [tenantId],
    );
  }

  /** Fails with a unique violation (`tier_nodes_code`, or a sibling's name) on a clash. */
  async insert(manager: EntityManager, node: NewTierNode): Promise<void> {
    await manager.query(
      `INSERT INTO tier_nodes (id, tenant_id, parent_id, level, name, code, path) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [node.id, node.tenantId, node.parentId, node.level, node.name, node.code, node.path],
    );
  }

  async rename(manager: EntityManager, node: TierNodeEntity): Promise<void> {
    await manager.save(TierNodeEntity, node);
  }
}
