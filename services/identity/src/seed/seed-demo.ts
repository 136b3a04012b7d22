import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STATION, demoId } from '#linli/contracts';
import { PLATFORM_TENANT } from '#linli/platform';
import { hashPassword } from '../credentials/password.js';

/** Node ids and paths of the demo tree, derived exactly as the organisations seed derives them. */
function demoNode(code: string): { id: string; path: string } {
  const root = DEMO_STATION.rootNodeId;
  if (code === 'root') return { id: root, path: `/${root}/` };
  const parts = code.split('-'); // JL-01 or JL-01-03
  const community = demoId('tier', parts.slice(0, 2).join('-'));
  if (parts.length === 2) return { id: community, path: `/${root}/${community}/` };
  const village = demoId('tier', code);
  return { id: village, path: `/${root}/${community}/${village}/` };
}

/** One active account per persona of the demo station, plus the platform admin. Does nothing twice. */
export async function seedDemoAccounts(ds: DataSource): Promise<boolean> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['identity.seed-demo']);
    const [existing] = await manager.query('SELECT 1 FROM stations WHERE tenant_id = $1', [DEMO_STATION.tenantId]);
    if (existing) return seedBureauOfficer(manager, hash);
    await manager.query(
      'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
      [DEMO_STATION.tenantId, DEMO_STATION.name, DEMO_STATION.region, DEMO_STATION.timezone, DEMO_STATION.rootNodeId],
    );
    for (const account of DEMO_ACCOUNTS) {
      if (account.role === 'bureau_officer') continue;
      const id = demoId('user', account.key);
      const tenantId = account.role === 'platform_admin' ? PLATFORM_TENANT : DEMO_STATION.tenantId;
      await manager.query(
        `INSERT INTO users (id, tenant_id, name, phone, username, password_hash, status, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'active', 'seed')`,
        [id, tenantId, account.name, account.phone, account.username, hash],
      );
      // The platform admin's grant is at no node: its path prefixes no tier path.
      const node = account.node ? demoNode(account.node) : { id: null, path: 'platform:' };
      await manager.query(
        `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_path, granted_by) VALUES ($1, $2, $3, $4, $5, $6, 'seed')`,
        [randomUUID(), tenantId, id, account.role, node.id, node.path],
      );
    }
    // The team-leader persona leads a volunteer team (teams seed), so their account is linked to a volunteer profile.
    await manager.query('UPDATE users SET volunteer_id = $1 WHERE id = $2', [
      demoId('volunteer', 'team-leader'),
      demoId('user', 'team'),
    ]);
    // The volunteer persona's account is linked to their profile (volunteers seed).
    await manager.query('UPDATE users SET volunteer_id = $1 WHERE id = $2', [
      demoId('volunteer', 'persona'),
      demoId('user', 'volunteer'),
    ]);
    await seedBureauOfficer(manager, hash);
    return true;
  });
}

/**
 * The demo's bureau officer: an account of no station with a `bureau_officer` grant at the
 * demo station's root. Added to demo databases seeded before the role existed, too.
 */
async function seedBureauOfficer(manager: EntityManager, hash: string): Promise<boolean> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'bureau_officer')!;
  const id = demoId('user', account.key);
  const [user] = await manager.query(
    `INSERT INTO users (id, tenant_id, name, phone, username, password_hash, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'active', 'seed') ON CONFLICT (id) DO NOTHING RETURNING id`,
    [id, PLATFORM_TENANT, account.name, account.phone, account.username, hash],
  );
  if (!user) return false;
  const root = demoNode('root');
  await manager.query(
    `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_node_name, tier_path, granted_by)
     VALUES ($1, $2, $3, 'bureau_officer', $4, $5, $6, 'seed')`,
    [randomUUID(), DEMO_STATION.tenantId, id, root.id, DEMO_STATION.name, root.path],
  );
  return true;
}
