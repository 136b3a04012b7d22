// 名单 Roster of one shift: who is confirmed (one-tap check-in and check-out), who waits, who
// did not come; the shift's self check-in code; a message to everyone on it. #/roster?id=…
import { api, fetchBlob } from '../api.js';
import { saveBlob } from '../report-ui.js';
import { shiftWhen, signupBadge, timeOf } from '../shift-ui.js';
import { bi, busy, errorState, field, h, hrefFor, loadingState, problemAlert, showFormProblem, toast } from '../ui.js';

export const title = '名单 Roster';
export const tab = 'shifts';

export function mount(root, params) {
  let shiftId = params.get('id');
  const head = h('div', { class: 'view-head' }, h('h1', { tabindex: '-1' }, bi('名单', 'Roster')));
  const body = h('div', { id: 'roster' }, loadingState());
  root.append(h('p', { class: 'small' }, h('a', { href: hrefFor('shifts') }, '← 班次 Shifts')), head, body);
  let seq = 0;

  async function load() {
    const mine = ++seq;
    if (!shiftId) {
      body.replaceChildren(errorState(new Error('没有指定班次 / No shift given')));
      return;
    }
    try {
      const roster = await api.roster(shiftId);
      if (mine !== seq) return;
      draw(roster);
    } catch (error) {
      if (mine === seq) body.replaceChildren(errorState(error, load));
    }
  }

  function draw(roster) {
    const s = roster.shift;
    head.replaceChildren(
      h('h1', { tabindex: '-1' }, s.activityTitle, ' ', h('span', { class: 'en', lang: 'en' }, 'Roster')),
      h('p', { class: 'lead' }, shiftWhen(s.startsAt, s.endsAt), ' · ', s.location, s.role ? ` · ${s.role}` : ''),
    );
    const counts = h(
      'div',
      { class: 'cards roster-counts' },
      countCard('confirmed', '已确认', 'Confirmed', `${roster.confirmed.length}/${s.capacity}`),
      countCard('waitlisted', '候补', 'Waitlisted', roster.waitlisted.length),
      countCard('checked-in', '已签到', 'Checked in', roster.checkedIn.length),
      countCard('no-show', '缺席', 'No-show', roster.noShow.length),
    );
    body.replaceChildren(
      counts,
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'confirmed-title' },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', { id: 'confirmed-title' }, bi('已确认', 'Confirmed')),
          h('button', { type: 'button', class: 'secondary small', onclick: () => load() }, bi('刷新', 'Refresh')),
        ),
        roster.confirmed.length
          ? h(
              'ul',
              { class: 'roster-list', id: 'roster-confirmed' },
              roster.confirmed.map((e) => person(e)),
            )
          : h('p', { class: 'empty-state' }, '还没有人报名 ', h('span', { class: 'en' }, 'Nobody yet')),
      ),
      roster.waitlisted.length
        ? h(
            'section',
            { class: 'panel', 'aria-labelledby': 'wait-title' },
            h('h2', { id: 'wait-title' }, bi('候补', 'Waitlist')),
            h(
              'ol',
              { class: 'roster-list', id: 'roster-waitlisted' },
              roster.waitlisted.map((e) =>
                h(
                  'li',
                  { class: 'roster-row' },
                  h('span', { class: 'roster-name' }, e.name),
                  signupBadge('waitlisted', e.position),
                ),
              ),
            ),
          )
        : '',
      codePanel(),
      messagePanel(),
    );
  }

  function countCard(key, zh, en, value) {
    return h(
      'div',
      { class: 'card', dataset: { card: key } },
      h('h3', {}, bi(zh, en)),
      h('p', { class: 'card-value' }, value),
    );
  }

  function person(e) {
    const status = h('div', { class: 'roster-status' });
    const act = (kind) => async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      status.replaceChildren();
      try {
        if (kind === 'in') await api.checkIn(shiftId, { volunteerId: e.volunteerId });
        else await api.checkOut(shiftId, e.volunteerId);
        toast(kind === 'in' ? `${e.name} 已签到 Checked in` : `${e.name} 已签退 Checked out`);
        await load();
      } catch (error) {
        button.disabled = false;
        status.replaceChildren(problemAlert(error));
      }
    };
    let state;
    let action = null;
    if (e.checkedOutAt) {
      state = h('span', { class: 'badge', dataset: { state: 'out' } }, `已签退 ${timeOf(e.checkedOutAt)}`);
    } else if (e.checkedInAt) {
      state = h('span', { class: 'badge hours-approved', dataset: { state: 'in' } }, `已签到 ${timeOf(e.checkedInAt)}`);
      action = h(
        'button',
        { type: 'button', class: 'primary', onclick: act('out'), 'aria-label': `签退 Check out ${e.name}` },
        bi('签退', 'Check out'),
      );
    } else {
      state = e.noShow
        ? h('span', { class: 'badge hours-rejected', dataset: { state: 'no-show' } }, '缺席 No-show')
        : h('span', { class: 'badge', dataset: { state: 'waiting' } }, '未签到 Not yet');
      action = h(
        'button',
        { type: 'button', class: 'primary', onclick: act('in'), 'aria-label': `签到 Check in ${e.name}` },
        bi('签到', 'Check in'),
      );
    }
    return h(
      'li',
      { class: 'roster-row', dataset: { volunteerId: e.volunteerId } },
      h('span', { class: 'roster-name' }, e.name),
      state,
      action,
      status,
    );
  }

  function codePanel() {
    const out = h('div', { id: 'checkin-code' });
    const sheetStatus = h('p', { class: 'small no-print', role: 'status' });
    // The A4 sheet for the village point's door: the QR code, the code in large type, when and where.
    async function printSheet() {
      sheetStatus.replaceChildren(h('span', {}, bi('生成中…', 'Building…')));
      try {
        const blob = await fetchBlob(`/shifts/${encodeURIComponent(shiftId)}/check-in-sheet`);
        saveBlob(blob, `check-in-sheet-${shiftId}.pdf`);
        sheetStatus.replaceChildren(h('span', {}, bi('已下载，请打印', 'Downloaded: print it')));
      } catch (error) {
        sheetStatus.replaceChildren(problemAlert(error));
      }
    }
    return h(
      'section',
      { class: 'panel' },
      h('h2', {}, bi('自助签到码', 'Self check-in code')),
      h(
        'p',
        { class: 'muted small' },
        '志愿者在手机上输入此码自助签到。 ',
        h('span', { class: 'en' }, 'Volunteers type it on their phone to check in.'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: async () => {
            try {
              const code = await api.checkInCode(shiftId);
              out.replaceChildren(
                h('p', { class: 'big-code', 'aria-label': `签到码 ${code.code}` }, code.code),
                h('img', {
                  class: 'checkin-qr',
                  src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`,
                  alt: `签到二维码 Check-in QR code ${code.code}`,
                  width: 240,
                  height: 240,
                }),
                h(
                  'p',
                  { class: 'muted small' },
                  '志愿者用手机扫码即可打开签到页。 ',
                  h('span', { class: 'en' }, 'Volunteers scan it with their phone to open the check-in page.'),
                ),
                h('p', { class: 'muted small' }, `${timeOf(code.opensAt)} – ${timeOf(code.closesAt)} 可用 / valid`),
                h(
                  'button',
                  { type: 'button', class: 'secondary small no-print', 'data-sheet': 'pdf', onclick: printSheet },
                  bi('打印签到单', 'Print check-in sheet'),
                ),
                sheetStatus,
              );
              document.body.classList.add('printing-checkin');
            } catch (error) {
              out.replaceChildren(problemAlert(error));
            }
          },
        },
        bi('显示签到码', 'Show code'),
      ),
      out,
    );
  }

  function messagePanel() {
    const form = h(
      'form',
      { class: 'panel', novalidate: true, 'aria-label': '通知名单 Message the roster' },
      h('h2', {}, bi('通知名单上的志愿者', 'Message the roster')),
      field({
        label: '通知内容',
        en: 'Message',
        name: 'text',
        kind: 'textarea',
        required: true,
        attrs: { maxlength: 500, placeholder: '例如：明早八点半在大厅门口集合' },
      }),
      h('button', { type: 'submit', class: 'primary' }, bi('发送', 'Send')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = form.elements.namedItem('text').value.trim();
      const done = busy(form);
      try {
        const result = await api.messageRoster(shiftId, text);
        done();
        form.elements.namedItem('text').value = '';
        toast(`已通知 ${result.recipients} 人 Sent to ${result.recipients}`);
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return form;
  }

  load();
  return {
    update(next) {
      shiftId = next.get('id');
      document.body.classList.remove('printing-checkin');
      load();
    },
    unmount() {
      document.body.classList.remove('printing-checkin');
    },
  };
}
