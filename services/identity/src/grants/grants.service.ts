import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  IdentityEvents,
  OrganisationsSubjects,
  type CreateGrantDto,
  type GrantDto,
  type TierNodeDto,
} from '#linli/contracts';
import { addToOutbox, OutboxRelay, ServiceClient, type CallerContext, type Role } from '#linli/platform';
import { audit } from '../audit/audit.js';
import { IdentityErrors } from '../users/identity.exception.js';
import { toGrantDto } from '../users/user.mapper.js';
import { mayGrant, roleFitsLevel } from './grant-rules.js';

@Injectable()
export class GrantsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
  ) {}

  /** Grants a role at a node; the organisations service, asked with the caller's own token, decides whether the node is theirs. */
  async create(caller: CallerContext, dto: CreateGrantDto): Promise<GrantDto> {
    if (!caller.grants.some((g) => ['station_head', 'community_lead', 'village_lead'].includes(g.role))) {
      throw IdentityErrors.forbidden();
    }
    const [user] = await this.ds.query('SELECT id FROM users WHERE id = $1 AND tenant_id = $2', [
      dto.userId,
      caller.tenantId,
    ]);
    if (!user) throw IdentityErrors.userNotFound(dto.userId);
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id: dto.tierNodeId }, caller);
    const path = `/${[...node.ancestors, node.id].join('/')}/`;
    if (!roleFitsLevel(dto.role, node.level)) throw IdentityErrors.grantLevel(dto.role, node.level);
    if (!mayGrant(caller.grants, dto.role, path)) throw IdentityErrors.outsideScope();
    const id = randomUUID();
    try {
      await this.ds.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_node_name, tier_path, granted_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, caller.tenantId, dto.userId, dto.role, node.id, node.name, path, caller.userId],
        );
        await audit(manager, {
          tenantId: caller.tenantId,
          actorId: caller.userId,
          action: 'grant.created',
          targetType: 'user',
          targetId: dto.userId,
          details: { grantId: id, role: dto.role, tierNodeId: node.id },
        });
        await addToOutbox(manager, {
          subject: IdentityEvents.grantCreated,
          tenantId: caller.tenantId,
          payload: { grantId: id, userId: dto.userId, role: dto.role, tierNodeId: node.id, tierPath: path },
        });
      });
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'grants_live')
        throw IdentityErrors.grantExists();
      throw error;
    }
    this.relay.kick();
    return toGrantDto({
      id,
      userId: dto.userId,
      role: dto.role,
      tierNodeId: node.id,
      tierNodeName: node.name,
      tierPath: path,
    });
  }

  async revoke(caller: CallerContext, id: string): Promise<{ revoked: true }> {
    await this.ds.transaction(async (manager) => {
      const [grant] = await manager.query(
        `SELECT id, user_id AS "userId", role, tier_node_id AS "tierNodeId", tier_path AS "tierPath" FROM grants
          WHERE id = $1 AND tenant_id = $2 AND revoked_at IS NULL FOR UPDATE`,
        [id, caller.tenantId],
      );
      if (!grant) throw IdentityErrors.grantNotFound(id);
      if (!mayGrant(caller.grants, grant.role as Role, grant.tierPath)) throw IdentityErrors.outsideScope();
      if (grant.role === 'station_head') {
        const [{ heads }] = await manager.query(
          `SELECT count(*)::int AS heads FROM grants WHERE tenant_id = $1 AND role = 'station_head' AND revoked_at IS NULL`,
          [caller.tenantId],
        );
        if (heads <= 1) throw IdentityErrors.lastHead();
      }
      await manager.query('UPDATE grants SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [id, caller.userId]);
      await audit(manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        action: 'grant.revoked',
        targetType: 'user',
        targetId: grant.userId,
        details: { grantId: id, role: grant.role, tierNodeId: grant.tierNodeId },
      });
      await addToOutbox(manager, {
        subject: IdentityEvents.grantRevoked,
        tenantId: caller.tenantId,
        payload: { grantId: id, userId: grant.userId, role: grant.role },
      });
    });
    this.relay.kick();
    return { revoked: true };
  }
}
