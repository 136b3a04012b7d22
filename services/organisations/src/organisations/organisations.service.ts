import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OrganisationsEvents,
  type ChangeOrganisationStatusDto,
  type CreateOrganisationDto,
  type ListOrganisationsQuery,
  type OrganisationDetailDto,
  type OrganisationDto,
  type Page,
  type UpdateOrganisationDto,
} from '#linli/contracts';
import { addToOutbox, idempotent, OutboxRelay, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { StationsService } from '../stations/stations.service.js';
import { TierNodeEntity } from '../tiers/tier-node.entity.js';
import { OrganisationStatusChangeEntity } from './organisation-status-change.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationErrors } from './organisation.exception.js';
import {
  toEventPayload,
  toOrganisationDetailDto,
  toOrganisationDto,
  type OrganisationRow,
} from './organisation.mapper.js';
import { checkOrganisationDates, checkStatusChange, todayIn } from './organisation-rules.js';

const SELECT_ROW = `
  SELECT o.id, o.tenant_id AS "tenantId", o.tier_node_id AS "tierNodeId", o.tier_path AS "tierPath", o.name, o.type,
         o.status, to_char(o.status_since, 'YYYY-MM-DD') AS "statusSince", to_char(o.founded_on, 'YYYY-MM-DD') AS "foundedOn",
         to_char(o.joined_on, 'YYYY-MM-DD') AS "joinedOn", o.leader, o.contact, o.member_count AS "memberCount",
         o.description, o.created_at AS "createdAt", o.updated_at AS "updatedAt",
         n.name AS "tierNodeName", n.level AS "tierLevel"
    FROM organisations o JOIN tier_nodes n ON n.id = o.tier_node_id`;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationsService,
    private readonly relay: OutboxRelay,
  ) {}

  async create(caller: CallerContext, dto: CreateOrganisationDto): Promise<OrganisationDetailDto> {
    return idempotent(this.ds, caller, 'organisation.create', dto, async () => {
      const today = todayIn(await this.stations.timezone(caller.tenantId));
      const node = await this.nodeInTenant(this.ds.manager, caller, dto.tierNodeId);
      assertCanActOn(caller, node.path, 'write');
      const joinedOn = dto.joinedOn ?? today;
      checkOrganisationDates(dto.foundedOn, joinedOn, today);
      const id = randomUUID();
      const status = dto.status ?? 'incubating';
      await this.write(
        caller,
        async (manager) => {
          const org = manager.create(OrganisationEntity, {
            id,
            tenantId: caller.tenantId,
            tierNodeId: node.id,
            tierPath: node.path,
            name: dto.name.trim(),
            type: dto.type,
            status,
            statusSince: joinedOn,
            foundedOn: dto.foundedOn,
            joinedOn,
            leader: dto.leader ?? null,
            contact: dto.contact ?? null,
            memberCount: dto.memberCount ?? null,
            description: dto.description ?? null,
          });
          await manager.insert(OrganisationEntity, org);
          await manager.insert(OrganisationStatusChangeEntity, {
            id: randomUUID(),
            tenantId: caller.tenantId,
            organisationId: id,
            fromStatus: null,
            toStatus: status,
            reason: '纳入社工站组织名录 / Entered the station registry',
            effectiveOn: joinedOn,
            recordedBy: caller.system ? null : caller.userId,
          });
          await addToOutbox(manager, {
            subject: OrganisationsEvents.organisationCreated,
            tenantId: caller.tenantId,
            payload: toEventPayload(org),
          });
        },
        dto.name,
      );
      return this.get(caller, id);
    });
  }

  async list(caller: CallerContext, query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    const paths = requireScope(caller, 'read');
    const params: unknown[] = [caller.tenantId, likePatterns(paths)];
    const where = ['o.tenant_id = $1', 'o.tier_path LIKE ANY($2)'];
    if (query.tierNodeId) {
      const node = await this.nodeInTenant(this.ds.manager, caller, query.tierNodeId);
      assertCanActOn(caller, node.path, 'read');
      params.push(`${node.path}%`);
      where.push(`o.tier_path LIKE $${params.length}`);
    }
    if (query.type) {
      params.push(query.type);
      where.push(`o.type = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`o.status = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(o.name ILIKE $${params.length} OR o.leader ILIKE $${params.length})`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM organisations o WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: OrganisationRow[] = await this.ds.query(
      `${SELECT_ROW} WHERE ${where.join(' AND ')} ORDER BY o.joined_on DESC, o.name
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toOrganisationDto), total, page, pageSize };
  }

  async get(caller: CallerContext, id: string): Promise<OrganisationDetailDto> {
    const row = await this.rowInTenant(this.ds.manager, caller, id);
    assertCanActOn(caller, row.tierPath, 'read');
    const history = await this.ds.manager.find(OrganisationStatusChangeEntity, {
      where: { organisationId: id, tenantId: caller.tenantId },
      order: { effectiveOn: 'ASC', recordedAt: 'ASC' },
    });
    return toOrganisationDetailDto(row, history);
  }

  async update(caller: CallerContext, id: string, changes: UpdateOrganisationDto): Promise<OrganisationDetailDto> {
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    await this.write(
      caller,
      async (manager) => {
        const org = await manager.findOne(OrganisationEntity, {
          where: { id, tenantId: caller.tenantId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!org) throw OrganisationErrors.notFound(id);
        assertCanActOn(caller, org.tierPath, 'write');
        if (changes.tierNodeId && changes.tierNodeId !== org.tierNodeId) {
          const node = await this.nodeInTenant(manager, caller, changes.tierNodeId);
          assertCanActOn(caller, node.path, 'write');
          org.tierNodeId = node.id;
          org.tierPath = node.path;
        }
        const foundedOn = changes.foundedOn ?? org.foundedOn;
        const joinedOn = changes.joinedOn ?? org.joinedOn;
        checkOrganisationDates(foundedOn, joinedOn, today);
        if (changes.joinedOn && changes.joinedOn !== org.joinedOn) {
          // The first history entry is the registry date; it moves with it, unless a later change would then precede it.
          const [{ earliest }] = await manager.query(
            `SELECT to_char(min(effective_on), 'YYYY-MM-DD') AS earliest FROM organisation_status_changes
            WHERE organisation_id = $1 AND from_status IS NOT NULL`,
            [id],
          );
          if (earliest && joinedOn > earliest) throw OrganisationErrors.historyConflict();
        }
        Object.assign(org, {
          ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
          ...(changes.type !== undefined ? { type: changes.type } : {}),
          ...(changes.leader !== undefined ? { leader: changes.leader } : {}),
          ...(changes.contact !== undefined ? { contact: changes.contact } : {}),
          ...(changes.memberCount !== undefined ? { memberCount: changes.memberCount } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          foundedOn,
          joinedOn,
        });
        await manager.save(OrganisationEntity, org);
        await addToOutbox(manager, {
          subject: OrganisationsEvents.organisationUpdated,
          tenantId: caller.tenantId,
          payload: toEventPayload(org),
        });
      },
      changes.name,
    );
    return this.get(caller, id);
  }

  async changeStatus(
    caller: CallerContext,
    id: string,
    change: ChangeOrganisationStatusDto,
  ): Promise<OrganisationDetailDto> {
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    await this.write(caller, async (manager) => {
      const org = await manager.findOne(OrganisationEntity, {
        where: { id, tenantId: caller.tenantId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org) throw OrganisationErrors.notFound(id);
      assertCanActOn(caller, org.tierPath, 'write');
      const [{ last }] = await manager.query(
        `SELECT to_char(max(effective_on), 'YYYY-MM-DD') AS last FROM organisation_status_changes WHERE organisation_id = $1`,
        [id],
      );
      checkStatusChange(
        { status: org.status, lastEffectiveOn: last ?? org.joinedOn },
        change.status,
        change.effectiveOn,
        today,
      );
      const fromStatus = org.status;
      await manager.insert(OrganisationStatusChangeEntity, {
        id: randomUUID(),
        tenantId: caller.tenantId,
        organisationId: id,
        fromStatus,
        toStatus: change.status,
        reason: change.reason.trim(),
        effectiveOn: change.effectiveOn,
        recordedBy: caller.system ? null : caller.userId,
      });
      org.status = change.status;
      org.statusSince = change.effectiveOn;
      await manager.save(OrganisationEntity, org);
      await addToOutbox(manager, {
        subject: OrganisationsEvents.organisationStatusChanged,
        tenantId: caller.tenantId,
        payload: { ...toEventPayload(org), fromStatus, reason: change.reason, effectiveOn: change.effectiveOn },
      });
    });
    return this.get(caller, id);
  }

  /** Runs a change in one transaction, maps a live-name clash to 409 and wakes the relay after commit. */
  private async write(caller: CallerContext, fn: (manager: EntityManager) => Promise<void>, name?: string) {
    try {
      await this.ds.transaction(fn);
    } catch (error) {
      const pg = error as { driverError?: { code?: string; constraint?: string } };
      if (pg.driverError?.code === '23505' && pg.driverError.constraint === 'organisations_live_name') {
        throw OrganisationErrors.nameTaken(name ?? '');
      }
      throw error;
    }
    this.relay.kick();
  }

  private async nodeInTenant(manager: EntityManager, caller: CallerContext, id: string): Promise<TierNodeEntity> {
    const node = await manager.findOne(TierNodeEntity, { where: { id, tenantId: caller.tenantId } });
    if (!node) throw OrganisationErrors.tierNodeNotFound(id);
    return node;
  }

  private async rowInTenant(manager: EntityManager, caller: CallerContext, id: string): Promise<OrganisationRow> {
    const [row] = await manager.query(`${SELECT_ROW} WHERE o.id = $1 AND o.tenant_id = $2`, [id, caller.tenantId]);
    if (!row) throw OrganisationErrors.notFound(id);
    return row;
  }
}
