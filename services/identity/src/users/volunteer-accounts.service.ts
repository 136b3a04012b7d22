import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  IdentityEvents,
  OrganisationsSubjects,
  type CreateVolunteerAccountDto,
  type TierNodeDto,
  type VolunteerAccountDto,
} from '#linli/contracts';
import { addToOutbox, OutboxRelay, ServiceClient, type CallerContext } from '#linli/platform';
import { audit } from '../audit/audit.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { ACCOUNT_MANAGERS } from '../grants/grant-rules.js';
import { IdentityErrors } from './identity.exception.js';
import { UsersService } from './users.service.js';

/** Accounts for volunteers, created by the volunteers service as a leader registers them or they register themselves. */
@Injectable()
export class VolunteerAccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersService,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
  ) {}

  async create(caller: CallerContext, dto: CreateVolunteerAccountDto): Promise<VolunteerAccountDto> {
    // The organisations service, asked with the caller's token, confirms the node is in their station and subtree.
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id: dto.tierNodeId }, caller);
    const path = `/${[...node.ancestors, node.id].join('/')}/`;
    const manages = caller.grants.some((g) => ACCOUNT_MANAGERS.includes(g.role) && path.startsWith(g.tierPath));
    if (!caller.system && !manages) throw IdentityErrors.outsideScope();
    const [existing] = await this.ds.query(
      'SELECT id, volunteer_id AS "volunteerId", tenant_id AS "tenantId", status FROM users WHERE phone = $1',
      [dto.phone],
    );
    if (existing && existing.volunteerId === dto.volunteerId) {
      // A retry of the same registration: the account already exists.
      return { userId: existing.id, status: existing.status };
    }
    const id = randomUUID();
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const auth = this.moduleRef.get(AuthService, { strict: false });
    const code = await this.ds.transaction(async (manager) => {
      await this.users.assertFree(manager, caller, dto.phone);
      await manager.query(
        `INSERT INTO users (id, tenant_id, name, phone, password_hash, status, volunteer_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          caller.tenantId,
          dto.name.trim(),
          dto.phone,
          passwordHash,
          passwordHash ? 'active' : 'pending_activation',
          dto.volunteerId,
          caller.userId,
        ],
      );
      await manager.query(
        `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_node_name, tier_path, granted_by) VALUES ($1, $2, $3, 'volunteer', $4, $5, $6, $7)`,
        [randomUUID(), caller.tenantId, id, node.id, node.name, path, caller.userId],
      );
      await audit(manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        action: 'volunteer_account.created',
        targetType: 'user',
        targetId: id,
        details: { volunteerId: dto.volunteerId },
      });
      await addToOutbox(manager, {
        subject: IdentityEvents.userCreated,
        tenantId: caller.tenantId,
        payload: { userId: id, name: dto.name, volunteerId: dto.volunteerId },
      });
      return passwordHash ? undefined : auth.newActivationCode(manager, id, caller.userId);
    });
    this.relay.kick();
    return {
      userId: id,
      status: passwordHash ? 'active' : 'pending_activation',
      ...(code ? { activationCode: code } : {}),
    };
  }
}
