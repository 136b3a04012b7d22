// 待审核时长 Hours queue: pending entries in the leader's area, approve or reject each, or tick
// several and approve them at once. Check-outs arrive a moment later through the event pipeline,
// so the refresh button is at hand.
import { api } from '../api.js';
import { currentPersona } from '../../personas.ts';
import { hoursOf, timeOf } from '../shift-ui.js';
import { bi, errorState, h, loadingState, problemAlert, toast } from '../ui.js';

export const title = '待审核时长 Hours queue';

export function mount(root) {
  const list = h('section', { class: 'panel', id: 'hours-queue', 'aria-live': 'polite' }, loadingState());
  const selectedCount = h('span', { id: 'selected-count' }, '0');
  const bulk = h(
    'button',
    { type: 'button', class: 'primary', disabled: true, onclick: () => approveSelected() },
    '核准所选 (',
    selectedCount,
    ') ',
    h('span', { class: 'en', lang: 'en' }, 'Approve selected'),
  );
  const status = h('div', { id: 'queue-status' });
  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h('h1', { tabindex: '-1' }, bi('待审核时长', 'Hours queue')),
      h(
        'div',
        { class: 'toolbar-actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => load() }, bi('刷新', 'Refresh')),
        bulk,
      ),
    ),
    status,
    list,
  );
  let items = [];
  const selected = new Set();
  let seq = 0;

  async function load() {
    const mine = ++seq;
    try {
      const page = await api.hoursQueue({
        status: 'pending',
        tierNodeId: currentPersona().leaderNodeId ?? undefined,
        pageSize: 100,
      });
      if (mine !== seq) return;
      items = page.items ?? [];
      for (const id of [...selected]) if (!items.some((e) => e.id === id)) selected.delete(id);
      draw(page.total);
    } catch (error) {
      if (mine === seq) list.replaceChildren(errorState(error, load));
    }
  }

  function syncBulk() {
    selectedCount.textContent = String(selected.size);
    bulk.disabled = selected.size === 0;
  }

  function draw(total) {
    syncBulk();
    if (!items.length) {
      list.replaceChildren(
        h(
          'p',
          { class: 'empty-state', id: 'queue-empty' },
          '没有待审核的时长 ',
          h('span', { class: 'en' }, 'Nothing pending'),
        ),
      );
      return;
    }
    const all = h('input', {
      type: 'checkbox',
      checked: selected.size === items.length,
      onchange: () => {
        for (const e of items) {
          if (all.checked) selected.add(e.id);
          else selected.delete(e.id);
        }
        list.querySelectorAll('input.pick').forEach((box) => (box.checked = all.checked));
        syncBulk();
      },
    });
    list.replaceChildren(
      h(
        'div',
        { class: 'panel-head' },
        h('label', { class: 'select-all' }, all, ' 全选 ', h('span', { class: 'en' }, 'Select all')),
        h(
          'p',
          { class: 'muted small', id: 'queue-total' },
          `共 ${total} 条待审核 `,
          h('span', { class: 'en' }, `${total} pending`),
        ),
      ),
      h(
        'ul',
        { class: 'entry-list' },
        items.map((e) => row(e)),
      ),
    );
  }

  function row(e) {
    const rowStatus = h('div');
    const pick = h('input', {
      type: 'checkbox',
      class: 'pick',
      checked: selected.has(e.id),
      'aria-label': `选择 Select ${e.volunteerName ?? ''} ${e.date}`,
      onchange: () => {
        if (pick.checked) selected.add(e.id);
        else selected.delete(e.id);
        syncBulk();
      },
    });
    const reason = h('input', {
      name: 'reason',
      maxlength: 500,
      placeholder: '退回原因 Reason',
      'aria-label': '退回原因 Reason',
    });
    const rejectForm = h(
      'form',
      { class: 'reject-form', novalidate: true },
      reason,
      h('button', { type: 'submit', class: 'secondary small' }, bi('确认退回', 'Reject')),
    );
    rejectForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        rowStatus.replaceChildren(h('p', { class: 'field-error' }, '请填写退回原因 / A reason is required'));
        reason.focus();
        return;
      }
      await decide(e, () => api.rejectHours(e.id, reason.value.trim()), '已退回 Rejected', rowStatus);
    });
    const times = e.checkedInAt ? ` · ${timeOf(e.checkedInAt)}–${timeOf(e.checkedOutAt)}` : '';
    return h(
      'li',
      { class: 'entry queue-row', dataset: { entryId: e.id, volunteerId: e.volunteerId } },
      h('label', { class: 'pick-box' }, pick),
      h(
        'div',
        { class: 'entry-main' },
        h(
          'p',
          { class: 'entry-title' },
          e.volunteerName ?? '—',
          h('span', { class: 'muted' }, ` · ${e.activity ?? e.content ?? ''}`),
        ),
        h('p', { class: 'muted small' }, `${e.date}${times}${e.place ? ` · ${e.place}` : ''}`),
        e.correctionReason ? h('p', { class: 'muted small' }, `更正理由 Why: ${e.correctionReason}`) : null,
      ),
      h(
        'div',
        { class: 'entry-side' },
        h(
          'p',
          { class: 'entry-hours' },
          `${hoursOf(e.minutes)} 小时`,
          h('span', { class: 'muted small' }, ` (${e.minutes} 分钟)`),
        ),
        h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary small',
              'aria-label': `核准 Approve ${e.volunteerName ?? ''}`,
              onclick: () => decide(e, () => api.approveHours(e.id), '已核准 Approved', rowStatus),
            },
            bi('核准', 'Approve'),
          ),
          h(
            'details',
            { class: 'reject' },
            h('summary', { class: 'button secondary small' }, bi('退回', 'Reject')),
            rejectForm,
          ),
        ),
      ),
      rowStatus,
    );
  }

  async function decide(e, call, message, rowStatus) {
    rowStatus.replaceChildren();
    try {
      await call();
      selected.delete(e.id);
      toast(`${e.volunteerName ?? ''} ${message}`);
      await load();
    } catch (error) {
      rowStatus.replaceChildren(problemAlert(error));
    }
  }

  async function approveSelected() {
    const ids = [...selected];
    if (!ids.length) return;
    bulk.disabled = true;
    status.replaceChildren();
    try {
      const result = await api.bulkApprove(ids);
      const refused = (result.results ?? []).filter((r) => r.outcome !== 'approved');
      selected.clear();
      toast(`已核准 ${result.approved} 条 Approved ${result.approved}`);
      if (refused.length)
        status.replaceChildren(
          h(
            'p',
            { class: 'alert alert-info', role: 'status' },
            `${refused.length} 条未核准（已处理或无权限）/ ${refused.length} not approved: `,
            refused.map((r) => r.code ?? r.outcome).join(', '),
          ),
        );
      await load();
    } catch (error) {
      status.replaceChildren(problemAlert(error));
      syncBulk();
    }
  }

  load();
  return { update() {} };
}
