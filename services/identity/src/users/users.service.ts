import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  IdentityEvents,
  OrganisationsSubjects,
  type TierNodeDto,
  type CreateUserDto,
  type CreatedUserDto,
  type ListUsersQuery,
  type Page,
  type UserDto,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, ServiceClient, type CallerContext } from '#linli/platform';
import { audit } from '../audit/audit.js';
import { AuthService } from '../auth/auth.service.js';
import { ACCOUNT_MANAGERS } from '../grants/grant-rules.js';
import { IdentityErrors } from './identity.exception.js';
import { toUserDto, type GrantRow, type UserRow } from './user.mapper.js';

const USER_COLUMNS = `id, tenant_id AS "tenantId", name, phone, username, status, volunteer_id AS "volunteerId"`;

@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
    private readonly services: ServiceClient,
  ) {}

  async findRow(manager: EntityManager, id: string): Promise<(UserRow & { tenantId: string }) | undefined> {
    const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row;
  }

  async liveGrants(manager: EntityManager, userIds: string[]): Promise<GrantRow[]> {
    if (userIds.length === 0) return [];
    return manager.query(
      `SELECT id, user_id AS "userId", role, tier_node_id AS "tierNodeId", tier_node_name AS "tierNodeName", tier_path AS "tierPath"
         FROM grants WHERE user_id = ANY($1) AND revoked_at IS NULL ORDER BY created_at`,
      [userIds],
    );
  }

  /** Paths in which the caller manages accounts; 403 for roles that manage none. */
  managedPaths(caller: CallerContext): string[] {
    const paths = caller.grants.filter((g) => ACCOUNT_MANAGERS.includes(g.role)).map((g) => g.tierPath);
    if (paths.length === 0) throw IdentityErrors.forbidden();
    return paths;
  }

  /** Registers a person in the caller's station; they activate it with the returned one-time code. */
  async create(caller: CallerContext, dto: CreateUserDto): Promise<CreatedUserDto> {
    this.managedPaths(caller);
    return idempotent(this.ds, caller, 'user.create', dto, async () => {
      const id = randomUUID();
      const auth = this.moduleRef.get(AuthService, { strict: false });
      const code = await this.ds.transaction(async (manager) => {
        await this.assertFree(manager, caller, dto.phone, dto.username);
        await manager.query(
          `INSERT INTO users (id, tenant_id, name, phone, username, status, created_by) VALUES ($1, $2, $3, $4, $5, 'pending_activation', $6)`,
          [id, caller.tenantId, dto.name.trim(), dto.phone, dto.username ?? null, caller.userId],
        );
        await audit(manager, {
          tenantId: caller.tenantId,
          actorId: caller.userId,
          action: 'user.created',
          targetType: 'user',
          targetId: id,
        });
        await addToOutbox(manager, {
          subject: IdentityEvents.userCreated,
          tenantId: caller.tenantId,
          payload: { userId: id, name: dto.name },
        });
        return auth.newActivationCode(manager, id, caller.userId);
      });
      this.relay.kick();
      const user = (await this.findRow(this.ds.manager, id))!;
      return { ...toUserDto(user, []), activationCode: code };
    });
  }

  async assertFree(manager: EntityManager, caller: CallerContext, phone: string, username?: string): Promise<void> {
    const [byPhone] = await manager.query('SELECT id, tenant_id AS "tenantId" FROM users WHERE phone = $1', [phone]);
    // The existing account is named only to someone of the same station.
    if (byPhone) throw IdentityErrors.phoneTaken(byPhone.tenantId === caller.tenantId ? byPhone.id : undefined);
    if (username) {
      const [byName] = await manager.query('SELECT 1 FROM users WHERE username = $1', [username]);
      if (byName) throw IdentityErrors.usernameTaken();
    }
  }

  /** Accounts holding a grant inside the caller's subtrees (optionally one node's subtree and one role). */
  async list(caller: CallerContext, query: ListUsersQuery): Promise<Page<UserDto>> {
    const managed = this.managedPaths(caller);
    const params: unknown[] = [caller.tenantId, managed.map((p) => `${p}%`)];
    const where = ['g.tenant_id = $1', 'g.revoked_at IS NULL', 'g.tier_path LIKE ANY($2)'];
    if (query.tierNodeId) {
      // The organisations service, asked with the caller's own token, says whether the node is theirs to see.
      const node = await this.services.send<TierNodeDto>(
        OrganisationsSubjects.tierGet,
        { id: query.tierNodeId },
        caller,
      );
      const path = `/${[...node.ancestors, node.id].join('/')}/`;
      if (!managed.some((p) => path.startsWith(p))) throw IdentityErrors.outsideScope();
      params.push(`${path}%`);
      where.push(`g.tier_path LIKE $${params.length}`);
    }
    if (query.role) {
      params.push(query.role);
      where.push(`g.role = $${params.length}`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(DISTINCT g.user_id)::int AS total FROM grants g WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: UserRow[] = await this.ds.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT g.user_id FROM grants g WHERE ${where.join(' AND ')})
        ORDER BY name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const grants = await this.liveGrants(
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
