import { IsNotEmpty, IsString, IsUUID } from 'class-validator';

/**
 * Payload of `evt.organisations.station.*` (the envelope's tenant id is the station's). Services
 * that need "a day" or a wall clock (activities, hours) keep a local copy of `timezone`.
 */
export class StationEventPayload {
  @IsUUID('all') tenantId: string;
  @IsString() @IsNotEmpty() name: string;
  @IsString() region: string;
  /** IANA zone, e.g. `Asia/Shanghai`, `Europe/Berlin`. */
  @IsString() @IsNotEmpty() timezone: string;
  @IsUUID('all') rootNodeId: string;
}
