import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';

/** Settings every service reads at boot. */
export class ServiceConfig {
  @IsString()
  DATABASE_URL: string;

  /**
   * A read replica of DATABASE_URL (streaming replication). When set, the read-heavy endpoints
   * (growth, coverage, reports, exports, lists) read from it and fall back to the primary while it
   * is unreachable; writes and every other read stay on DATABASE_URL. Unset or empty: no replica.
   */
  @IsOptional()
  @IsString()
  DATABASE_READ_URL?: string;

  /** Key that signs and verifies access tokens; the same for the gateway and every service. */
  @IsString()
  @MinLength(32)
  AUTH_SECRET: string;

  @IsString()
  NATS_URL: string = 'nats://127.0.0.1:4222';

  /** JetStream stream that carries domain events (`evt.>`). */
  @IsString()
  EVENTS_STREAM: string = 'LINLI_EVENTS';

  @IsInt()
  @Min(1)
  @Max(5)
  EVENTS_REPLICAS: number = 1;

  @IsInt()
  @Min(100)
  RPC_TIMEOUT_MS: number = 5000;

  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS: number = 1000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'verbose'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @IsString()
  SERVICE_INSTANCE?: string;
}
