// 新建活动与班次 New activity: an activity and its shifts in one go, weekly or monthly if asked
// (the service hall's rotating desk: FREQ=WEEKLY;COUNT=8;BYDAY=MO; the volunteer day on the
// first Saturday of every month: FREQ=MONTHLY;BYDAY=1SA;COUNT=12), skipping holidays.
import { api, idempotencyKeys } from '../api.js';
import { RISK_LEVEL_OPTIONS, WEEKDAYS } from '../../labels.ts';
import { currentPersona } from '../../personas.ts';
import { bi, busy, clearFormErrors, field, formValues, h, hrefFor, showFormProblem, todayIso } from '../ui.js';

export const title = '新建活动与班次 New activity';
export const tab = 'shifts';

/** Nodes the leader may plan for: their grant's node and everything under it. */
function nodesUnder(roots, nodeId) {
  const out = [];
  const walk = (node, depth, inside) => {
    const here = inside || !nodeId || node.id === nodeId;
    if (here) out.push([node.id, `${'　'.repeat(depth)}${node.name}`]);
    for (const child of node.children ?? []) walk(child, depth + 1, here);
  };
  for (const root of roots ?? []) walk(root, 0, false);
  return out;
}

/** Local date and time → an instant with offset. */
const instant = (date, time) => new Date(`${date}T${time}:00`).toISOString();

const CN_ORDINALS = ['', '一', '二', '三', '四', '五'];
const CN_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** How a series repeats, as offered for the first date (1 = first, … 5 = fifth of its month). */
function repeatOptions(date) {
  const d = date ? new Date(`${date}T12:00:00`) : new Date();
  const nth = Math.ceil(d.getDate() / 7);
  return [
    ['weekly', '每周 Weekly'],
    ['monthly-nth', `每月第${CN_ORDINALS[nth]}个周${CN_WEEKDAYS[d.getDay()]} Monthly, same weekday`],
    ['monthly-day', `每月 ${d.getDate()} 日 Monthly, same date`],
  ];
}

