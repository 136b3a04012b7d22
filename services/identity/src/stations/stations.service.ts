import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  StationSubjects,
  tierPath,
  type CreatedStationDto,
  type CreateStationDto,
  type CreateStationRecordDto,
  type StationDto,
} from '#linli/contracts';
import { idempotent, ServiceClient, type CallerContext } from '#linli/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { GrantsRepository } from '../grants/grants.repository.js';
import { IdentityErrors } from '../identity.errors.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import { StationsRepository } from './stations.repository.js';
import { isPlatformAdmin } from './stations.rules.js';

@Injectable()
export class StationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly repository: StationsRepository,
    private readonly usersService: UsersService,
    private readonly users: UsersRepository,
    private readonly grants: GrantsRepository,
    private readonly credentials: CredentialsService,
    private readonly auditLog: AuditRepository,
  ) {}

  /**
   * Opens a station: its record and root node in the organisations service, then the first
   * station-head account, who activates it with the returned one-time code.
   */
  async create(caller: CallerContext, dto: CreateStationDto): Promise<CreatedStationDto> {
    if (!isPlatformAdmin(caller.grants)) throw IdentityErrors.forbidden();
    return idempotent(this.ds, caller, 'station.create', dto, async () => {
      const tenantId = randomUUID();
      await this.usersService.assertFree(this.ds.manager, caller, dto.head.phone);
      const record: CreateStationRecordDto = {
        tenantId,
        name: dto.name,
        region: dto.region,
        timezone: dto.timezone ?? 'Asia/Shanghai',
      };
      const station = await this.services.send<StationDto>(StationSubjects.create, record, caller);
      const headId = randomUUID();
      const code = await this.ds.transaction(async (manager) => {
        await this.repository.insert(manager, tenantId, station);
        await this.users.insert(manager, {
          id: headId,
          tenantId,
          name: dto.head.name.trim(),
          phone: dto.head.phone,
          status: 'pending_activation',
          createdBy: caller.userId,
        });
        await this.grants.insert(manager, {
          id: randomUUID(),
          tenantId,
          userId: headId,
          role: 'station_head',
          tierNodeId: station.rootNodeId,
          tierNodeName: station.name,
          tierPath: tierPath([], station.rootNodeId),
          grantedBy: caller.userId,
        });
        await this.auditLog.record(manager, {
          tenantId,
          actorId: caller.userId,
          action: 'station.created',
          targetType: 'station',
          targetId: tenantId,
          details: { headUserId: headId },
        });
        return this.credentials.newActivationCode(manager, headId, caller.userId);
      });
      const head = (await this.users.find(this.ds.manager, headId))!;
      const grants = await this.grants.live(this.ds.manager, [headId]);
      return { ...station, head: toUserDto(head, grants), activationCode: code };
    });
  }

  /** The platform admin sees every station; anyone else sees their own. */
  async list(caller: CallerContext): Promise<StationDto[]> {
    if (isPlatformAdmin(caller.grants)) {
      return this.services.send<StationDto[]>(StationSubjects.list, {}, caller);
    }
    const row = await this.repository.find(this.ds.manager, caller.tenantId);
    return row ? [{ ...row, createdAt: new Date(row.createdAt).toISOString() }] : [];
  }
}
