// 班次 Shifts: the leader's week (or two) of shifts in their area, each opening its roster.
// The hash keeps the first day shown: #/shifts?from=2021-12-06.
import { api } from '../api.js';
import { currentPersona } from '../../personas.ts';
import { fillText, shiftCard } from '../shift-ui.js';
import { bi, errorState, go, h, hrefFor, loadingState, todayIso } from '../ui.js';

export const title = '班次 Shifts';

const DAYS = 14;
const dayTitle = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', weekday: 'long' });

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00`);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function mount(root, params) {
  const rangeText = h('p', { class: 'muted', id: 'shift-range' });
  const list = h('section', { id: 'shift-list', 'aria-live': 'polite' });
  const nav = h(
    'div',
    { class: 'toolbar shift-toolbar' },
    h('button', { type: 'button', class: 'secondary small', onclick: () => shift(-7) }, bi('上一周', 'Prev')),
    h('button', { type: 'button', class: 'secondary small', onclick: () => go('shifts', {}) }, bi('今天', 'Today')),
    h('button', { type: 'button', class: 'secondary small', onclick: () => shift(7) }, bi('下一周', 'Next')),
    h('button', { type: 'button', class: 'secondary small', onclick: () => load() }, bi('刷新', 'Refresh')),
  );
  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h('div', {}, h('h1', { tabindex: '-1' }, bi('班次', 'Shifts')), rangeText),
      h('a', { class: 'button primary', href: hrefFor('plan') }, bi('新建活动与班次', 'New activity')),
    ),
    nav,
    list,
  );
  let from = params.get('from') || todayIso();
  let seq = 0;

  function shift(days) {
    go('shifts', { from: addDays(from, days) });
  }

  async function load() {
    const mine = ++seq;
    const to = addDays(from, DAYS);
    rangeText.textContent = `${from} 至 ${to}（${DAYS} 天）`;
    list.replaceChildren(loadingState());
    try {
      const persona = currentPersona();
      const page = await api.listShifts({
        from: new Date(`${from}T00:00:00`).toISOString(),
        to: new Date(`${to}T00:00:00`).toISOString(),
        tierNodeId: persona.leaderNodeId ?? undefined,
        pageSize: 100,
      });
      if (mine !== seq) return;
      draw(page.items ?? [], page.total);
    } catch (error) {
      if (mine === seq) list.replaceChildren(errorState(error, load));
    }
  }

  function draw(items, total) {
    if (!items.length) {
      list.replaceChildren(
        h(
          'p',
          { class: 'panel empty-state' },
          '这段时间没有班次。 ',
          h('span', { class: 'en' }, 'No shifts in this period.'),
          ' ',
          h('a', { href: hrefFor('plan') }, '新建活动与班次 New activity'),
        ),
      );
      return;
    }
    const byDay = new Map();
    for (const s of items) {
      const key = new Date(s.startsAt).toDateString();
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key).push(s);
    }
    list.replaceChildren(
      h(
        'p',
        { class: 'muted small', id: 'shift-total' },
        `共 ${total} 个班次 `,
        h('span', { class: 'en' }, `${total} shifts`),
      ),
      ...[...byDay.values()].map((day) =>
        h(
          'section',
          { class: 'panel day-group' },
          h('h2', {}, dayTitle.format(new Date(day[0].startsAt))),
          h(
            'ul',
            { class: 'shift-list' },
            day.map((s) =>
              shiftCard(s, {
                actions: [
                  h(
                    'a',
                    {
                      class: 'button secondary small',
                      href: hrefFor('roster', { id: s.id }),
                      'aria-label': `名单 Roster · ${s.activityTitle} · ${fillText(s)}`,
                    },
                    bi('名单与签到', 'Roster'),
                  ),
                ],
              }),
            ),
          ),
        ),
      ),
    );
  }

  load();
  return {
    update(next) {
      from = next.get('from') || todayIso();
      load();
    },
  };
}
