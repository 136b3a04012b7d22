import { serviceNames, TracingConfig, ValidTokenKeys } from '#linli/platform';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

export class GatewayConfig extends TracingConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /**
   * The public keys (JWKS) access tokens are verified with at the edge; services verify them
   * again with the same set. The gateway holds no key that signs.
   */
  @IsOptional()
  @ValidTokenKeys()
  AUTH_PUBLIC_KEYS?: string;

  /** Without `AUTH_PUBLIC_KEYS`: the shared secret of HS256 tokens, as every service holds it. */
  @ValidateIf((config: GatewayConfig) => !config.AUTH_PUBLIC_KEYS)
  @IsString({ message: 'set AUTH_PUBLIC_KEYS (or AUTH_SECRET, for HS256 tokens)' })
  @MinLength(32)
  AUTH_SECRET?: string;

  /** Trust X-Forwarded-For from this many proxies in front (for the login throttle's client address). */
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS: number = 0;

  @IsString()
  NATS_URL: string = 'nats://127.0.0.1:4222';

  /** How long a call to a service may take before the caller gets 504. */
  @IsInt()
  @Min(100)
  RPC_TIMEOUT_MS: number = 5000;

  /** Health checks answer faster than business calls. */
  @IsInt()
  @Min(100)
  HEALTH_TIMEOUT_MS: number = 1500;

  /** `/health` answers 503 once the gateway's V8 heap holds more than this share (%) of its limit. */
  @IsInt()
  @Min(1)
  @Max(100)
  HEALTH_HEAP_MAX_PERCENT: number = 90;

  /** `/health` answers 503 once the disk holding the temp directory (uploads stream there) is fuller than this (%). */
  @IsInt()
  @Min(1)
  @Max(100)
  HEALTH_DISK_MAX_PERCENT: number = 95;

  /** Largest JSON body: bytes, or with kb / mb (`1mb`). */
  @Matches(/^\d+(b|kb|mb)?$/i)
  BODY_LIMIT: string = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'verbose'])
  LOG_LEVEL: string = 'info';

  /** `1` writes logs through pino-pretty, for a person at a terminal; `0` (the default) JSON lines. Never under tests. */
  @IsIn(['0', '1'])
  LOG_PRETTY: string = '0';

  /** When set, `GET /metrics` asks for `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open (keep it off the public network). */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** How long `/metrics` waits for the services' snapshots. */
  @IsInt()
  @Min(50)
  METRICS_WAIT_MS: number = 400;
}

/** Services whose readiness `/health` reports: every service of the registry. */
export const SERVICES = serviceNames();

/** `1mb`, `512kb`, `2048` as bytes. */
export function bytesOf(limit: string): number {
  const [, digits, unit = 'b'] = /^(\d+)(b|kb|mb)?$/i.exec(limit)!;
  return Number(digits) * ({ b: 1, kb: 1024, mb: 1024 * 1024 } as Record<string, number>)[unit.toLowerCase()];
}
