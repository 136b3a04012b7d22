import type { EntityManager } from 'typeorm';
import { logContext, type CallerContext } from '#linli/platform';

export interface AuditEntry {
  tenantId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Appends who did what, when, under which request id; written in the same transaction as the act. */
export async function audit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (tenant_id, actor_id, action, target_type, target_id, request_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.tenantId,
      entry.actorId,
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      logContext.getStore()?.requestId ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ],
  );
}

export const actorOf = (caller: CallerContext) => caller.userId;
