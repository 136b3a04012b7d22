// Pieces the shift, roster and hours screens share: times, durations, status badges, shift cards.
import { HOURS_STATUSES, SIGNUP_STATUSES } from '../labels.ts';
import { h } from './ui.js';

const dayFormat = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', weekday: 'short' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** 12月6日周一 09:00–12:00 */
export function shiftWhen(startsAt, endsAt) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  return `${dayFormat.format(start)} ${timeFormat.format(start)}–${sameDay ? '' : `${dayFormat.format(end)} `}${timeFormat.format(end)}`;
}

export const timeOf = (iso) => (iso ? timeFormat.format(new Date(iso)) : '—');

/** Minutes as hours with at most one decimal: 150 → "2.5". */
export function hoursOf(minutes) {
  const n = Math.round(((Number(minutes) || 0) / 60) * 10) / 10;
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}

/** The start of today in local time, as an instant the API takes. */
export function startOfToday() {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

export function signupBadge(status, position) {
  const [zh, en] = SIGNUP_STATUSES[status] ?? [status, ''];
  return h(
    'span',
    { class: `badge signup-${status}`, dataset: { status } },
    status === 'waitlisted' && position ? `${zh}第 ${position} 位` : zh,
    ' ',
    h('span', { class: 'en', lang: 'en' }, status === 'waitlisted' && position ? `${en} #${position}` : en),
  );
}

export function hoursBadge(status) {
  const [zh, en] = HOURS_STATUSES[status] ?? [status, ''];
  return h(
    'span',
    { class: `badge hours-${status}`, dataset: { status } },
    zh,
    ' ',
    h('span', { class: 'en', lang: 'en' }, en),
  );
}

/** "已报 2/5 · 候补 1" */
export function fillText(shift) {
  const wait = shift.waitlistCount ? ` · 候补 ${shift.waitlistCount}` : '';
  return `已报 ${shift.confirmedCount}/${shift.capacity}${wait}`;
}

/** A shift as a card: title, when, where, fill; `extra` and `actions` go below. */
export function shiftCard(shift, { extra = [], actions = [], attrs = {} } = {}) {
  return h(
    'li',
    { class: 'shift-card', dataset: { shiftId: shift.id }, ...attrs },
    h(
      'p',
      { class: 'shift-title' },
      shift.activityTitle,
      shift.role ? h('span', { class: 'muted' }, ` · ${shift.role}`) : null,
    ),
    h('p', { class: 'shift-when' }, shiftWhen(shift.startsAt, shift.endsAt)),
    h('p', { class: 'shift-meta muted' }, shift.location, ' · ', fillText(shift)),
    extra,
    actions.length ? h('div', { class: 'shift-actions' }, actions) : null,
  );
}
