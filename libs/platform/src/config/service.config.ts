import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { usesTokenKeys, ValidTokenKeys } from './token-keys.config.js';
import { TracingConfig } from './tracing.config.js';

/** Settings every service reads at boot. */
export class ServiceConfig extends TracingConfig {
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

  /**
   * The deployment's secret for the codes services derive (activation codes, calendar feed
   * links); it also signs and verifies access tokens (HS256) when `AUTH_PUBLIC_KEYS` is unset.
   */
  @IsString()
  @MinLength(32)
  AUTH_SECRET: string;

  /**
   * The public keys access tokens are verified with, as a JWKS (`{"keys":[…]}`, EdDSA Ed25519
   * or ES256, each with its `kid`): the identity key and the service key, current and previous.
   * Set, tokens are asymmetric and HS256 ones are refused.
   */
  @ValidateIf(usesTokenKeys)
  @ValidTokenKeys()
  AUTH_PUBLIC_KEYS?: string;

  /** Private JWK that signs users' access tokens: the identity service's alone. */
  @IsOptional()
  @IsString()
  AUTH_IDENTITY_KEY?: string;

  /** Private JWK that signs the tokens services mint (jobs, onward calls, a bureau officer's roll-up). */
  @ValidateIf(usesTokenKeys)
  @IsString({ message: 'AUTH_SERVICE_KEY is required with AUTH_PUBLIC_KEYS: every service mints tokens' })
  AUTH_SERVICE_KEY?: string;

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

  /** `1` writes logs through pino-pretty, for a person at a terminal; `0` (the default) JSON lines. Never under tests. */
  @IsIn(['0', '1'])
  LOG_PRETTY: string = '0';

  @IsOptional()
  @IsString()
  SERVICE_INSTANCE?: string;
}
