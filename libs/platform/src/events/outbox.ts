import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { logContext } from '../context/caller.js';
import { rememberTrace, tracing } from '../tracing/tracing.js';

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
  // The relay carries this request's trace on to the consumers (tracing.ts, "rememberTrace").
  if (tracing.on) rememberTrace(id);
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

/**
 * Records many events in one statement, in the same transaction as the changes they describe
 * (a batch of requests decided together). Each event carries the request id of the request it
 * answers, which the relay forwards, since no single request's context covers a batch.
 */
export async function addManyToOutbox<T>(
  manager: EntityManager,
  events: (OutboxEvent<T> & { requestId?: string | null })[],
): Promise<string[]> {
  if (events.length === 0) return [];
  const ids = events.map((e) => e.id ?? randomUUID());
  await manager.query(
    `INSERT INTO outbox (id, tenant_id, subject, payload, request_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[])`,
    [
      ids,
      events.map((e) => e.tenantId),
      events.map((e) => e.subject),
      events.map((e) => JSON.stringify(e.payload)),
      events.map((e) => e.requestId ?? null),
    ],
  );
  return ids;
}

/** `publishEvent` for a batch: many payloads of one declared event, each with the request id it answers. */
export function publishEvents<P>(
  manager: EntityManager,
  event: { subject: string; payload: new (...args: never[]) => P },
  tenantId: string,
  items: { payload: P; requestId?: string | null; id?: string }[],
): Promise<string[]> {
  return addManyToOutbox<P>(
    manager,
    items.map((item) => ({
      subject: event.subject,
      tenantId,
      payload: item.payload,
      requestId: item.requestId,
      id: item.id,
    })),
  );
}
