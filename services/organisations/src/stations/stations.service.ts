import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainException } from '#linli/platform';
import { StationEntity } from './station.entity.js';

@Injectable()
export class StationsService {
  private readonly zones = new Map<string, string>();

  constructor(@InjectRepository(StationEntity) private readonly stations: Repository<StationEntity>) {}

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
