// 我的时长 My hours: approved and pending hours, the star level with progress to the next star,
// every entry with its status, a correction request on an entry, and a certificate on request.
import { api, fetchBlob, idempotencyKeys } from '../api.js';
import { HOURS_KINDS } from '../../labels.ts';
import { hoursBadge, hoursOf } from '../shift-ui.js';
import {
  bi,
  busy,
  clearFormErrors,
  errorState,
  field,
  formValues,
  h,
  loadingState,
  problemAlert,
  showFormProblem,
  toast,
} from '../ui.js';
import { myVolunteerId } from './my.js';

export const title = '我的时长 My hours';
export const tab = 'my-hours';

const STARS = 5;
/** The newest entries shown before "show all". */
const ENTRIES_SHOWN = 8;

export function mount(root) {
  const summary = h('section', { id: 'hours-summary', 'aria-label': '时长汇总 Summary' }, loadingState());
  const certificate = h('section', { class: 'panel', id: 'certificate', 'aria-labelledby': 'cert-title' });
  const entries = h('section', { class: 'panel', id: 'hours-entries', 'aria-labelledby': 'entries-title' });
  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h('h1', { tabindex: '-1' }, bi('我的时长', 'My hours')),
      h('button', { type: 'button', class: 'secondary small', onclick: () => load() }, bi('刷新', 'Refresh')),
    ),
    summary,
    certificate,
    entries,
  );
  let volunteerId = null;
  let alive = true;
  const certKeys = idempotencyKeys();

  async function load() {
    try {
      volunteerId ??= await myVolunteerId();
      if (!volunteerId) throw new Error('此账号未关联志愿者档案 / No volunteer profile');
      const data = await api.volunteerHours(volunteerId);
      if (!alive) return;
      drawSummary(data);
      drawEntries(data.entries ?? []);
      if (!certificate.childElementCount) drawCertificate();
    } catch (error) {
      summary.replaceChildren(errorState(error, load));
    }
  }

  function drawSummary(data) {
    const approved = data.totalApprovedMinutes ?? data.approvedMinutes;
    const next = data.nextStar;
    const goal = next ? approved + next.minutesToGo : approved;
    const pct = next ? Math.min(100, Math.round((approved / Math.max(goal, 1)) * 100)) : 100;
    const stars = h(
      'span',
      { class: 'stars', 'aria-hidden': 'true' },
      '★'.repeat(Math.min(data.starLevel, STARS)),
      h('span', { class: 'stars-off' }, '★'.repeat(Math.max(0, STARS - data.starLevel))),
    );
    summary.replaceChildren(
      h(
        'div',
        { class: 'cards hours-cards' },
        h(
          'div',
          { class: 'card', dataset: { card: 'approved' } },
          h('h3', {}, bi('已核准', 'Approved')),
          h('p', { class: 'card-value' }, hoursOf(data.approvedMinutes), h('span', { class: 'unit' }, ' 小时')),
        ),
        h(
          'div',
          { class: 'card', dataset: { card: 'pending' } },
          h('h3', {}, bi('待审核', 'Pending')),
          h('p', { class: 'card-value' }, hoursOf(data.pendingMinutes), h('span', { class: 'unit' }, ' 小时')),
        ),
      ),
      h(
        'div',
        { class: 'panel star-panel', id: 'star-level', dataset: { level: data.starLevel } },
        h(
          'p',
          { class: 'star-line' },
          stars,
          h('strong', {}, data.starLevel ? `${data.starLevel} 星志愿者` : '尚未定星'),
          ' ',
          h('span', { class: 'en', lang: 'en' }, `Star level ${data.starLevel}`),
        ),
        next
          ? [
              h('progress', {
                class: 'star-progress',
                max: 100,
                value: pct,
                'aria-label': `距 ${next.level} 星进度 Progress to star ${next.level}`,
              }),
              h(
                'p',
                { class: 'muted small' },
                `距 ${next.level} 星还差 ${hoursOf(next.minutesToGo)} 小时（${pct}%）`,
                ' ',
                h('span', { class: 'en', lang: 'en' }, `${hoursOf(next.minutesToGo)} h to star ${next.level}`),
              ),
            ]
          : h('p', { class: 'muted small' }, '已达最高星级 ', h('span', { class: 'en' }, 'Top level reached')),
      ),
    );
  }

  let showAll = false;
  function drawEntries(list) {
    const shown = showAll ? list : list.slice(0, ENTRIES_SHOWN);
    entries.replaceChildren(
      h('h2', { id: 'entries-title' }, bi('服务记录', 'Entries'), h('span', { class: 'count-pill' }, list.length)),
      list.length
        ? h(
            'ul',
            { class: 'entry-list' },
            shown.map((e) => entryItem(e)),
          )
        : h('p', { class: 'empty-state' }, '暂无记录 ', h('span', { class: 'en' }, 'No entries yet')),
      shown.length < list.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary block',
              onclick: () => {
                showAll = true;
                drawEntries(list);
              },
            },
            `显示全部 ${list.length} 条 `,
            h('span', { class: 'en', lang: 'en' }, 'Show all'),
          )
        : '',
    );
  }

  function entryItem(e) {
    const [kindZh] = HOURS_KINDS[e.kind] ?? [e.kind];
    const canCorrect = ['approved', 'pending', 'rejected', 'not_counted'].includes(e.status);
    return h(
      'li',
      { class: 'entry', dataset: { entryId: e.id, status: e.status } },
      h(
        'div',
        { class: 'entry-main' },
        h('p', { class: 'entry-title' }, e.activity ?? e.content ?? kindZh),
        h('p', { class: 'muted small' }, `${e.date} · ${kindZh}${e.place ? ` · ${e.place}` : ''}`),
        e.notCountedReason ? h('p', { class: 'muted small' }, e.notCountedReason) : null,
        e.decisionReason ? h('p', { class: 'muted small' }, `原因 Reason: ${e.decisionReason}`) : null,
        e.correctionReason ? h('p', { class: 'muted small' }, `更正理由 Why: ${e.correctionReason}`) : null,
      ),
      h(
        'div',
        { class: 'entry-side' },
        h('p', { class: 'entry-hours' }, `${hoursOf(e.minutes)} 小时`),
        hoursBadge(e.status),
      ),
      canCorrect ? correctionForm(e) : null,
    );
  }

  function correctionForm(e) {
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-label': `申请更正 Request a correction · ${e.date}` },
      h(
        'div',
        { class: 'form-grid' },
        field({
          label: '应为分钟数',
          en: 'Minutes it should be',
          name: 'minutes',
          type: 'number',
          value: e.minutes,
          required: true,
          attrs: { min: 0, max: 1440, inputmode: 'numeric' },
        }),
        field({
          label: '理由',
          en: 'Reason',
          name: 'reason',
          kind: 'textarea',
          required: true,
          attrs: { maxlength: 500 },
        }),
      ),
      h('button', { type: 'submit', class: 'primary small' }, bi('提交更正', 'Send correction')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const done = busy(form);
      try {
        await api.requestCorrection(e.id, { minutes: Number(values.minutes), reason: values.reason ?? '' });
        done();
        toast('已提交更正，等待负责人核实 Correction sent');
        await load();
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return h('details', { class: 'entry-correct' }, h('summary', {}, bi('申请更正', 'Request a correction')), form);
  }

  function drawCertificate() {
    const result = h('div', { id: 'certificate-result', role: 'status' });
    const form = h(
      'form',
      { class: 'cert-form', novalidate: true, 'aria-label': '申请志愿服务证明 Request a certificate' },
      h(
        'div',
        { class: 'form-grid' },
        field({ label: '起始日期', en: 'From', name: 'from', type: 'date', hint: '留空为全部 / blank: all time' }),
        field({ label: '截止日期', en: 'To', name: 'to', type: 'date', hint: '留空为今天 / blank: today' }),
      ),
      h('button', { type: 'submit', class: 'primary' }, bi('申请证明', 'Request certificate')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const body = formValues(form);
      const done = busy(form);
      try {
        const issued = await api.issueCertificate(volunteerId, body, certKeys.keyFor(body));
        certKeys.succeeded();
        done();
        result.replaceChildren(certificateCard(issued));
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    certificate.replaceChildren(
      h('h2', { id: 'cert-title' }, bi('志愿服务证明', 'Certificate')),
      h(
        'p',
        { class: 'muted small' },
        '免费出具，凭验证码可公开核验。 ',
        h('span', { class: 'en', lang: 'en' }, 'Free; anyone can check it with the code.'),
      ),
      form,
      result,
    );
  }

  function certificateCard(issued) {
    const status = h('div');
    const open = async () => {
      status.replaceChildren();
      // A tab opened now (inside the click) survives popup blockers; the PDF is loaded into it.
      const tabWindow = window.open('', '_blank');
      try {
        const blob = await fetchBlob(issued.pdfUrl);
        const url = URL.createObjectURL(blob);
        if (tabWindow) tabWindow.location.href = url;
        status.replaceChildren(
          h(
            'a',
            { href: url, target: '_blank', rel: 'noopener', class: 'button secondary small' },
            bi('查看 PDF', 'View PDF'),
          ),
        );
      } catch (error) {
        tabWindow?.close();
        status.replaceChildren(problemAlert(error));
      }
    };
    return h(
      'div',
      { class: 'alert alert-info cert-card' },
      h('p', {}, bi('证明编号', 'Number'), '：', h('strong', { class: 'cert-number' }, issued.number)),
      h('p', {}, bi('验证码', 'Verification code'), '：', h('strong', { class: 'cert-code' }, issued.verificationCode)),
      h(
        'p',
        { class: 'small' },
        `${hoursOf(issued.approvedMinutes)} 小时 · ${issued.periodFrom ?? '…'} – ${issued.periodTo}`,
      ),
      h('button', { type: 'button', class: 'primary small', onclick: open }, bi('打开证明 PDF', 'Open PDF')),
      status,
    );
  }

  load();
  return {
    update() {},
    unmount() {
      alive = false;
    },
  };
}
