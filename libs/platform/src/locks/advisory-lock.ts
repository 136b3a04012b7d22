import type { DataSource } from 'typeorm';

/**
 * Runs `fn` only if this process wins the session-level advisory lock named `name`; other
 * replicas skip the tick. Returns whether it ran. The lock is held on one pooled connection
 * for the whole run and released even when `fn` throws.
 */
export async function withAdvisoryLock<T>(
  ds: DataSource,
  name: string,
  fn: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [name]);
    if (!locked) return { ran: false };
    try {
      return { ran: true, result: await fn() };
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await runner.release();
  }
}
