import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoleName, UserNameDto } from '#linli/contracts';
import type { UserRow } from './user.mapper.js';

const USER_COLUMNS = `id, tenant_id AS "tenantId", name, phone, username, status, volunteer_id AS "volunteerId"`;

export type UserStatus = 'active' | 'pending_activation' | 'disabled';

/** A user row with its tenant, as every caller inside identity needs it. */
export type TenantUserRow = UserRow & { tenantId: string };

export interface NewUser {
  id: string;
  tenantId: string;
  name: string;
  phone: string;
  username?: string | null;
  passwordHash?: string | null;
  status: Exclude<UserStatus, 'disabled'>;
  volunteerId?: string | null;
  createdBy: string;
}

/** Which accounts a list shows: those with a live grant under one of `within`, optionally one subtree and role. */
export interface UserListFilter {
  tenantId: string;
  /** Materialised paths the caller manages; an account must hold a grant under one of them. */
  within: string[];
  subtree?: string;
  role?: RoleName;
  limit: number;
  offset: number;
}

/** The only place that reads or writes the `users` table. */
@Injectable()
export class UsersRepository {
  async find(manager: EntityManager, id: string): Promise<TenantUserRow | undefined> {
    const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row;
  }

  async existsInTenant(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM users WHERE id = $1 AND tenant_id = $2', [id, tenantId]);
    return rows.length > 0;
  }

  /** Phones are unique across every station. */
  async findByPhone(manager: EntityManager, phone: string): Promise<TenantUserRow | undefined> {
    const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM users WHERE phone = $1`, [phone]);
    return row;
  }

  async usernameTaken(manager: EntityManager, username: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM users WHERE username = $1', [username]);
    return rows.length > 0;
  }

  /** The account someone logs in as, with the password hash no other read returns. */
  async findForLogin(
    manager: EntityManager,
    by: 'phone' | 'username',
    login: string,
  ): Promise<(TenantUserRow & { passwordHash: string | null }) | undefined> {
    const column = by === 'phone' ? 'phone' : 'username';
    const [row] = await manager.query(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE ${column} = $1`,
      [login],
    );
    return row;
  }

  async insert(manager: EntityManager, user: NewUser): Promise<void> {
    await manager.query(
      `INSERT INTO users (id, tenant_id, name, phone, username, password_hash, status, volunteer_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        user.id,
        user.tenantId,
        user.name,
        user.phone,
        user.username ?? null,
        user.passwordHash ?? null,
        user.status,
        user.volunteerId ?? null,
        user.createdBy,
      ],
    );
  }

  async touchLastLogin(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  async activate(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE users SET status = 'active', password_hash = $2, updated_at = now() WHERE id = $1`, [
      id,
      passwordHash,
    ]);
  }

  /** Display names of the station's accounts among `ids`; unknown ids and other stations' are left out. */
  async names(manager: EntityManager, tenantId: string, ids: string[]): Promise<UserNameDto[]> {
    return manager.query('SELECT id, name FROM users WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY name, id', [
      tenantId,
      ids,
    ]);
  }

  /** One page of accounts (by name) and how many match in all. */
  async list(manager: EntityManager, filter: UserListFilter): Promise<{ rows: UserRow[]; total: number }> {
    const params: unknown[] = [filter.tenantId, filter.within.map((p) => `${p}%`)];
    const where = ['g.tenant_id = $1', 'g.revoked_at IS NULL', 'g.tier_path LIKE ANY($2)'];
    if (filter.subtree) {
      params.push(`${filter.subtree}%`);
      where.push(`g.tier_path LIKE $${params.length}`);
    }
    if (filter.role) {
      params.push(filter.role);
      where.push(`g.role = $${params.length}`);
    }
    const granted = `SELECT g.user_id FROM grants g WHERE ${where.join(' AND ')}`;
    const [{ total }] = await manager.query(
      `SELECT count(DISTINCT g.user_id)::int AS total FROM grants g WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: UserRow[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE id IN (${granted})
        ORDER BY name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { rows, total };
  }
}
