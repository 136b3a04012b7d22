import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { logContext } from '../context/caller.js';

export interface OutboxEvent<T> {
  subject: string;
  tenantId: string;
  payload: T;
  id?: string;
}

/**
 * Records an event in the same transaction as the change it describes; the relay publishes
 * it after commit. If the transaction rolls back, the event never existed.
 */
export async function addToOutbox<T>(manager: EntityManager, event: OutboxEvent<T>): Promise<string> {
  const id = event.id ?? randomUUID();
  await manager.query('INSERT INTO outbox (id, tenant_id, subject, payload, request_id) VALUES ($1, $2, $3, $4, $5)', [
    id,
    event.tenantId,
    event.subject,
    JSON.stringify(event.payload),
    logContext.getStore()?.requestId ?? null,
  ]);
  return id;
}

/** Records a declared event in the outbox: its subject and payload type come from the declaration. */
export function publishEvent<P>(
  manager: EntityManager,
  event: { subject: string; payload: new (...args: never[]) => P },
  tenantId: string,
  payload: P,
  id?: string,
): Promise<string> {
  return addToOutbox<P>(manager, { subject: event.subject, tenantId, payload, id });
}
