import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** All SQL on `tier_paths`: the materialised paths of tier nodes this service has been told about. */
@Injectable()
export class TierPathsRepository {
  async find(manager: EntityManager, tenantId: string, id: string): Promise<string | undefined> {
    const [row] = await manager.query('SELECT path FROM tier_paths WHERE id = $1 AND tenant_id = $2', [id, tenantId]);
    return row?.path;
  }

  /** Remembers a node's path (nodes never move, so the first answer stays true). */
  async remember(manager: EntityManager, tenantId: string, id: string, path: string): Promise<void> {
    await manager.query(
      'INSERT INTO tier_paths (id, tenant_id, path) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [id, tenantId, path],
    );
  }
}
