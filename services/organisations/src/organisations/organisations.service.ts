import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OrganisationsApi,
  type ChangeOrganisationStatusDto,
  type CreateOrganisationDto,
  type ListOrganisationsQuery,
  type OrganisationDetailDto,
  type OrganisationDto,
  type Page,
  type UpdateOrganisationDto,
} from '#linli/contracts';
import { idempotent, OutboxRelay, publishEvent, readOnly, type CallerContext } from '#linli/platform';
import { assertCanActOn, likePatterns, requireScope } from '../access/access.js';
import { OrganisationErrors, TierErrors } from '../organisations.errors.js';
import { StationsService } from '../stations/stations.service.js';
import { todayIn } from '../stations/stations.rules.js';
import type { TierNodeEntity } from '../tiers/tier-node.entity.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import { OrganisationEntity } from './organisation.entity.js';
import { toEventPayload, toOrganisationDetailDto, toOrganisationDto } from './organisation.mapper.js';
import { LIVE_NAME_CONSTRAINT, OrganisationsRepository } from './organisations.repository.js';
import { checkOrganisationDates, checkStatusChange } from './organisations.rules.js';

const events = OrganisationsApi.events;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly nodes: TiersRepository,
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
      await this.write(async (manager) => {
        const org = Object.assign(new OrganisationEntity(), {
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
        await this.organisations.insert(manager, org);
        await this.organisations.appendStatusChange(manager, {
          id: randomUUID(),
          tenantId: caller.tenantId,
          organisationId: id,
          fromStatus: null,
          toStatus: status,
          reason: '纳入社工站组织名录 / Entered the station registry',
          effectiveOn: joinedOn,
          recordedBy: caller.system ? null : caller.userId,
        });
        await publishEvent(manager, events.organisationCreated, caller.tenantId, toEventPayload(org));
      }, dto.name);
      return this.get(caller, id);
    });
  }

  async list(caller: CallerContext, query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    const paths = requireScope(caller, 'read');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    // A page of the registry, read on the replica: the request writes nothing it must then see.
    const { rows, total } = await readOnly(this.ds, async (manager) => {
      let subtreePath: string | undefined;
      if (query.tierNodeId) {
        const node = await this.nodeInTenant(manager, caller, query.tierNodeId);
        assertCanActOn(caller, node.path, 'read');
        subtreePath = node.path;
      }
      return this.organisations.page(
        manager,
        {
          tenantId: caller.tenantId,
          scope: likePatterns(paths),
          subtreePath,
          type: query.type,
          status: query.status,
          q: query.q,
        },
        page,
        pageSize,
      );
    });
    return { items: rows.map(toOrganisationDto), total, page, pageSize };
  }

  async get(caller: CallerContext, id: string): Promise<OrganisationDetailDto> {
    const found = await this.organisations.rowWithHistory(this.ds.manager, caller.tenantId, id);
    if (!found) throw OrganisationErrors.notFound(id);
    assertCanActOn(caller, found.row.tierPath, 'read');
    return toOrganisationDetailDto(found.row, found.history);
  }

  async update(caller: CallerContext, id: string, changes: UpdateOrganisationDto): Promise<OrganisationDetailDto> {
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    await this.write(async (manager) => {
      const org = await this.organisations.lockForChange(manager, caller.tenantId, id);
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
        const earliest = await this.organisations.earliestChangeOn(manager, id);
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
      await this.organisations.save(manager, org);
      await publishEvent(manager, events.organisationUpdated, caller.tenantId, toEventPayload(org));
    }, changes.name);
    return this.get(caller, id);
  }

  async changeStatus(
    caller: CallerContext,
    id: string,
    change: ChangeOrganisationStatusDto,
  ): Promise<OrganisationDetailDto> {
    const today = todayIn(await this.stations.timezone(caller.tenantId));
    await this.write(async (manager) => {
      const org = await this.organisations.lockForChange(manager, caller.tenantId, id);
      if (!org) throw OrganisationErrors.notFound(id);
      assertCanActOn(caller, org.tierPath, 'write');
      const last = await this.organisations.lastChangeOn(manager, id);
      checkStatusChange(
        { status: org.status, lastEffectiveOn: last ?? org.joinedOn },
        change.status,
        change.effectiveOn,
        today,
      );
      const fromStatus = org.status;
      await this.organisations.appendStatusChange(manager, {
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
      await this.organisations.save(manager, org);
      await publishEvent(manager, events.organisationStatusChanged, caller.tenantId, {
        ...toEventPayload(org),
        fromStatus,
        reason: change.reason,
        effectiveOn: change.effectiveOn,
      });
    });
    return this.get(caller, id);
  }

  /** Runs a change in one transaction, maps a live-name clash to 409 and wakes the relay after commit. */
  private async write(fn: (manager: EntityManager) => Promise<void>, name?: string) {
    try {
      await this.ds.transaction(fn);
    } catch (error) {
      const pg = error as { driverError?: { code?: string; constraint?: string } };
      if (pg.driverError?.code === '23505' && pg.driverError.constraint === LIVE_NAME_CONSTRAINT) {
        throw OrganisationErrors.nameTaken(name ?? '');
      }
      throw error;
    }
    this.relay.kick();
  }

  private async nodeInTenant(manager: EntityManager, caller: CallerContext, id: string): Promise<TierNodeEntity> {
    const node = await this.nodes.findInTenant(manager, caller.tenantId, id);
    if (!node) throw TierErrors.notFound(id);
    return node;
  }
}
