import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StationSubjects, type CreatedStationDto, type CreateStationDto, type StationDto } from '#linli/contracts';
import { idempotent, ServiceClient, type CallerContext } from '#linli/platform';
import { audit } from '../audit/audit.js';
import { AuthService } from '../auth/auth.service.js';
import { IdentityErrors } from '../users/identity.exception.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersService } from '../users/users.service.js';

@Injectable()
export class StationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly users: UsersService,
    private readonly moduleRef: ModuleRef,
  ) {}

  private assertPlatformAdmin(caller: CallerContext) {
    if (!caller.grants.some((g) => g.role === 'platform_admin')) throw IdentityErrors.forbidden();
  }

  /**
   * Opens a station: its record and root node in the organisations service, then the first
   * station-head account, who activates it with the returned one-time code.
   */
  async create(caller: CallerContext, dto: CreateStationDto): Promise<CreatedStationDto> {
    this.assertPlatformAdmin(caller);
    return idempotent(this.ds, caller, 'station.create', dto, async () => {
      const tenantId = randomUUID();
      await this.users.assertFree(this.ds.manager, caller, dto.head.phone);
      const station = await this.services.send<StationDto>(
        StationSubjects.create,
        { tenantId, name: dto.name, region: dto.region, timezone: dto.timezone ?? 'Asia/Shanghai' },
        caller,
      );
      const headId = randomUUID();
      const auth = this.moduleRef.get(AuthService, { strict: false });
      const code = await this.ds.transaction(async (manager) => {
        await manager.query(
          'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
          [tenantId, station.name, station.region, station.timezone, station.rootNodeId],
        );
        await manager.query(
          `INSERT INTO users (id, tenant_id, name, phone, status, created_by) VALUES ($1, $2, $3, $4, 'pending_activation', $5)`,
          [headId, tenantId, dto.head.name.trim(), dto.head.phone, caller.userId],
        );
        await manager.query(
          `INSERT INTO grants (id, tenant_id, user_id, role, tier_node_id, tier_node_name, tier_path, granted_by)
           VALUES ($1, $2, $3, 'station_head', $4, $5, $6, $7)`,
          [randomUUID(), tenantId, headId, station.rootNodeId, station.name, `/${station.rootNodeId}/`, caller.userId],
        );
        await audit(manager, {
          tenantId,
          actorId: caller.userId,
          action: 'station.created',
          targetType: 'station',
          targetId: tenantId,
          details: { headUserId: headId },
        });
        return auth.newActivationCode(manager, headId, caller.userId);
      });
      const head = (await this.users.findRow(this.ds.manager, headId))!;
      const grants = await this.users.liveGrants(this.ds.manager, [headId]);
      return { ...station, head: toUserDto(head, grants), activationCode: code };
    });
  }

  /** The platform admin sees every station; anyone else sees their own. */
  async list(caller: CallerContext): Promise<StationDto[]> {
    if (caller.grants.some((g) => g.role === 'platform_admin')) {
      return this.services.send<StationDto[]>(StationSubjects.list, {}, caller);
    }
    const rows = await this.ds.query(
      `SELECT tenant_id AS id, name, region, timezone, root_node_id AS "rootNodeId", created_at AS "createdAt" FROM stations WHERE tenant_id = $1`,
      [caller.tenantId],
    );
    return rows.map((r: StationDto) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }
}
