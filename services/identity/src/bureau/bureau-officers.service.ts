import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  tierPath,
  type BureauOfficerDto,
  type CreateBureauOfficerDto,
  type CreatedBureauOfficerDto,
  type SupervisedStationsDto,
} from '#linli/contracts';
import { idempotent, PLATFORM_TENANT, type CallerContext } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { GrantsRepository } from '../grants/grants.repository.js';
import { IdentityErrors } from '../identity.errors.js';
import { isPlatformAdmin } from '../stations/stations.rules.js';
import { StationsRepository, type StationRow } from '../stations/stations.repository.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';

/**
 * Accounts of civil affairs bureau officers (民政局督导): they belong to no station and hold a
 * `bureau_officer` grant at the root of each station they supervise, which lets them read those
 * stations' aggregate figures and reports, never their people. Only the platform admin opens
 * them and changes what they supervise.
 */
@Injectable()
export class BureauOfficersService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly grants: GrantsRepository,
    private readonly stations: StationsRepository,
    private readonly credentials: CredentialsService,
    private readonly auditLog: AuditRepository,
  ) {}

  async create(caller: CallerContext, dto: CreateBureauOfficerDto): Promise<CreatedBureauOfficerDto> {
    if (!isPlatformAdmin(caller.grants)) throw IdentityErrors.forbidden();
    return idempotent(this.ds, caller, 'bureau_officer.create', dto, async () => {
      const id = randomUUID();
      const code = await this.ds.transaction(async (manager) => {
        const stations = await this.stationsOf(manager, dto.stationIds);
        await this.usersService.assertFree(manager, caller, dto.phone);
        await this.users.insert(manager, {
          id,
          tenantId: PLATFORM_TENANT,
          name: dto.name.trim(),
          phone: dto.phone,
          username: null,
          status: 'pending_activation',
          createdBy: caller.userId,
        });
        await this.supervise(manager, caller, id, stations);
        await this.auditLog.record(manager, {
          tenantId: PLATFORM_TENANT,
          actorId: caller.userId,
          action: 'bureau_officer.created',
          targetType: 'user',
          targetId: id,
          details: { stationIds: dto.stationIds },
        });
        return this.credentials.newActivationCode(manager, id, caller.userId);
      });
      return { ...(await this.describe(this.ds.manager, id)), activationCode: code };
    });
  }

  async list(caller: CallerContext): Promise<BureauOfficerDto[]> {
    if (!isPlatformAdmin(caller.grants)) throw IdentityErrors.forbidden();
    const ids = await this.grants.holders(this.ds.manager, 'bureau_officer');
    return Promise.all(ids.map((id) => this.describe(this.ds.manager, id)));
  }

  /** Replaces the stations the officer supervises; their next access token (minutes away at most) says so. */
  async setStations(
    caller: CallerContext,
    { id, ...dto }: SupervisedStationsDto & { id: string },
  ): Promise<BureauOfficerDto> {
    if (!isPlatformAdmin(caller.grants)) throw IdentityErrors.forbidden();
    await this.ds.transaction(async (manager) => {
      const user = await this.users.find(manager, id);
      if (!user || user.tenantId !== PLATFORM_TENANT) throw IdentityErrors.userNotFound(id);
      // The platform admin belongs to no station too, but is no officer.
      if ((await this.grants.live(manager, [id])).some((g) => g.role !== 'bureau_officer'))
        throw IdentityErrors.userNotFound(id);
      const current = await this.grants.supervisions(manager, [id]);
      const stations = await this.stationsOf(manager, dto.stationIds);
      await this.grants.revokeSupervisionsExcept(manager, id, dto.stationIds, caller.userId);
      const held = new Set(current.map((s) => s.stationId));
      await this.supervise(
        manager,
        caller,
        id,
        stations.filter((s) => !held.has(s.id)),
      );
      await this.auditLog.record(manager, {
        tenantId: PLATFORM_TENANT,
        actorId: caller.userId,
        action: 'bureau_officer.stations_changed',
        targetType: 'user',
        targetId: id,
        details: { stationIds: dto.stationIds },
      });
    });
    return this.describe(this.ds.manager, id);
  }

  /** The stations named, or 404 for the first id that is no station. */
  private async stationsOf(manager: EntityManager, ids: string[]): Promise<StationRow[]> {
    const rows = await this.stations.findMany(manager, ids);
    const missing = ids.find((sid) => !rows.some((r) => r.id === sid));
    if (missing) throw IdentityErrors.stationNotFound(missing);
    return rows;
  }

  private async supervise(manager: EntityManager, caller: CallerContext, userId: string, stations: StationRow[]) {
    for (const station of stations) {
      await this.grants.insert(manager, {
        id: randomUUID(),
        tenantId: station.id,
        userId,
        role: 'bureau_officer',
        tierNodeId: station.rootNodeId,
        tierNodeName: station.name,
        tierPath: tierPath([], station.rootNodeId),
        grantedBy: caller.userId,
      });
    }
  }

  private async describe(manager: EntityManager, id: string): Promise<BureauOfficerDto> {
    const user = (await this.users.find(manager, id))!;
    const grants = await this.grants.live(manager, [id]);
    const supervised = await this.grants.supervisions(manager, [id]);
    const stations = await this.stations.findMany(
      manager,
      supervised.map((s) => s.stationId),
    );
    return {
      user: toUserDto(user, grants),
      stations: stations.map((s) => ({ id: s.id, name: s.name, region: s.region })),
    };
  }
}
