// 我的班次 My shifts: a volunteer's home on the phone. Their shifts (cancel, self check-in with
// the 6-digit code) and the shifts they can sign up for (confirmed or waitlisted, or why not).
import { api } from '../api.js';
import { currentPersona } from '../../personas.ts';
import { shiftCard, signupBadge, startOfToday, timeOf } from '../shift-ui.js';
import { bi, errorState, h, loadingState, problemAlert, toast } from '../ui.js';

export const title = '我的班次 My shifts';

/** Open shifts are shown for the next few weeks, a page at a time (a weekly desk would fill a phone). */
const OPEN_DAYS = 28;
const OPEN_PAGE = 5;

/** The volunteer id from the session, or from /me when the login answer lacked it. */
export async function myVolunteerId() {
  const known = currentPersona().volunteerId;
  if (known) return known;
  const me = await api.me();
  return me.volunteerId ?? null;
}

/** From a scanned check-in QR (`#/my?checkin=<shift>&code=<6 digits>`): the code to fill in for that shift. */
function scannedCode(params) {
  const shiftId = params?.get('checkin');
  const code = params?.get('code');
  return shiftId && /^\d{6}$/.test(code ?? '') ? { shiftId, code } : null;
}

export function mount(root, params) {
  let scanned = scannedCode(params);
  const mine = h('section', { class: 'panel', id: 'my-shifts', 'aria-labelledby': 'my-shifts-title' });
  const open = h('section', { class: 'panel', id: 'open-shifts', 'aria-labelledby': 'open-shifts-title' });
  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h('h1', { tabindex: '-1' }, bi('我的班次', 'My shifts')),
      h('button', { type: 'button', class: 'secondary small', onclick: () => load() }, bi('刷新', 'Refresh')),
    ),
    mine,
    open,
  );
  let volunteerId = null;
  let alive = true;
  let openLimit = OPEN_PAGE;

  async function load() {
    try {
      volunteerId ??= await myVolunteerId();
    } catch (error) {
      mine.replaceChildren(errorState(error, load));
      return;
    }
    if (!volunteerId) {
      mine.replaceChildren(
        h('p', { class: 'empty-state' }, '此账号未关联志愿者档案 ', h('span', { class: 'en' }, 'No volunteer profile')),
      );
      return;
    }
    await Promise.all([loadMine(), loadOpen()]);
  }

  async function loadMine() {
    if (!mine.childElementCount) mine.append(loadingState());
    try {
      const shifts = await api.volunteerShifts(volunteerId, { from: startOfToday() });
      if (!alive) return;
      const list = Array.isArray(shifts) ? shifts : (shifts?.items ?? []);
      mine.replaceChildren(
        h(
          'h2',
          { id: 'my-shifts-title' },
          bi('我的班次', 'My shifts'),
          h('span', { class: 'count-pill' }, list.length),
        ),
        list.length
          ? h(
              'ul',
              { class: 'shift-list' },
              list.map((s) => myShiftCard(s)),
            )
          : h('p', { class: 'empty-state' }, '还没有报名的班次 ', h('span', { class: 'en' }, 'No shifts yet')),
      );
    } catch (error) {
      mine.replaceChildren(errorState(error, loadMine));
    }
  }

  function myShiftCard(s) {
    const status = h('div', { class: 'shift-status', role: 'status' });
    const extra = [
      h(
        'p',
        { class: 'shift-state' },
        signupBadge(s.signupStatus, s.position),
        s.checkedInAt ? h('span', { class: 'badge hours-approved' }, `已签到 ${timeOf(s.checkedInAt)}`) : null,
        s.checkedOutAt ? h('span', { class: 'badge' }, `已签退 ${timeOf(s.checkedOutAt)}`) : null,
        s.noShow ? h('span', { class: 'badge hours-rejected' }, '缺席 No-show') : null,
      ),
      status,
    ];
    const actions = [];
    if (s.signupStatus === 'confirmed' && !s.checkedInAt && !s.noShow) {
      const code = h('input', {
        name: 'code',
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        pattern: '\\d{6}',
        maxlength: 6,
        placeholder: '6 位签到码',
        'aria-label': `签到码 Check-in code · ${s.activityTitle}`,
      });
      const fromScan = scanned?.shiftId === s.id;
      if (fromScan) code.value = scanned.code;
      const form = h(
        'form',
        { class: 'checkin-form', novalidate: true },
        code,
        h('button', { type: 'submit', class: 'primary small' }, bi('签到', 'Check in')),
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        status.replaceChildren();
        if (!/^\d{6}$/.test(code.value.trim())) {
          status.append(h('p', { class: 'field-error' }, '请输入负责人提供的 6 位签到码 / Enter the 6-digit code'));
          code.focus();
          return;
        }
        try {
          await api.checkIn(s.id, { volunteerId, code: code.value.trim() });
          toast('签到成功 Checked in');
          await loadMine();
        } catch (error) {
          status.append(problemAlert(error));
        }
      });
      actions.push(form);
      if (fromScan) {
        status.append(
          h(
            'p',
            { class: 'muted small' },
            '已填入扫码得到的签到码，点「签到」完成 / Code from the QR filled in: tap Check in',
          ),
        );
        queueMicrotask(() => {
          form.scrollIntoView({ block: 'center' });
          form.querySelector('button')?.focus();
        });
      }
    }
    if (!s.checkedInAt) {
      actions.push(
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            onclick: async (event) => {
              const btn = event.currentTarget;
              if (!confirm(`取消报名「${s.activityTitle}」？ Cancel this sign-up?`)) return;
              btn.disabled = true;
              try {
                await api.cancelSignup(s.id, volunteerId);
                toast('已取消报名 Sign-up cancelled');
                await Promise.all([loadMine(), loadOpen()]);
              } catch (error) {
                status.replaceChildren(problemAlert(error));
                btn.disabled = false;
              }
            },
          },
          bi('取消报名', 'Cancel'),
        ),
      );
    }
    return shiftCard(s, { extra, actions, attrs: { dataset: { shiftId: s.id, signup: s.signupStatus } } });
  }

  async function loadOpen() {
    if (!open.childElementCount) open.append(loadingState());
    try {
      const page = await api.listShifts({
        eligibleFor: 'me',
        openOnly: 'true',
        from: new Date().toISOString(),
        to: new Date(Date.now() + OPEN_DAYS * 86_400_000).toISOString(),
        pageSize: openLimit,
      });
      if (!alive) return;
      const list = page.items ?? [];
      const more =
        page.total > list.length
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary block',
                onclick: () => {
                  openLimit = Math.min(100, openLimit + OPEN_PAGE);
                  loadOpen();
                },
              },
              `再显示 ${Math.min(OPEN_PAGE, page.total - list.length)} 个（共 ${page.total} 个）`,
              ' ',
              h('span', { class: 'en', lang: 'en' }, 'Show more'),
            )
          : null;
      open.replaceChildren(
        h(
          'h2',
          { id: 'open-shifts-title' },
          bi('可报名班次', 'Shifts I can sign up for'),
          h('span', { class: 'count-pill' }, list.length),
        ),
        list.length
          ? h(
              'ul',
              { class: 'shift-list' },
              list.map((s) => openShiftCard(s)),
            )
          : h('p', { class: 'empty-state' }, '暂无可报名的班次 ', h('span', { class: 'en' }, 'Nothing open right now')),
        more,
      );
    } catch (error) {
      open.replaceChildren(errorState(error, loadOpen));
    }
  }

  function openShiftCard(s) {
    const result = h('div', { class: 'shift-status', role: 'status' });
    const button = h(
      'button',
      {
        type: 'button',
        class: 'primary small',
        onclick: async () => {
          button.disabled = true;
          result.replaceChildren();
          try {
            const outcome = await api.signUp(s.id, volunteerId);
            result.append(
              h(
                'p',
                { class: 'signup-result' },
                outcome.status === 'confirmed' ? '报名成功 ' : '已进入候补 ',
                signupBadge(outcome.status, outcome.position),
              ),
            );
            toast(outcome.status === 'confirmed' ? '报名成功 Signed up' : `候补第 ${outcome.position} 位 Waitlisted`);
            button.hidden = true;
            await loadMine();
          } catch (error) {
            result.append(problemAlert(error));
            button.disabled = false;
          }
        },
      },
      s.confirmedCount >= s.capacity ? bi('报名候补', 'Join waitlist') : bi('报名', 'Sign up'),
    );
    return shiftCard(s, { extra: [result], actions: [button] });
  }

  load();
  return {
    update(next) {
      scanned = scannedCode(next);
      if (scanned && volunteerId) loadMine();
    },
    unmount() {
      alive = false;
    },
  };
}
