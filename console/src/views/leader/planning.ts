// The leader's screens' date arithmetic and the series a plan repeats as: weekly or monthly
// (the service hall's rotating desk: FREQ=WEEKLY;COUNT=8;BYDAY=MO; the volunteer day on the
// first Saturday of every month: FREQ=MONTHLY;BYDAY=1SA;COUNT=12).
import type { Schema } from '../../api/client.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date (YYYY-MM-DD) moved by `n` days. */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00`);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whether the text is a local date the screens can start from. */
export const isIsoDate = (text: unknown): text is string =>
  typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T00:00:00`).getTime());

/** Local date and time → an instant with offset. */
export const instant = (date: string, time: string): string => new Date(`${date}T${time}:00`).toISOString();

/** A node the leader may plan for, indented by its depth in the tree. */
export interface NodeOption {
  id: string;
  text: string;
}

/** Nodes the leader may plan for: their grant's node and everything under it (all for the head). */
export function nodesUnder(roots: readonly Schema<'TierTreeNodeDto'>[], nodeId: string | null): NodeOption[] {
  const out: NodeOption[] = [];
  const walk = (node: Schema<'TierTreeNodeDto'>, depth: number, inside: boolean) => {
    const here = inside || !nodeId || node.id === nodeId;
    if (here) out.push({ id: node.id, text: `${'　'.repeat(depth)}${node.name}` });
    for (const child of node.children ?? []) walk(child, depth + 1, here);
  };
  for (const root of roots) walk(root, 0, false);
  return out;
}

export type RepeatKind = 'weekly' | 'monthly-nth' | 'monthly-day';

const CN_ORDINALS = ['', '一', '二', '三', '四', '五'];
const CN_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** How a series repeats, as offered for the first date (the nth weekday of its month, or its day). */
export function repeatOptions(date: string): [RepeatKind, string][] {
  const parsed = date ? new Date(`${date}T12:00:00`) : new Date();
  const d = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  const nth = Math.ceil(d.getDate() / 7);
  return [
    ['weekly', '每周 Weekly'],
    ['monthly-nth', `每月第${CN_ORDINALS[nth]}个周${CN_WEEKDAYS[d.getDay()]} Monthly, same weekday`],
    ['monthly-day', `每月 ${d.getDate()} 日 Monthly, same date`],
  ];
}

/** The RRULE for the chosen repeat, or undefined for a single shift. */
export function recurrenceFor(kind: RepeatKind, date: string, times: number, weekdays: string[]): string | undefined {
  const d = new Date(`${date}T12:00:00`);
  if (kind === 'monthly-nth') {
    return times > 1
      ? `FREQ=MONTHLY;COUNT=${times};BYDAY=${Math.ceil(d.getDate() / 7)}${RRULE_DAYS[d.getDay()]}`
      : undefined;
  }
  if (kind === 'monthly-day') return times > 1 ? `FREQ=MONTHLY;COUNT=${times};BYMONTHDAY=${d.getDate()}` : undefined;
  if (times > 1 || weekdays.length) {
    return `FREQ=WEEKLY;COUNT=${times * Math.max(1, weekdays.length)}${weekdays.length ? `;BYDAY=${weekdays.join(',')}` : ''}`;
  }
  return undefined;
}

/** Dates typed as 2027-02-06, 2027-02-07 (commas, spaces or 、 between). */
export const datesIn = (text: string): string[] => text.split(/[\s,，、]+/).filter(Boolean);
