// What the volunteers, import and teams screens share: the tier tree as select options and as
// an index, the birth date a resident ID carries, and reading a screen's query.
import type { LocationQuery } from 'vue-router';
import type { Schema } from '../../api/client.ts';
import { todayIso } from '../../ui/format.ts';

export type TierNode = Schema<'TierTreeNodeDto'>;

/** One option of a select: its value and its text. */
export interface Option {
  value: string;
  label: string;
}

/** The tier tree as indented options, with a blank first option when `blank` is given. */
export function tierOptions(roots: readonly TierNode[], blank?: string | null): Option[] {
  const out: Option[] = blank ? [{ value: '', label: blank }] : [];
  const walk = (node: TierNode, depth: number) => {
    out.push({ value: node.id, label: `${'\u3000'.repeat(depth)}${depth ? '└ ' : ''}${node.name}` });
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return out;
}

/** id → node of the whole tree. */
export function indexTree(roots: readonly TierNode[]): Map<string, TierNode> {
  const byId = new Map<string, TierNode>();
  const walk = (node: TierNode) => {
    byId.set(node.id, node);
    for (const child of node.children ?? []) walk(child);
  };
  for (const root of roots) walk(root);
  return byId;
}

/** `[[value, text]]` label rows as options. */
export const asOptions = (rows: readonly (readonly [string, string])[]): Option[] =>
  rows.map(([value, label]) => ({ value, label }));

/** The birth date a resident ID number carries (digits 7–14), or null. */
export function birthDateOfId(idNumber: string | null | undefined): string | null {
  const id = (idNumber ?? '').replace(/\s+/g, '').toUpperCase();
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Under 18 today (YYYY-MM-DD compare, so no time zone surprises). */
export function isMinorOn(birthDate: string | null | undefined, today: string = todayIso()): boolean {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return false;
  const eighteenth = `${String(Number(birthDate.slice(0, 4)) + 18).padStart(4, '0')}${birthDate.slice(4)}`;
  return eighteenth > today && birthDate <= today;
}

/** A query parameter as one string ('' when absent). */
export function queryValue(query: LocationQuery, key: string): string {
  const value = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** A page number from the query: 1 unless a positive integer. */
export function pageOf(query: LocationQuery): number {
  const page = Number.parseInt(queryValue(query, 'page') || '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/** A query without its blank values, so links stay short. */
export function compact(query: Record<string, string | number | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

/** 2026-12-06 09:30 in local time; '—' without a value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The date part of an instant, or '—'. */
export const dateOf = (iso: string | null | undefined): string => (iso ? String(iso).slice(0, 10) : '—');

/** The error's code, for the few screens that react to one. */
export const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';

/** Whether the error is a fetch abort (a newer request replaced this one). */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
