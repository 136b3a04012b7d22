import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CommonErrors } from '../errors/domain.exception.js';
import type { CallerContext } from '../context/caller.js';

export function requestHash(operation: string, payload: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(stableStringify(payload)).digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Makes a create safe to retry (docs/API.md, Idempotency-Key): the first call runs `fn` and stores
 * its response; a retry with the same key and body gets that response back, another body
 * with the same key is refused with 422, and a retry while the first still runs gets 409.
 * Without a key, `fn` just runs.
 */
export async function idempotent<T>(
  ds: DataSource,
  caller: CallerContext,
  operation: string,
  payload: unknown,
  fn: () => Promise<T>,
): Promise<T> {
  const key = caller.idempotencyKey;
  if (!key) return fn();
  const hash = requestHash(operation, payload);
  const inserted: unknown[] = await ds.query(
    `INSERT INTO idempotency_keys (tenant_id, key, operation, request_hash, state)
     VALUES ($1, $2, $3, $4, 'running') ON CONFLICT DO NOTHING RETURNING key`,
    [caller.tenantId, key, operation, hash],
  );
  if (inserted.length === 0) {
    const [row] = await ds.query(
      'SELECT request_hash, state, response FROM idempotency_keys WHERE tenant_id = $1 AND key = $2',
      [caller.tenantId, key],
    );
    if (!row || row.request_hash !== hash) throw CommonErrors.idempotencyMismatch();
    if (row.state === 'running') throw CommonErrors.idempotencyInProgress();
    return row.response as T;
  }
  try {
    const result = await fn();
    await ds.query(`UPDATE idempotency_keys SET state = 'done', response = $3 WHERE tenant_id = $1 AND key = $2`, [
      caller.tenantId,
      key,
      JSON.stringify(result ?? null),
    ]);
    return result;
  } catch (error) {
    // A refused or failed request leaves nothing behind: the client may retry with the same key.
    await ds.query('DELETE FROM idempotency_keys WHERE tenant_id = $1 AND key = $2', [caller.tenantId, key]);
    throw error;
  }
}
