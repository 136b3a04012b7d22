import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import type { CreateTierNodeDto, TierNodeDto, TierTreeNodeDto, UpdateTierNodeDto } from '#linli/contracts';
import { OrganisationsEvents } from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { TierNodeEntity } from './tier-node.entity.js';
import { canHoldChild, childPath, pathIds } from './tier-rules.js';
import { TierErrors } from './tier.exception.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TiersService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(TierNodeEntity) private readonly nodes: Repository<TierNodeEntity>,
    private readonly relay: OutboxRelay,
  ) {}

  /** A node of the caller's station, or 404 (another station's ids are simply not there). */
  async findInTenant(caller: CallerContext, id: string): Promise<TierNodeEntity | null> {
    return this.nodes.findOne({ where: { id, tenantId: caller.tenantId } });
  }

  async get(caller: CallerContext, id: string): Promise<TierNodeDto> {
    const node = await this.findInTenant(caller, id);
    if (!node) throw TierErrors.notFound(id);
    assertCanActOn(caller, node.path, 'read_tree');
    return toTierNodeDto(node);
  }

  /** The caller's visible part of the tree, with live organisation counts per subtree. */
  async tree(caller: CallerContext): Promise<TierTreeNodeDto[]> {
    const paths = requireScope(caller, 'read_tree');
    const rows: (TierNodeEntity & { own: number })[] = await this.ds.query(
      `SELECT n.id, n.parent_id AS "parentId", n.level, n.name, n.code, n.path,
              (SELECT count(*)::int FROM organisations o
                WHERE o.tenant_id = n.tenant_id AND o.tier_node_id = n.id AND o.status <> 'dissolved') AS own
         FROM tier_nodes n
        WHERE n.tenant_id = $1 AND n.path LIKE ANY($2)
        ORDER BY n.path`,
      [caller.tenantId, likePatterns(paths)],
    );
    const byId = new Map<string, TierTreeNodeDto & { own: number; parentId: string | null }>();
    for (const row of rows) {
      byId.set(row.id, {
        id: row.id,
        level: row.level,
        name: row.name,
        code: row.code,
        organisationCount: 0,
        children: [],
        own: row.own,
        parentId: row.parentId,
      });
    }
    const roots: TierTreeNodeDto[] = [];
    for (const node of byId.values()) {
      const parent = node.parentId ? byId.get(node.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    const total = (node: TierTreeNodeDto & { own?: number }): number => {
      node.organisationCount = (node.own ?? 0) + node.children.reduce((sum, c) => sum + total(c), 0);
      return node.organisationCount;
    };
    roots.forEach(total);
    const clean = (node: TierTreeNodeDto & { own?: number; parentId?: string | null }): TierTreeNodeDto => ({
      id: node.id,
      level: node.level,
      name: node.name,
      code: node.code,
      organisationCount: node.organisationCount,
      children: node.children.sort(byCodeThenName).map(clean),
    });
    return roots.map(clean);
  }

  async create(caller: CallerContext, dto: CreateTierNodeDto): Promise<TierNodeDto> {
    return idempotent(this.ds, caller, 'tier.create', dto, async () => {
      const parent = await this.findInTenant(caller, dto.parentId);
      if (!parent) throw TierErrors.parentNotFound(dto.parentId);
      assertCanActOn(caller, parent.path, 'manage_tiers');
      if (!canHoldChild(parent.level, dto.level)) throw TierErrors.levelNotAllowed(parent.level, dto.level);
      const id = randomUUID();
      const node = this.nodes.create({
        id,
        tenantId: caller.tenantId,
        parentId: parent.id,
        level: dto.level,
        name: dto.name.trim(),
        code: dto.code ?? null,
        path: childPath(parent.path, id),
      });
      try {
        await this.ds.transaction(async (manager) => {
          await manager.save(node);
          await addToOutbox(manager, {
            subject: OrganisationsEvents.tierNodeCreated,
            tenantId: caller.tenantId,
            payload: { tierNodeId: id, parentId: parent.id, level: node.level, name: node.name, path: node.path },
          });
        });
      } catch (error) {
        throw this.uniqueViolation(error, dto.name, dto.code);
      }
      this.relay.kick();
      return toTierNodeDto((await this.findInTenant(caller, id))!);
    });
  }

  async update(caller: CallerContext, id: string, changes: UpdateTierNodeDto): Promise<TierNodeDto> {
    const node = await this.findInTenant(caller, id);
    if (!node) throw TierErrors.notFound(id);
    // Renaming a community is the station's call; a community lead may rename its villages.
    assertCanActOn(caller, node.parentId ? parentPathOf(node.path) : node.path, 'manage_tiers');
    if (changes.name !== undefined) node.name = changes.name.trim();
    if (changes.code !== undefined) node.code = changes.code;
    try {
      await this.ds.transaction(async (manager) => {
        await manager.save(node);
        await addToOutbox(manager, {
          subject: OrganisationsEvents.tierNodeUpdated,
          tenantId: caller.tenantId,
          payload: { tierNodeId: id, name: node.name, code: node.code, path: node.path },
        });
      });
    } catch (error) {
      throw this.uniqueViolation(error, node.name, node.code ?? undefined);
    }
    this.relay.kick();
    return toTierNodeDto((await this.findInTenant(caller, id))!);
  }

  private uniqueViolation(error: unknown, name: string, code?: string): unknown {
    const pg = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    const pgCode = pg.driverError?.code ?? pg.code;
    const constraint = pg.driverError?.constraint ?? pg.constraint;
    if (pgCode !== UNIQUE_VIOLATION) return error;
    return constraint === 'tier_nodes_code' && code ? TierErrors.codeTaken(code) : TierErrors.nameTaken(name);
  }
}

function parentPathOf(path: string): string {
  const ids = pathIds(path);
  return `/${ids.slice(0, -1).join('/')}/`;
}

function byCodeThenName(a: TierTreeNodeDto, b: TierTreeNodeDto): number {
  return (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-CN');
}

export function toTierNodeDto(node: TierNodeEntity): TierNodeDto {
  return {
    id: node.id,
    parentId: node.parentId,
    level: node.level,
    name: node.name,
    code: node.code,
    ancestors: pathIds(node.path).slice(0, -1),
    createdAt: node.createdAt.toISOString(),
    updatedAt: node.updatedAt.toISOString(),
  };
}
