import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  OrganisationsApi,
  type CreateTierNodeDto,
  type TierNodeDto,
  type TierTreeNodeDto,
  type UpdateTierNodeDto,
} from '#linli/contracts';
import { idempotent, OutboxRelay, publishEvent, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { TierErrors } from '../organisations.errors.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { toTierNodeDto } from './tier.mapper.js';
import type { TierNodeEntity } from './tier-node.entity.js';
import { TiersRepository } from './tiers.repository.js';
import { buildTree, canHoldChild, childPath, parentPathOf } from './tiers.rules.js';

const UNIQUE_VIOLATION = '23505';
const events = OrganisationsApi.events;

@Injectable()
export class TiersService {
  constructor(
    private readonly ds: DataSource,
    private readonly nodes: TiersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async get(caller: CallerContext, id: string): Promise<TierNodeDto> {
    const node = await this.nodes.findInTenant(this.ds.manager, caller.tenantId, id);
    if (!node) throw TierErrors.notFound(id);
    assertCanActOn(caller, node.path, 'read_tree');
    return toTierNodeDto(node);
  }

  /** The caller's visible part of the tree, with live organisation counts per subtree. */
  async tree(caller: CallerContext): Promise<TierTreeNodeDto[]> {
    const paths = requireScope(caller, 'read_tree');
    const manager = this.ds.manager;
    const [rows, counts] = await Promise.all([
      this.nodes.visible(manager, caller.tenantId, likePatterns(paths)),
      this.organisations.liveCountsByNode(manager, caller.tenantId),
    ]);
    return buildTree(rows.map((row) => ({ ...row, own: counts.get(row.id) ?? 0 })));
  }

  async create(caller: CallerContext, dto: CreateTierNodeDto): Promise<TierNodeDto> {
    return idempotent(this.ds, caller, 'tier.create', dto, async () => {
      const parent = await this.nodes.findInTenant(this.ds.manager, caller.tenantId, dto.parentId);
      if (!parent) throw TierErrors.parentNotFound(dto.parentId);
      assertCanActOn(caller, parent.path, 'manage_tiers');
      if (!canHoldChild(parent.level, dto.level)) throw TierErrors.levelNotAllowed(parent.level, dto.level);
      const id = randomUUID();
      const node = {
        id,
        tenantId: caller.tenantId,
        parentId: parent.id,
        level: dto.level,
        name: dto.name.trim(),
        code: dto.code ?? null,
        path: childPath(parent.path, id),
      };
      try {
        await this.ds.transaction(async (manager) => {
          await this.nodes.insert(manager, node);
          await publishEvent(manager, events.tierNodeCreated, caller.tenantId, {
            tierNodeId: id,
            parentId: parent.id,
            level: node.level,
            name: node.name,
            path: node.path,
          });
        });
      } catch (error) {
        throw uniqueViolation(error, dto.name, dto.code);
      }
      this.relay.kick();
      return toTierNodeDto((await this.nodes.findInTenant(this.ds.manager, caller.tenantId, id))!);
    });
  }

  async update(caller: CallerContext, id: string, changes: UpdateTierNodeDto): Promise<TierNodeDto> {
    const node: TierNodeEntity | null = await this.nodes.findInTenant(this.ds.manager, caller.tenantId, id);
    if (!node) throw TierErrors.notFound(id);
    // Renaming a community is the station's call; a community lead may rename its villages.
    assertCanActOn(caller, node.parentId ? parentPathOf(node.path) : node.path, 'manage_tiers');
    if (changes.name !== undefined) node.name = changes.name.trim();
    if (changes.code !== undefined) node.code = changes.code;
    try {
      await this.ds.transaction(async (manager) => {
        await this.nodes.rename(manager, node);
        await publishEvent(manager, events.tierNodeUpdated, caller.tenantId, {
          tierNodeId: id,
          name: node.name,
          code: node.code,
          path: node.path,
        });
      });
    } catch (error) {
      throw uniqueViolation(error, node.name, node.code ?? undefined);
    }
    this.relay.kick();
    return toTierNodeDto((await this.nodes.findInTenant(this.ds.manager, caller.tenantId, id))!);
  }
}

/** A clash on the code index is TIER.CODE_TAKEN, any other unique clash a sibling's name. */
function uniqueViolation(error: unknown, name: string, code?: string): unknown {
  const pg = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pgCode = pg.driverError?.code ?? pg.code;
  const constraint = pg.driverError?.constraint ?? pg.constraint;
  if (pgCode !== UNIQUE_VIOLATION) return error;
  return constraint === 'tier_nodes_code' && code ? TierErrors.codeTaken(code) : TierErrors.nameTaken(name);
}