/** The RRULE for the chosen repeat, or undefined for a single shift. */
export function recurrenceFor(kind, date, times, weekdays) {
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
const datesIn = (text) => (text ?? '').split(/[\s,，、]+/).filter(Boolean);

export function mount(root) {
  const activityKeys = idempotencyKeys();
  const shiftKeys = idempotencyKeys();
  const result = h('div', { id: 'plan-result', role: 'status' });
  const nodeField = field({ label: '所属节点', en: 'Tier node', name: 'tierNodeId', required: true, options: [] });
  const weekdayBoxes = h(
    'fieldset',
    { class: 'weekdays' },
    h('legend', {}, bi('每周哪几天', 'On weekdays')),
    WEEKDAYS.map(([code, text]) =>
      h('label', { class: 'weekday' }, h('input', { type: 'checkbox', name: 'byday', value: code }), ` ${text}`),
    ),
  );
  const repeatField = field({
    label: '重复方式',
    en: 'Repeat',
    name: 'repeat',
    options: repeatOptions(todayIso()),
    value: 'weekly',
  });
  const form = h(
    'form',
    { class: 'panel', id: 'plan-form', novalidate: true, 'aria-label': '新建活动与班次 New activity' },
    h('h2', {}, bi('活动', 'Activity')),
    h(
      'div',
      { class: 'form-grid' },
      field({ label: '活动名称', en: 'Title', name: 'title', required: true, attrs: { maxlength: 100 } }),
      field({ label: '地点', en: 'Location', name: 'location', required: true, attrs: { maxlength: 200 } }),
      nodeField,
      field({ label: '风险等级', en: 'Risk', name: 'riskLevel', options: RISK_LEVEL_OPTIONS, value: 'low' }),
    ),
    h('h2', {}, bi('班次', 'Shifts')),
    h(
      'div',
      { class: 'form-grid' },
      field({ label: '首个班次日期', en: 'First date', name: 'date', type: 'date', required: true, value: todayIso() }),
      field({ label: '开始时间', en: 'Starts', name: 'startTime', type: 'time', required: true, value: '09:00' }),
      field({ label: '结束时间', en: 'Ends', name: 'endTime', type: 'time', required: true, value: '12:00' }),
      field({
        label: '名额',
        en: 'Capacity',
        name: 'capacity',
        type: 'number',
        required: true,
        value: 2,
        attrs: { min: 1, max: 10000 },
      }),
      field({ label: '岗位', en: 'Role', name: 'role', attrs: { maxlength: 50, placeholder: '轮值志愿者' } }),
      repeatField,
      field({
        label: '重复次数',
        en: 'Weeks or months',
        name: 'weeks',
        type: 'number',
        value: 1,
        hint: '1 为单次；每周重复时为周数，每月重复时为月数 / 1: once; else weeks or months',
        attrs: { min: 1, max: 52 },
      }),
      field({
        label: '跳过日期',
        en: 'Skip dates',
        name: 'exceptDates',
        hint: '如春节、国庆：2027-02-06, 2027-10-02 / holidays to leave out',
        attrs: { maxlength: 2000, placeholder: '2027-02-06' },
      }),
    ),
    weekdayBoxes,
    h('p', { class: 'hint weekly-only' }, '不选则按首个日期的星期重复 / none ticked: the first date’s weekday'),
    h('button', { type: 'submit', class: 'primary' }, bi('创建', 'Create')),
  );

  // The monthly choices name the first date's weekday and day; weekday boxes only mean something weekly.
  const syncRepeat = () => {
    const select = repeatField.querySelector('select');
    const chosen = select.value;
    select.replaceChildren(
      ...repeatOptions(form.elements.namedItem('date').value).map(([value, text]) =>
        h('option', { value, selected: value === chosen }, text),
      ),
    );
    const weekly = select.value === 'weekly';
    weekdayBoxes.hidden = !weekly;
    form.querySelector('.weekly-only').hidden = !weekly;
  };
  form.elements.namedItem('date').addEventListener('change', syncRepeat);
  repeatField.querySelector('select').addEventListener('change', syncRepeat);

  api
    .tierTree()
    .then((roots) => {
      const select = nodeField.querySelector('select');
      const options = nodesUnder(roots, currentPersona().leaderNodeId);
      select.replaceChildren(...options.map(([id, text]) => h('option', { value: id }, text)));
    })
    .catch(() => undefined);

  let activity = null; // kept after a create, so a failed shifts step retries without a second activity
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    result.replaceChildren();
    const v = formValues(form);
    const weeks = Math.max(1, Number(v.weeks) || 1);
    const monthly = v.repeat === 'monthly-nth' || v.repeat === 'monthly-day';
    const days = monthly ? [] : [...form.querySelectorAll('input[name="byday"]:checked')].map((box) => box.value);
    const done = busy(form);
    try {
      if (!v.date || !v.startTime || !v.endTime) throw new Error('请填写日期和时间 / Date and times are required');
      const startsAt = instant(v.date, v.startTime);
      const endsAt = instant(v.date, v.endTime);
      const recurrence = recurrenceFor(v.repeat ?? 'weekly', v.date, weeks, days);
      const span = monthly ? (weeks - 1) * 31 + 7 : (weeks - 1) * 7 + 6;
      const lastEnd = new Date(new Date(endsAt).getTime() + span * 86_400_000);
      const activityBody = {
        title: v.title ?? '',
        location: v.location ?? '',
        tierNodeId: v.tierNodeId ?? '',
        riskLevel: v.riskLevel ?? 'low',
        startsAt,
        endsAt: (recurrence ? lastEnd : new Date(endsAt)).toISOString(),
      };
      if (!activity || activity.body !== JSON.stringify(activityBody)) {
        const created = await api.createActivity(activityBody, activityKeys.keyFor(activityBody));
        activityKeys.succeeded();
        activity = { id: created.id, body: JSON.stringify(activityBody) };
      }
      const shiftBody = { startsAt, endsAt, capacity: Number(v.capacity) };
      if (v.role) shiftBody.role = v.role;
      if (recurrence) {
        shiftBody.recurrence = recurrence;
        const skip = datesIn(v.exceptDates);
        if (skip.length) shiftBody.exceptDates = skip;
      }
      const created = await api.createShifts(activity.id, shiftBody, shiftKeys.keyFor(shiftBody));
      shiftKeys.succeeded();
      activity = null;
      done();
      const first = created.items?.[0];
      result.replaceChildren(
        h(
          'div',
          { class: 'alert alert-info' },
          h('p', {}, `已创建 ${created.items?.length ?? 0} 个班次 `, h('span', { class: 'en' }, 'shifts created')),
          shiftBody.recurrence ? h('p', { class: 'small' }, shiftBody.recurrence) : null,
          h(
            'p',
            {},
            h(
              'a',
              { href: hrefFor('shifts', first ? { from: first.startsAt.slice(0, 10) } : {}) },
              '查看班次 View shifts',
            ),
          ),
        ),
      );
      result.scrollIntoView?.({ block: 'nearest' });
    } catch (error) {
      done();
      showFormProblem(form, error);
    }
  });

  root.append(
    h('p', { class: 'small' }, h('a', { href: hrefFor('shifts') }, '← 班次 Shifts')),
    h('div', { class: 'view-head' }, h('h1', { tabindex: '-1' }, bi('新建活动与班次', 'New activity'))),
    form,
    result,
  );
  return { update() {} };
}
