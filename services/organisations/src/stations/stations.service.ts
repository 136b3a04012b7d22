import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import {
  OrganisationsEvents,
  type CreateStationRecordDto,
  type StationDto,
  type StationEventPayload,
} from '#linli/contracts';
import { addToOutbox, DomainException, OutboxRelay } from '#linli/platform';
import { StationEntity } from './station.entity.js';

@Injectable()
export class StationsService {
  private readonly zones = new Map<string, string>();

  constructor(
    @InjectRepository(StationEntity) private readonly stations: Repository<StationEntity>,
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Opens a station and its root node. Safe to retry with the same tenant id: a second call
   * returns the station the first one created.
   */
  async create(dto: CreateStationRecordDto): Promise<StationDto> {
    if (!isTimeZone(dto.timezone)) {
      throw new DomainException('STATION.TIMEZONE_INVALID', 400, `未知时区 ${dto.timezone} / Unknown time zone`, {
        timezone: dto.timezone,
      });
    }
    const existing = await this.stations.findOne({ where: { tenantId: dto.tenantId } });
    if (existing) return this.toDto(existing);
    const rootNodeId = randomUUID();
    try {
      await this.ds.transaction(async (manager) => {
        await manager.query(
          'INSERT INTO stations (tenant_id, name, region, timezone, root_node_id) VALUES ($1, $2, $3, $4, $5)',
          [dto.tenantId, dto.name.trim(), dto.region.trim(), dto.timezone, rootNodeId],
        );
        await addToOutbox<StationEventPayload>(manager, {
          subject: OrganisationsEvents.stationCreated,
          tenantId: dto.tenantId,
          payload: {
            tenantId: dto.tenantId,
            name: dto.name.trim(),
            region: dto.region.trim(),
            timezone: dto.timezone,
            rootNodeId,
          },
        });
        await manager.query(
          `INSERT INTO tier_nodes (id, tenant_id, parent_id, level, name, path) VALUES ($1, $2, NULL, 'station', $3, $4)`,
          [rootNodeId, dto.tenantId, dto.name.trim(), `/${rootNodeId}/`],
        );
        await addToOutbox(manager, {
          subject: OrganisationsEvents.tierNodeCreated,
          tenantId: dto.tenantId,
          payload: {
            tierNodeId: rootNodeId,
            parentId: null,
            level: 'station',
            name: dto.name,
            path: `/${rootNodeId}/`,
          },
        });
      });
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'stations_name') {
        throw new DomainException(
          'STATION.NAME_TAKEN',
          409,
          `已有名为“${dto.name}”的社工站 / A station with this name exists`,
          {
            name: dto.name,
          },
        );
      }
      throw error;
    }
    this.relay.kick();
    return this.toDto((await this.stations.findOne({ where: { tenantId: dto.tenantId } }))!);
  }

  toDto(station: StationEntity): StationDto {
    return {
      id: station.tenantId,
      name: station.name,
      region: station.region,
      timezone: station.timezone,
      rootNodeId: station.rootNodeId,
      createdAt: station.createdAt.toISOString(),
    };
  }

  async get(tenantId: string): Promise<StationEntity> {
    const station = await this.stations.findOne({ where: { tenantId } });
    if (!station) throw new DomainException('STATION.NOT_FOUND', 404, '社工站不存在 / Station not found');
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

  async all(): Promise<StationEntity[]> {
    return this.stations.find({ order: { createdAt: 'ASC' } });
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
