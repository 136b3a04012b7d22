import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoleName } from '#linli/contracts';
import type { GrantRow } from './grant.mapper.js';

export interface NewGrant {
  id: string;
  tenantId: string;
  userId: string;
  role: RoleName;
  tierNodeId: string;
  tierNodeName: string;
  tierPath: string;
  grantedBy: string;
}

/** The only place that reads or writes the `grants` table. */
@Injectable()
export class GrantsRepository {
  /** Live grants of these users, oldest first. */
  async live(manager: EntityManager, userIds: string[]): Promise<GrantRow[]> {
    if (userIds.length === 0) return [];
    return manager.query(
      `SELECT id, user_id AS "userId", role, tier_node_id AS "tierNodeId", tier_node_name AS "tierNodeName", tier_path AS "tierPath"
         FROM grants WHERE user_id = ANY($1) AND revoked_at IS NULL ORDER BY created_at`,
      [userIds],
    );
  }

  /** Fails on the `grants_live` constraint when the user already holds this role at this node. */
  async insert(manager: EntityManager, grant: NewGrant): Promise<void> {
    await manager.query(
      `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_node_name, tier_path, granted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        grant.id,
        grant.tenantId,
        grant.userId,
        grant.role,
        grant.tierNodeId,
        grant.tierNodeName,
        grant.tierPath,
        grant.grantedBy,
      ],
    );
  }

  /** A live grant of the tenant, locked until the transaction ends. */
  async findLiveForUpdate(manager: EntityManager, tenantId: string, id: string): Promise<GrantRow | undefined> {
    const [grant] = await manager.query(
      `SELECT id, user_id AS "userId", role, tier_node_id AS "tierNodeId", tier_node_name AS "tierNodeName", tier_path AS "tierPath"
         FROM grants WHERE id = $1 AND tenant_id = $2 AND revoked_at IS NULL FOR UPDATE`,
      [id, tenantId],
    );
    return grant;
  }

  async countLiveHeads(manager: EntityManager, tenantId: string): Promise<number> {
    const [{ heads }] = await manager.query(
      `SELECT count(*)::int AS heads FROM grants WHERE tenant_id = $1 AND role = 'station_head' AND revoked_at IS NULL`,
      [tenantId],
    );
    return heads;
  }

  /** The stations each of these bureau officers supervises: live `bureau_officer` grants, by user. */
  async supervisions(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Array<{ userId: string; stationId: string; tierPath: string }>> {
    if (userIds.length === 0) return [];
    return manager.query(
      `SELECT user_id AS "userId", tenant_id AS "stationId", tier_path AS "tierPath"
         FROM grants WHERE user_id = ANY($1) AND role = 'bureau_officer' AND revoked_at IS NULL ORDER BY created_at`,
      [userIds],
    );
  }

  /** Ends an officer's supervision of every station not in `keep`. */
  async revokeSupervisionsExcept(
    manager: EntityManager,
    userId: string,
    keep: string[],
    revokedBy: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE grants SET revoked_at = now(), revoked_by = $3
        WHERE user_id = $1 AND role = 'bureau_officer' AND revoked_at IS NULL AND NOT (tenant_id = ANY($2))`,
      [userId, keep, revokedBy],
    );
  }

  /** Users holding a live grant of this role, oldest first. */
  async holders(manager: EntityManager, role: string): Promise<string[]> {
    const rows: Array<{ userId: string }> = await manager.query(
      `SELECT user_id AS "userId" FROM grants WHERE role = $1 AND revoked_at IS NULL GROUP BY user_id ORDER BY min(created_at)`,
      [role],
    );
    return rows.map((r) => r.userId);
  }

  async revoke(manager: EntityManager, id: string, revokedBy: string): Promise<void> {
    await manager.query('UPDATE grants SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [id, revokedBy]);
  }
}

/** Whether a failed insert hit the one-live-grant-per-role-and-node constraint. */
export function isDuplicateGrant(error: unknown): boolean {
  return (error as { driverError?: { constraint?: string } }).driverError?.constraint === 'grants_live';
}
