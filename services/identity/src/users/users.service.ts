import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  IdentityApi,
  OrganisationsSubjects,
  tierPath,
  type CreatedUserDto,
  type CreateUserDto,
  type ListUsersQuery,
  type Page,
  type TierNodeDto,
  type UserDto,
  type UserNameDto,
} from '#linli/contracts';
import { idempotent, OutboxRelay, publishEvent, ServiceClient, type CallerContext } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { GrantsRepository } from '../grants/grants.repository.js';
import { IdentityErrors } from '../identity.errors.js';
import { toUserDto } from './user.mapper.js';
import { UsersRepository } from './users.repository.js';
import { managedPaths } from './users.rules.js';

/** Accounts registered by a leader, and the accounts a leader may see. */
@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly services: ServiceClient,
    private readonly repository: UsersRepository,
    private readonly grants: GrantsRepository,
    private readonly credentials: CredentialsService,
    private readonly auditLog: AuditRepository,
  ) {}

  /** Paths in which the caller manages accounts; 403 for roles that manage none. */
  private managedPaths(caller: CallerContext): string[] {
    const paths = managedPaths(caller.grants);
    if (paths.length === 0) throw IdentityErrors.forbidden();
    return paths;
  }

  /** Registers a person in the caller's station; they activate it with the returned one-time code. */
  async create(caller: CallerContext, dto: CreateUserDto): Promise<CreatedUserDto> {
    this.managedPaths(caller);
    return idempotent(this.ds, caller, 'user.create', dto, async () => {
      const id = randomUUID();
      const code = await this.ds.transaction(async (manager) => {
        await this.assertFree(manager, caller, dto.phone, dto.username);
        await this.repository.insert(manager, {
          id,
          tenantId: caller.tenantId,
          name: dto.name.trim(),
          phone: dto.phone,
          username: dto.username ?? null,
          status: 'pending_activation',
          createdBy: caller.userId,
        });
        await this.auditLog.record(manager, {
          tenantId: caller.tenantId,
          actorId: caller.userId,
          action: 'user.created',
          targetType: 'user',
          targetId: id,
        });
        await publishEvent(manager, IdentityApi.events.userCreated, caller.tenantId, { userId: id, name: dto.name });
        return this.credentials.newActivationCode(manager, id, caller.userId);
      });
      this.relay.kick();
      const user = (await this.repository.find(this.ds.manager, id))!;
      return { ...toUserDto(user, []), activationCode: code };
    });
  }

  /** 409 when the phone or username belongs to someone; the existing account is named only to its own station. */
  async assertFree(manager: EntityManager, caller: CallerContext, phone: string, username?: string): Promise<void> {
    const byPhone = await this.repository.findByPhone(manager, phone);
    if (byPhone) throw IdentityErrors.phoneTaken(byPhone.tenantId === caller.tenantId ? byPhone.id : undefined);
    if (username && (await this.repository.usernameTaken(manager, username))) throw IdentityErrors.usernameTaken();
  }

  /**
   * Who the accounts are, by display name, in one batch: for leaders, who see in their exports and
   * queues who recorded or decided an entry. Scoped to the caller's station.
   */
  async names(caller: CallerContext, ids: string[]): Promise<UserNameDto[]> {
    this.managedPaths(caller);
    if (ids.length === 0) return [];
    return this.repository.names(this.ds.manager, caller.tenantId, [...new Set(ids)]);
  }

  /** Accounts holding a grant inside the caller's subtrees (optionally one node's subtree and one role). */
  async list(caller: CallerContext, query: ListUsersQuery): Promise<Page<UserDto>> {
    const managed = this.managedPaths(caller);
    let subtree: string | undefined;
    if (query.tierNodeId) {
      // The organisations service, asked with the caller's own token, says whether the node is theirs to see.
      const node = await this.services.send<TierNodeDto>(
        OrganisationsSubjects.tierGet,
        { id: query.tierNodeId },
        caller,
      );
      subtree = tierPath(node.ancestors, node.id);
      if (!managed.some((p) => subtree!.startsWith(p))) throw IdentityErrors.outsideScope();
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.repository.list(this.ds.manager, {
      tenantId: caller.tenantId,
      within: managed,
      subtree,
      role: query.role,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const grants = await this.grants.live(
      this.ds.manager,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) =>
        toUserDto(
          r,
          grants.filter((g) => g.userId === r.id),
        ),
      ),
      total,
      page,
      pageSize,
    };
  }
}
