// What the growth, coverage and bureau screens share: their state in the route's query, the
// month the bureau asks for, and moving focus to a refused form's problem.
import type { Directive } from 'vue';
import type { LocationQuery, Router } from 'vue-router';

/** One query parameter as text; the first of repeated ones, '' when absent. */
export function queryText(query: LocationQuery, key: string): string {
  const value = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/**
 * Opens a screen with this state, leaving out empty parameters; `replace` keeps the back
 * button from filling up with display tweaks. Nothing happens when the state is unchanged.
 */
export function go(
  router: Router,
  name: string,
  params: Record<string, string | undefined>,
  { replace = false }: { replace?: boolean } = {},
): void {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value) query[key] = value;
  void (replace ? router.replace({ name, query }) : router.push({ name, query }));
}

/** Last calendar month, `YYYY-MM`, the period the bureau asks for at the start of each month. */
export function lastMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** 400 and 422 problems are about the form's input: shown in the form, not as a failed screen. */
export const isInputProblem = (error: unknown): boolean => statusOf(error) === 400 || statusOf(error) === 422;

/** The HTTP status of a refused call, if it was one. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Names an el-table by its caption: el-table draws its own <table> (one, in the auto layout),
 * so the caption beside it labels that table for assistive technology.
 */
export const vTableCaption: Directive<HTMLElement, string> = {
  mounted: (el, { value }) => el.querySelector('table')?.setAttribute('aria-labelledby', value),
  updated: (el, { value }) => el.querySelector('table')?.setAttribute('aria-labelledby', value),
};
