import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { logContext } from '#linli/platform';

export interface AuditEntry {
  tenantId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** The audit log: who did what, when, under which request id. Append only. */
@Injectable()
export class AuditRepository {
  /** Written in the same transaction as the act it records. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
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
}
