import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  IdentityApi,
  OrganisationsSubjects,
  tierPath,
  type CreateVolunteerAccountDto,
  type TierNodeDto,
  type VolunteerAccountDto,
} from '#linli/contracts';
import { OutboxRelay, publishEvent, ServiceClient, type CallerContext } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { hashPassword } from '../credentials/password.js';
import { GrantsRepository } from '../grants/grants.repository.js';
import { IdentityErrors } from '../identity.errors.js';
import { UsersRepository } from './users.repository.js';
import { managesPath } from './users.rules.js';
import { UsersService } from './users.service.js';

/** Accounts for volunteers, created by the volunteers service as a leader registers them or they register themselves. */
@Injectable()
export class VolunteerAccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly usersService: UsersService,
    private readonly users: UsersRepository,
    private readonly grants: GrantsRepository,
    private readonly credentials: CredentialsService,
    private readonly auditLog: AuditRepository,
    private readonly services: ServiceClient,
    private readonly relay: OutboxRelay,
  ) {}

  async create(caller: CallerContext, dto: CreateVolunteerAccountDto): Promise<VolunteerAccountDto> {
    // The organisations service, asked with the caller's token, confirms the node is in their station and subtree.
    const node = await this.services.send<TierNodeDto>(OrganisationsSubjects.tierGet, { id: dto.tierNodeId }, caller);
    const path = tierPath(node.ancestors, node.id);
    if (!caller.system && !managesPath(caller.grants, path)) throw IdentityErrors.outsideScope();
    const existing = await this.users.findByPhone(this.ds.manager, dto.phone);
    if (existing && existing.volunteerId === dto.volunteerId) {
      // A retry of the same registration: the account already exists.
      return { userId: existing.id, status: existing.status as VolunteerAccountDto['status'] };
    }
    const id = randomUUID();
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const code = await this.ds.transaction(async (manager) => {
      await this.usersService.assertFree(manager, caller, dto.phone);
      await this.users.insert(manager, {
        id,
        tenantId: caller.tenantId,
        name: dto.name.trim(),
        phone: dto.phone,
        passwordHash,
        status: passwordHash ? 'active' : 'pending_activation',
        volunteerId: dto.volunteerId,
        createdBy: caller.userId,
      });
      await this.grants.insert(manager, {
        id: randomUUID(),
        tenantId: caller.tenantId,
        userId: id,
        role: 'volunteer',
        tierNodeId: node.id,
        tierNodeName: node.name,
        tierPath: path,
        grantedBy: caller.userId,
      });
      await this.auditLog.record(manager, {
        tenantId: caller.tenantId,
        actorId: caller.userId,
        action: 'volunteer_account.created',
        targetType: 'user',
        targetId: id,
        details: { volunteerId: dto.volunteerId },
      });
      await publishEvent(manager, IdentityApi.events.userCreated, caller.tenantId, {
        userId: id,
        name: dto.name,
        volunteerId: dto.volunteerId,
      });
      return passwordHash ? undefined : this.credentials.newActivationCode(manager, id, caller.userId);
    });
    this.relay.kick();
    return {
      userId: id,
      status: passwordHash ? 'active' : 'pending_activation',
      ...(code ? { activationCode: code } : {}),
    };
  }
}
