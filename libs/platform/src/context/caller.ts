import { AsyncLocalStorage } from 'node:async_hooks';

/** Tenant id of the platform admin, who belongs to no station (the nil uuid keeps uuid columns valid). */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000000';

export type Role =
  | 'platform_admin'
  | 'station_head'
  | 'community_lead'
  | 'village_lead'
  | 'team_leader'
  | 'volunteer'
  | 'bureau_officer';

/** A station a bureau officer supervises: its tenant and its root node's path. */
export interface Supervision {
  stationId: string;
  tierPath: string;
}

export interface Grant {
  role: Role;
  tierNodeId: string;
  /** Materialised path of the node (`/root/community/village/`), so subtree checks need no lookup. */
  tierPath: string;
}

/** Who is asking, carried from the gateway to every service in NATS headers. */
export interface CallerContext {
  requestId: string;
  tenantId: string;
  userId: string;
  grants: Grant[];
  /** Set for scheduled jobs and service-to-service calls: acts for the tenant without a user. */
  system?: boolean;
  /** The volunteer profile linked to the account, if any. */
  volunteerId?: string;
  idempotencyKey?: string;
  /** For a bureau officer (who belongs to no station): the stations whose aggregate figures they read. */
  supervises?: Supervision[];
  /**
   * The signed access token this context was read from, forwarded on onward calls; for a
   * context a service minted (`systemCaller`, `supervisingCaller`), the token being signed.
   */
  token?: string | Promise<string>;
}

export const HEADER = {
  requestId: 'x-request-id',
  authorization: 'authorization',
  idempotencyKey: 'idempotency-key',
} as const;

/** Request-scoped values for logs: request id, tenant, service. */
export interface LogContext {
  requestId?: string;
  tenantId?: string;
}
export const logContext = new AsyncLocalStorage<LogContext>();
