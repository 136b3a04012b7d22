import { likePatterns } from '#linli/platform';

/** Rows of a query result: TypeORM answers UPDATE/DELETE … RETURNING with [rows, count]. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}

export const iso = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : new Date(value).toISOString();

/** Postgres error fields as TypeORM wraps them. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  const e = error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
  return e.driverError ?? e;
}

/** What a caller may read: whole subtrees (their grants), plus the exact nodes above a volunteer's own. */
export interface Visibility {
  subtrees: string[];
  exact: string[];
}

/** `column` visible under `v`, with its parameters appended to `params`. */
export function visibleClause(column: string, v: Visibility, params: unknown[]): string {
  params.push(likePatterns(v.subtrees));
  const subtree = `${column} LIKE ANY($${params.length})`;
  if (v.exact.length === 0) return subtree;
  params.push(v.exact);
  return `(${subtree} OR ${column} = ANY($${params.length}))`;
}

/** One page of a list query. */
export interface PageWindow {
  page: number;
  pageSize: number;
}

export const pageOf = (query: { page?: number; pageSize?: number }): PageWindow => ({
  page: query.page ?? 1,
  pageSize: query.pageSize ?? 20,
});
