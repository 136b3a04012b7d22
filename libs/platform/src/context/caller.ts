import { AsyncLocalStorage } from 'node:async_hooks';

export type Role = 'platform_admin' | 'station_head' | 'community_lead' | 'village_lead' | 'team_leader' | 'volunteer';

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
  /** Set for scheduled jobs and seeding: acts for the tenant without a user. */
  system?: boolean;
  idempotencyKey?: string;
}

export const HEADER = {
  requestId: 'x-request-id',
  caller: 'x-linli-caller',
  idempotencyKey: 'idempotency-key',
} as const;

export function encodeCaller(caller: CallerContext): string {
  return Buffer.from(JSON.stringify(caller), 'utf8').toString('base64url');
}

export function decodeCaller(raw: string | undefined): CallerContext | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as CallerContext;
    if (typeof value.tenantId !== 'string' || !Array.isArray(value.grants)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/** Request-scoped values for logs: request id, tenant, service. */
export interface LogContext {
  requestId?: string;
  tenantId?: string;
}
export const logContext = new AsyncLocalStorage<LogContext>();

/** The subtree paths a caller may act in, from their grants. */
export function callerScopePaths(caller: CallerContext): string[] {
  return caller.grants.map((g) => g.tierPath);
}

export function canActAt(caller: CallerContext, nodePath: string): boolean {
  return caller.system === true || caller.grants.some((g) => nodePath.startsWith(g.tierPath));
}
