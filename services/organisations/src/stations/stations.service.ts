import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrganisationsApi, tierPath, type CreateStationRecordDto, type StationDto } from '#linli/contracts';
import { OutboxRelay, publishEvent, type CallerContext } from '#linli/platform';
import { StationErrors } from '../organisations.errors.js';
import { TiersRepository } from '../tiers/tiers.repository.js';
import type { StationEntity } from './station.entity.js';
import { toStationDto } from './station.mapper.js';
import { StationsRepository } from './stations.repository.js';
import { isTimeZone } from './stations.rules.js';

const events = OrganisationsApi.events;

@Injectable()
export class StationsService {
  private readonly zones = new Map<string, string>();

  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationsRepository,
    private readonly nodes: TiersRepository,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Opens a station and its root node. Safe to retry with the same tenant id: a second call
   * returns the station the first one created.
   */
  async create(caller: CallerContext, dto: CreateStationRecordDto): Promise<StationDto> {
    platformOnly(caller);
    if (!isTimeZone(dto.timezone)) throw StationErrors.timezoneInvalid(dto.timezone);
    const existing = await this.stations.find(this.ds.manager, dto.tenantId);
    if (existing) return toStationDto(existing);
    const rootNodeId = randomUUID();
    const name = dto.name.trim();
    const region = dto.region.trim();
    const path = tierPath([], rootNodeId);
    try {
      await this.ds.transaction(async (manager) => {
        await this.stations.insert(manager, {
          tenantId: dto.tenantId,
          name,
          region,
          timezone: dto.timezone,
          rootNodeId,
        });
        await publishEvent(manager, events.stationCreated, dto.tenantId, {
          tenantId: dto.tenantId,
          name,
          region,
          timezone: dto.timezone,
          rootNodeId,
        });
        await this.nodes.insert(manager, {
          id: rootNodeId,
          tenantId: dto.tenantId,
          parentId: null,
          level: 'station',
          name,
          code: null,
          path,
        });
        await publishEvent(manager, events.tierNodeCreated, dto.tenantId, {
          tierNodeId: rootNodeId,
          parentId: null,
          level: 'station',
          name: dto.name,
          path,
        });
      });
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'stations_name') {
        throw StationErrors.nameTaken(dto.name);
      }
      throw error;
    }
    this.relay.kick();
    return toStationDto((await this.stations.find(this.ds.manager, dto.tenantId))!);
  }

  async list(caller: CallerContext): Promise<StationDto[]> {
    platformOnly(caller);
    return (await this.all()).map(toStationDto);
  }

  async get(tenantId: string): Promise<StationEntity> {
    const station = await this.stations.find(this.ds.manager, tenantId);
    if (!station) throw StationErrors.notFound();
    return station;
  }

  /** The station's time zone decides what "today" and "a month" are. */
  async timezone(tenantId: string): Promise<string> {
    let zone = this.zones.get(tenantId);
    if (!zone) {
      zone = (await this.get(tenantId)).timezone;
      this.zones.set(tenantId, zone);
    }
    return zone;
  }

  all(): Promise<StationEntity[]> {
    return this.stations.all(this.ds.manager);
  }
}

/** Stations are opened and listed by the platform admin only, through the identity service. */
function platformOnly(caller: CallerContext): void {
  if (!caller.grants.some((g) => g.role === 'platform_admin')) throw StationErrors.platformOnly();
}
