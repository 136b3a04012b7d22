import type { StationDto } from '#linli/contracts';
import type { StationEntity } from './station.entity.js';

export function toStationDto(station: StationEntity): StationDto {
  return {
    id: station.tenantId,
    name: station.name,
    region: station.region,
    timezone: station.timezone,
    rootNodeId: station.rootNodeId,
    createdAt: station.createdAt.toISOString(),
  };
}
