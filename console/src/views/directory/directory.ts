// What the organisation directory and the tier tree share: the tree as select options, lookups
// in it, the query-string helpers and the date-time format of the history.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { Schema } from '../../api/client.ts';
import { ORGANISATION_STATUSES, ORGANISATION_TYPES } from '../../labels.ts';

export type TierTreeNode = Schema<'TierTreeNodeDto'>;
export type Organisation = Schema<'OrganisationDto'>;
export type OrganisationDetail = Schema<'OrganisationDetailDto'>;
export type OrganisationType = Organisation['type'];
export type OrganisationStatus = Organisation['status'];

export interface Option {
  value: string;
  label: string;
  /** How the option reads in the open list, when not its label (a tier node indented under its parent). */
  text?: string;
}

export const typeOptions = (blank?: string): Option[] => [
  ...(blank ? [{ value: '', label: blank }] : []),
  ...ORGANISATION_TYPES.map(([value, zh, en]) => ({ value, label: `${zh} ${en}` })),
];

export const statusOptions = (blank?: string | null, exclude: readonly string[] = []): Option[] => [
  ...(blank ? [{ value: '', label: blank }] : []),
  ...ORGANISATION_STATUSES.filter(([key]) => !exclude.includes(key)).map(([value, zh, en]) => ({
    value,
    label: `${zh} ${en}`,
  })),
];

/** The tier tree as indented options: station, then each community with its villages. */
export function tierOptions(roots: readonly TierTreeNode[], blank?: string | null): Option[] {
  const out: Option[] = blank ? [{ value: '', label: blank }] : [];
  const walk = (node: TierTreeNode, depth: number) => {
    out.push({ value: node.id, label: node.name, text: `${'\u3000'.repeat(depth)}${depth ? '└ ' : ''}${node.name}` });
    node.children.forEach((child) => walk(child, depth + 1));
  };
  roots.forEach((root) => walk(root, 0));
  return out;
}

export function findNode(roots: readonly TierTreeNode[], id: string): TierTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const inside = findNode(node.children, id);
    if (inside) return inside;
  }
  return null;
}

/** One value of a query parameter (the first when repeated), or undefined. */
export function queryValue(query: LocationQuery, key: string): string | undefined {
  const value = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === null || first === undefined || first === '' ? undefined : first;
}

/** A query without its empty values, as the links and the back button keep it. */
export function cleanQuery(values: Record<string, string | number | null | undefined>): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 2021-11-05 14:30 in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A number field's text as the API takes it: a number, or the text itself for the server to refuse. */
export function numberOrText(text: string): number | string {
  const n = Number(text);
  return Number.isNaN(n) ? text : n;
}
