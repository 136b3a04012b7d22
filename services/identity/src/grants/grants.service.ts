import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  IdentityApi,
  OrganisationsSubjects,
  tierPath,
  type CreateGrantDto,
  type GrantDto,
  type TierNodeDto,
} from '#linli/contracts';
import { OutboxRelay, publishEvent, ServiceClient, type CallerContext } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { IdentityErrors } from '../identity.errors.js';
import { UsersRepository } from '../users/users.repository.js';
import { toGrantDto } from './grant.mapper.js';
import { GrantsRepository, isDuplicateGrant } from './grants.repository.js';
import { mayGrant, mayGrantAny, roleFitsLevel } from './grants.rules.js';

/** Roles at tier nodes: who may hand out which, where, and the last station head who stays. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
    private readonly repository: GrantsRepository,
    private readonly users: UsersRepository,
    private readonly auditLog: AuditRepository,
  ) {}

  /** Grants a role at a node; the organisations service, asked with the caller's own token, decides whether the node is theirs. */
  async create(caller: CallerContext, dto: CreateGrantDto): Promise<GrantDto> {
    if (!mayGrantAny(caller.grants)) throw IdentityErrors.forbidden();
    if (!(await this.users.existsInTenant(this.ds.manager, caller.tenantId, dto.userId))) {
      throw IdentityErrors.userNotFound(dto.userId);
    }
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id: dto.tierNodeId }, caller);
    const path = tierPath(node.ancestors, node.id);
    if (!roleFitsLevel(dto.role, node.level)) throw IdentityErrors.grantLevel(dto.role, node.level);
    if (!mayGrant(caller.grants, dto.role, path)) throw IdentityErrors.outsideScope();
    const grant = {
      id: randomUUID(),
      tenantId: caller.tenantId,
      userId: dto.userId,
      role: dto.role,
      tierNodeId: node.id,
      tierNodeName: node.name,
      tierPath: path,
      grantedBy: caller.userId,
    };
    try {
      await this.ds.transaction(async (manager) => {
        await this.repository.insert(manager, grant);
        await this.auditLog.record(manager, {
          tenantId: caller.tenantId,
          actorId: caller.userId,
          action: 'grant.created',
          targetType: 'user',
          targetId: dto.userId,
          details: { grantId: grant.id, role: dto.role, tierNodeId: node.id },
        });
        await publishEvent(manager, IdentityApi.events.grantCreated, caller.tenantId, {
          grantId: grant.id,
          userId: dto.userId,
          role: dto.role,
          tierNodeId: node.id,
          tierPath: path,
        });
      });
    } catch (error) {
      if (isDuplicateGrant(error)) throw IdentityErrors.grantExists();
      throw error;
    }
    this.relay.kick();
    return toGrantDto(grant);
  }

  async revoke(caller: CallerContext, id: string): Promise<{ revoked: true }> {
    await this.ds.transaction(async (manager) => {
      const grant = await this.repository.findLiveForUpdate(manager, caller.tenantId, id);
      if (!grant) throw IdentityErrors.grantNotFound(id);
      if (!mayGrant(caller.grants, grant.role, grant.tierPath)) throw IdentityErrors.outsideScope();
      if (grant.role === 'station_head' && (await this.repository.countLiveHeads(manager, caller.tenantId)) <= 1) {
        throw IdentityErrors.lastHead();
      }
      await this.repository.revoke(manager, id, caller.userId);
      await this.auditLog.record(manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        action: 'grant.revoked',
        targetType: 'user',
        targetId: grant.userId,
        details: { grantId: id, role: grant.role, tierNodeId: grant.tierNodeId },
      });
      await publishEvent(manager, IdentityApi.events.grantRevoked, caller.tenantId, {
        grantId: id,
        userId: grant.userId,
        role: grant.role,
      });
    });
    this.relay.kick();
    return { revoked: true };
  }
}
