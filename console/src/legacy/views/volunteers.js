// 志愿者 Volunteers: the leads' search over the real-name records in their subtree (20 a page,
// ID numbers masked as the API returns them), a side panel with one volunteer (the station head
// may read the full ID number: audited), registering a volunteer (guardian fields for a minor,
// the one-time activation code shown to hand over), confirming self-registrations, and the top
// recruiters. State in the hash: #/volunteers?q=…&status=pending&v=<id> or &new=1.
import { api, idempotencyKeys } from '../api.js';
import {
  AGE_BANDS,
  ID_TYPES,
  idTypeLabel,
  levelLabel,
  optionsOf,
  SEXES,
  sexLabel,
  teamRoleLabel,
  VOLUNTEER_SOURCES,
  VOLUNTEER_STATUSES,
  volunteerStatusLabel,
} from '../../labels.ts';
import { currentPersona } from '../../personas.ts';
import {
  bi,
  busy,
  clearFormErrors,
  errorState,
  field,
  formatNumber,
  formValues,
  go,
  h,
  hrefFor,
  loadingState,
  orDash,
  paramsObject,
  problemAlert,
  showFormProblem,
  toast,
  todayIso,
  createDrawer,
} from '../ui.js';

export const title = '志愿者 Volunteers';

const FILTER_KEYS = ['q', 'phoneTail', 'skill', 'teamId', 'ageBand', 'status', 'tierNodeId', 'page'];
const MORE_FILTERS = ['skill', 'teamId', 'ageBand', 'tierNodeId'];
const PAGE_SIZE = 20;

function filtersOf(params) {
  const p = paramsObject(params);
  const filters = {};
  for (const key of FILTER_KEYS) if (p[key]) filters[key] = p[key];
  const page = Number.parseInt(filters.page ?? '1', 10);
  filters.page = Number.isFinite(page) && page > 0 ? page : 1;
  return filters;
}

/** The tier tree as indented options, and an id → node index. */
export function tierOptions(roots, blank) {
  const out = blank ? [['', blank]] : [];
  const walk = (node, depth) => {
    out.push([node.id, `${'\u3000'.repeat(depth)}${depth ? '└ ' : ''}${node.name}`]);
    (node.children ?? []).forEach((child) => walk(child, depth + 1));
  };
  roots.forEach((root) => walk(root, 0));
  return out;
}

export function indexTree(roots) {
  const byId = new Map();
  const walk = (node) => {
    byId.set(node.id, node);
    (node.children ?? []).forEach(walk);
  };
  roots.forEach(walk);
  return byId;
}

/** The birth date a resident ID number carries (digits 7–14), or null. */
export function birthDateOfId(idNumber) {
  const id = (idNumber ?? '').replace(/\s+/g, '').toUpperCase();
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Under 18 today (YYYY-MM-DD compare, so no time zone surprises). */
export function isMinorOn(birthDate, today = todayIso()) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate ?? '')) return false;
  const [y, rest] = [Number(birthDate.slice(0, 4)), birthDate.slice(4)];
  const eighteenth = `${String(y + 18).padStart(4, '0')}${rest}`;
  return eighteenth > today && birthDate <= today;
}

const formatDateTime = (iso) => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const statusBadge = (status) =>
  h('span', { class: `badge vstatus-${status}`, dataset: { status } }, volunteerStatusLabel(status));

/** A checkbox with its label and an error slot, shaped like `field()` so form errors find it. */
export function checkField({ name, label, en, required, checked }) {
  const id = `f-${name.replace(/\W/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'div',
    { class: 'field check-field', dataset: { field: name } },
    h(
      'label',
      { for: id },
      h('input', { type: 'checkbox', id, name, checked, 'aria-required': required ? 'true' : undefined }),
      ' ',
      label,
      required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
      en ? [' ', h('span', { class: 'en', lang: 'en' }, en)] : null,
    ),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' }),
  );
}

export function mount(root, params) {
  const persona = currentPersona();
  let filters = filtersOf(params);
  let selectedId = params.get('v');
  let creating = params.get('new') === '1';
  let listKey = '';
  let listSeq = 0;
  let detailSeq = 0;
  let listAbort = null;
  let tree = [];
  let nodes = new Map();
  let lastPage = null;
  let recruitersFor = null;

  const heading = h('h1', { tabindex: '-1' }, bi('志愿者', 'Volunteers'));
  const newButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => go('volunteers', { ...filters, new: 1 }) },
    '＋ ',
    bi('登记志愿者', 'Register'),
  );

  const filterForm = h(
    'form',
    {
      class: 'toolbar filters',
      role: 'search',
      novalidate: true,
      'aria-label': '筛选 Filters',
      id: 'volunteer-filters',
    },
    field({
      label: '姓名',
      en: 'Name',
      name: 'q',
      type: 'search',
      attrs: { placeholder: '姓名包含…', maxlength: 50, autocomplete: 'off' },
    }),
    field({
      label: '手机尾号',
      en: 'Phone tail',
      name: 'phoneTail',
      attrs: { inputmode: 'numeric', maxlength: 4, pattern: '\\d{4}', placeholder: '4 位 digits' },
    }),
    field({
      label: '状态',
      en: 'Status',
      name: 'status',
      options: optionsOf(VOLUNTEER_STATUSES, '全部状态 All'),
    }),
    h(
      'details',
      { class: 'more-filters', id: 'more-filters' },
      h('summary', {}, bi('更多筛选', 'More filters')),
      h(
        'div',
        { class: 'more-filters-grid' },
        field({ label: '技能', en: 'Skill', name: 'skill', attrs: { maxlength: 32, placeholder: '如 急救' } }),
        field({ label: '志愿服务队', en: 'Team', name: 'teamId', options: [['', '全部服务队 All teams']] }),
        field({ label: '年龄段', en: 'Age band', name: 'ageBand', options: optionsOf(AGE_BANDS, '全部年龄 All ages') }),
        field({ label: '范围', en: 'Tier', name: 'tierNodeId', options: [['', '全部 Everywhere']] }),
      ),
    ),
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('查询', 'Search')),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => go('volunteers', { v: selectedId }) },
        bi('清除', 'Clear'),
      ),
    ),
  );
  const control = (name) => filterForm.elements.namedItem(name);
  const applyFilters = () => {
    const values = formValues(filterForm);
    go('volunteers', { ...values, page: 1, v: selectedId });
  };
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const tail = control('phoneTail');
    clearFormErrors(filterForm);
    if (tail.value.trim() && !/^\d{4}$/.test(tail.value.trim())) {
      showFormProblem(filterForm, {
        message: '手机尾号须为 4 位数字 / Phone tail takes 4 digits',
      });
      tail.setAttribute('aria-invalid', 'true');
      tail.focus();
      return;
    }
    applyFilters();
  });
  for (const name of ['status', 'teamId', 'ageBand', 'tierNodeId'])
    control(name).addEventListener('change', applyFilters);

  const pendingLink = h('a', { class: 'button secondary small', href: hrefFor('volunteers', { status: 'pending' }) });
  pendingLink.append(...bi('待确认的自助报名', 'Pending sign-ups'));
  const listStatus = h('p', { class: 'list-status', role: 'status', id: 'list-status' });
  const listBox = h('div', { class: 'list-box' });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页 Pagination' });
  const recruitersBox = h('div', { id: 'recruiters' });
  const panel = createDrawer({ id: 'volunteer-drawer', onClose: () => closeDrawer() });
  const { drawer, backdrop } = panel;

  root.append(
    h(
      'div',
      { class: 'view-head with-action' },
      h(
        'div',
        {},
        heading,
        h(
          'p',
          { class: 'lead' },
          '实名登记的志愿者，证件号默认掩码 · ',
          h('span', { class: 'en', lang: 'en' }, 'Real-name records; ID numbers masked'),
        ),
      ),
      h('div', { class: 'button-row' }, pendingLink, newButton),
    ),
    filterForm,
    h('section', { class: 'panel list-panel', 'aria-labelledby': 'list-status' }, listStatus, listBox, pager),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'recruiters-title' },
      h('h2', { id: 'recruiters-title' }, bi('推荐人排行', 'Top recruiters')),
      recruitersBox,
    ),
    backdrop,
    drawer,
  );

  // ---- list ----
  function syncFilterForm() {
    for (const name of ['q', 'phoneTail', 'status', 'skill', 'teamId', 'ageBand', 'tierNodeId'])
      control(name).value = filters[name] ?? '';
    if (MORE_FILTERS.some((k) => filters[k])) filterForm.querySelector('#more-filters').open = true;
  }

  async function loadList(force = false) {
    syncFilterForm();
    const key = JSON.stringify(filters);
    if (!force && key === listKey) return;
    listKey = key;
    const mine = ++listSeq;
    listAbort?.abort();
    listAbort = new AbortController();
    listBox.setAttribute('aria-busy', 'true');
    if (!lastPage) listBox.replaceChildren(loadingState());
    try {
      const page = await api.listVolunteers({ ...filters, pageSize: PAGE_SIZE }, listAbort.signal);
      if (mine !== listSeq) return;
      lastPage = page;
      const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
      if (page.items.length === 0 && page.total > 0 && filters.page > pages) {
        go('volunteers', { ...filters, page: pages, v: selectedId }, { replace: true });
        return;
      }
      drawList(page);
    } catch (error) {
      if (error?.name === 'AbortError' || mine !== listSeq) return;
      listKey = '';
      lastPage = null;
      listStatus.textContent = '';
      pager.replaceChildren();
      listBox.replaceChildren(errorState(error, () => loadList(true)));
    } finally {
      if (mine === listSeq) listBox.removeAttribute('aria-busy');
    }
    loadRecruiters();
  }

  const nodeName = (id) => nodes.get(id)?.name ?? '—';

  function drawList(page) {
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    listStatus.replaceChildren(
      h('strong', { id: 'list-total', dataset: { total: page.total } }, `共 ${formatNumber(page.total)} 名志愿者`),
      ` · 第 ${page.page} / ${pages} 页 `,
      h('span', { class: 'en', lang: 'en' }, `${page.total} volunteers, page ${page.page} of ${pages}`),
    );
    if (!page.items.length) {
      listBox.replaceChildren(h('p', { class: 'empty-state' }, '没有符合条件的志愿者 / No volunteers match'));
    } else {
      const col = (zh, en, cls) => h('th', { scope: 'col', class: cls }, bi(zh, en));
      listBox.replaceChildren(
        h(
          'table',
          { class: 'data-table responsive volunteer-table', id: 'volunteer-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              col('姓名', 'Name'),
              col('性别·年龄', 'Sex · age'),
              col('证件号', 'ID number'),
              col('手机号', 'Phone'),
              col('所属节点', 'Tier'),
              col('技能', 'Skills'),
              col('状态', 'Status'),
            ),
          ),
          h(
            'tbody',
            {},
            page.items.map((v) =>
              h(
                'tr',
                { class: v.id === selectedId ? 'selected' : undefined, dataset: { id: v.id } },
                h(
                  'th',
                  { scope: 'row', 'data-label': '姓名 Name' },
                  h('a', { href: hrefFor('volunteers', { ...filters, v: v.id }) }, v.name),
                ),
                h('td', { 'data-label': '性别·年龄 Sex · age' }, `${sexLabel(v.sex)} · ${v.age} 岁`),
                h('td', { 'data-label': '证件号 ID', 'data-col': 'idNumber', class: 'mono' }, v.idNumber),
                h('td', { 'data-label': '手机号 Phone', class: 'mono' }, v.phone),
                h('td', { 'data-label': '所属节点 Tier' }, nodeName(v.tierNodeId)),
                h('td', { 'data-label': '技能 Skills' }, v.skills?.length ? v.skills.join('、') : '—'),
                h(
                  'td',
                  { 'data-label': '状态 Status', class: 'status-cell' },
                  statusBadge(v.status),
                  v.status === 'pending'
                    ? h(
                        'button',
                        { type: 'button', class: 'primary small', onclick: (e) => confirm(v, e.currentTarget) },
                        bi('确认', 'Confirm'),
                      )
                    : null,
                ),
              ),
            ),
          ),
        ),
      );
    }
    const goPage = (p) => go('volunteers', { ...filters, page: p, v: selectedId });
    pager.replaceChildren(
      h(
        'button',
        { type: 'button', class: 'secondary', disabled: page.page <= 1, onclick: () => goPage(page.page - 1) },
        '‹ ',
        bi('上一页', 'Previous'),
      ),
      h('span', { class: 'pager-info' }, `${page.page} / ${pages}`),
      h(
        'button',
        { type: 'button', class: 'secondary', disabled: page.page >= pages, onclick: () => goPage(page.page + 1) },
        bi('下一页', 'Next'),
        ' ›',
      ),
    );
  }

  async function confirm(volunteer, button) {
    if (button) button.disabled = true;
    try {
      const updated = await api.confirmVolunteer(volunteer.id);
      toast(`已确认 ${updated.name} / Confirmed`);
      loadList(true);
      if (selectedId === volunteer.id) drawDetail(updated);
    } catch (error) {
      if (button) {
        button.disabled = false;
        button.closest('td')?.append(problemAlert(error));
      } else toast(error.message);
    }
  }

  async function loadRecruiters() {
    const key = filters.tierNodeId ?? '';
    if (recruitersFor === key) return;
    recruitersFor = key;
    recruitersBox.replaceChildren(loadingState());
    try {
      const top = await api.recruiters(key ? { tierNodeId: key } : {});
      if (recruitersFor !== key) return;
      recruitersBox.replaceChildren(
        top.length
          ? h(
              'ol',
              { class: 'compact-list recruiter-list', id: 'recruiter-list' },
              top
                .slice(0, 10)
                .map((r) =>
                  h(
                    'li',
                    {},
                    h('a', { href: hrefFor('volunteers', { v: r.volunteerId }) }, r.name),
                    h('span', { class: 'badge' }, `推荐 ${r.recruitedCount} 人`),
                  ),
                ),
            )
          : h('p', { class: 'empty-state' }, '还没有推荐记录 / No recruits recorded yet'),
      );
    } catch (error) {
      recruitersFor = null;
      recruitersBox.replaceChildren(problemAlert(error));
    }
  }

  // ---- drawer: details and registration ----
  const openDrawer = (...content) => panel.open(...content);

  function closeDrawer() {
    const rest = { ...filters };
    go('volunteers', rest);
  }

  function hideDrawer() {
    delete drawer.dataset.volunteerId;
    panel.hide();
  }

  function drawDrawer() {
    listBox.querySelectorAll('tr.selected').forEach((tr) => tr.classList.remove('selected'));
    if (creating) {
      detailSeq++;
      delete drawer.dataset.volunteerId;
      openDrawer(...registerForm());
    } else if (selectedId) {
      listBox.querySelector(`tr[data-id="${CSS.escape(selectedId)}"]`)?.classList.add('selected');
      loadDetail(selectedId);
    } else {
      detailSeq++;
      hideDrawer();
    }
  }

  async function loadDetail(id) {
    const mine = ++detailSeq;
    if (drawer.hidden || drawer.dataset.volunteerId !== id)
      openDrawer(h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('志愿者', 'Volunteer')), loadingState());
    drawer.dataset.volunteerId = id;
    try {
      const volunteer = await api.getVolunteer(id);
      if (mine !== detailSeq) return;
      drawDetail(volunteer);
    } catch (error) {
      if (mine !== detailSeq) return;
      openDrawer(
        h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('志愿者', 'Volunteer')),
        errorState(error, () => loadDetail(id)),
      );
    }
  }

  function drawDetail(v) {
    const row = (zh, en, value, attrs = {}) => [h('dt', {}, bi(zh, en)), h('dd', attrs, value)];
    const idValue = h('span', { class: 'mono', id: 'detail-id-number' }, v.idNumber);
    const revealBox = h('div', { class: 'reveal-box' });
    if (v.idNumberRevealed) {
      revealBox.append(
        h(
          'p',
          { class: 'muted small' },
          '完整证件号已显示，本次查看已记入审计日志 / Shown in full; this read is audited',
        ),
      );
    } else if (persona.head) {
      revealBox.append(
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            id: 'reveal-id',
            onclick: async (event) => {
              const button = event.currentTarget;
              button.disabled = true;
              try {
                const full = await api.getVolunteer(v.id, { reveal: true });
                idValue.textContent = full.idNumber;
                idValue.dataset.revealed = 'true';
                revealBox.replaceChildren(
                  h('p', { class: 'muted small' }, '本次查看已记入审计日志 / This read has been audited'),
                );
              } catch (error) {
                button.disabled = false;
                revealBox.append(problemAlert(error));
              }
            },
          },
          '👁 ',
          bi('显示完整证件号', 'Show full ID'),
        ),
        h('p', { class: 'hint' }, '每次查看都会记入审计日志 / Every full read is audited'),
      );
    }
    const teamsBox = h('div', { id: 'volunteer-teams' }, loadingState());
    const guardian = v.guardian;
    openDrawer(
      h(
        'header',
        { class: 'detail-head' },
        h('p', { class: 'eyebrow' }, bi('志愿者', 'Volunteer')),
        h('h2', { tabindex: '-1', id: 'drawer-title' }, v.name),
        h(
          'p',
          {},
          statusBadge(v.status),
          v.isMinor ? [' ', h('span', { class: 'badge minor' }, '未成年 Minor')] : null,
        ),
      ),
      v.status === 'pending'
        ? h(
            'div',
            { class: 'alert alert-info' },
            h(
              'p',
              {},
              '该志愿者通过报名链接自助登记，核对身份后请确认。 / Self-registered; check their ID, then confirm.',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'primary',
                id: 'confirm-volunteer',
                onclick: (e) => confirm(v, e.currentTarget),
              },
              bi('确认登记', 'Confirm'),
            ),
          )
        : null,
      h(
        'dl',
        { class: 'detail-list' },
        row('性别', 'Sex', sexLabel(v.sex)),
        row('出生日期', 'Born', `${v.birthDate}（${v.age} 岁）`),
        row('证件类型', 'ID type', idTypeLabel(v.idType)),
        row('证件号', 'ID number', [idValue, revealBox]),
        row('手机号', 'Phone', h('span', { class: 'mono' }, v.phone)),
        row(
          '所属节点',
          'Tier',
          nodes.get(v.tierNodeId) ? `${nodeName(v.tierNodeId)}（${levelLabel(nodes.get(v.tierNodeId).level)}）` : '—',
        ),
        row('技能', 'Skills', v.skills?.length ? v.skills.join('、') : '—'),
        row('服务时间', 'Available', v.availableTimes?.length ? v.availableTimes.join('、') : '—'),
        row('登记服务队', 'Team (imported)', orDash(v.teamName)),
        row('保险有效期至', 'Insured until', orDash(v.insuredUntil)),
        guardian
          ? row(
              '监护人',
              'Guardian',
              `${guardian.name}（${guardian.relation}）${guardian.phone} · ${guardian.consentGiven ? '已同意 consented' : '未同意 no consent'}`,
            )
          : null,
        row('来源', 'Source', VOLUNTEER_SOURCES[v.source] ?? orDash(v.source)),
        row('同意登记', 'Consent', `${formatDateTime(v.consentAt)} · ${orDash(v.consentVersion)}`),
        row('登记时间', 'Registered', formatDateTime(v.createdAt)),
      ),
      h(
        'section',
        { class: 'drawer-section', 'aria-labelledby': 'vteams-title' },
        h('h3', { id: 'vteams-title' }, bi('所在服务队', 'Teams')),
        teamsBox,
      ),
    );
    api
      .volunteerTeams(v.id)
      .then((list) => {
        const current = (list.items ?? []).filter((t) => !t.leftAt);
        teamsBox.replaceChildren(
          current.length
            ? h(
                'ul',
                { class: 'compact-list' },
                current.map((t) =>
                  h(
                    'li',
                    {},
                    h('a', { href: hrefFor('teams', { id: t.teamId }) }, t.teamName),
                    h('span', { class: 'badge' }, teamRoleLabel(t.role)),
                  ),
                ),
              )
            : h('p', { class: 'muted' }, '暂未加入服务队 / In no team'),
        );
      })
      .catch(() => teamsBox.replaceChildren(h('p', { class: 'muted' }, '—')));
  }

  function registerForm() {
    const keys = idempotencyKeys();
    const defaultNode = filters.tierNodeId ?? persona.leaderNodeId ?? '';
    const guardianBox = h(
      'fieldset',
      { class: 'guardian-box', id: 'guardian-fields', hidden: true },
      h('legend', {}, bi('监护人（未满 18 周岁必填）', 'Guardian (required under 18)')),
      h(
        'div',
        { class: 'form-grid' },
        field({ label: '监护人姓名', en: 'Name', name: 'guardian.name', required: true, attrs: { maxlength: 50 } }),
        field({
          label: '监护人手机号',
          en: 'Phone',
          name: 'guardian.phone',
          type: 'tel',
          required: true,
          attrs: { maxlength: 11, inputmode: 'tel' },
        }),
        field({
          label: '关系',
          en: 'Relation',
          name: 'guardian.relation',
          required: true,
          attrs: { maxlength: 20, placeholder: '如 母亲' },
        }),
      ),
      checkField({
        name: 'guardian.consentGiven',
        label: '监护人已书面同意（同意书已存档）',
        en: 'Guardian consented (form on file)',
        required: true,
      }),
    );
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-labelledby': 'drawer-title', id: 'register-form' },
      h(
        'div',
        { class: 'form-grid' },
        field({
          label: '姓名',
          en: 'Name',
          name: 'name',
          required: true,
          attrs: { maxlength: 50, autocomplete: 'off' },
        }),
        field({
          label: '证件类型',
          en: 'ID type',
          name: 'idType',
          value: 'resident_id',
          required: true,
          options: optionsOf(ID_TYPES),
        }),
        field({
          label: '证件号',
          en: 'ID number',
          name: 'idNumber',
          required: true,
          hint: '居民身份证可推出性别和出生日期 / sex and birth date come from a resident ID',
          attrs: { maxlength: 32, autocomplete: 'off', spellcheck: 'false' },
        }),
        field({
          label: '手机号',
          en: 'Phone',
          name: 'phone',
          type: 'tel',
          required: true,
          attrs: { maxlength: 11, inputmode: 'tel', autocomplete: 'off' },
        }),
        field({ label: '性别', en: 'Sex', name: 'sex', options: optionsOf(SEXES, '按证件号 From ID') }),
        field({
          label: '出生日期',
          en: 'Birth date',
          name: 'birthDate',
          type: 'date',
          hint: '其他证件必填 / required for other documents',
        }),
        field({
          label: '所属节点',
          en: 'Tier node',
          name: 'tierNodeId',
          value: defaultNode,
          required: true,
          options: tierOptions(tree, defaultNode ? null : '请选择 Choose…'),
        }),
        field({
          label: '技能',
          en: 'Skills',
          name: 'skills',
          hint: '用顿号或逗号分隔 / separate with 、 or ,',
          attrs: { maxlength: 300, placeholder: '急救、摄影' },
        }),
        field({ label: '保险有效期至', en: 'Insured until', name: 'insuredUntil', type: 'date' }),
      ),
      guardianBox,
      checkField({
        name: 'consent',
        label: '本人已同意登记并使用其信息',
        en: 'The volunteer consents to this record',
        required: true,
      }),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'submit', class: 'primary' }, bi('登记', 'Register')),
        h('button', { type: 'button', class: 'secondary', onclick: () => closeDrawer() }, bi('取消', 'Cancel')),
      ),
    );
    const el = (name) => form.elements.namedItem(name);
    let forceGuardian = false;
    const minorNow = () => {
      const birth =
        el('birthDate').value || (el('idType').value === 'resident_id' ? birthDateOfId(el('idNumber').value) : null);
      return isMinorOn(birth);
    };
    const syncGuardian = () => {
      guardianBox.hidden = !(forceGuardian || minorNow());
    };
    for (const name of ['idNumber', 'birthDate', 'idType']) el(name).addEventListener('input', syncGuardian);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const body = {
        name: values.name ?? '',
        idType: values.idType ?? 'resident_id',
        idNumber: (values.idNumber ?? '').replace(/\s+/g, '').toUpperCase(),
        phone: values.phone ?? '',
        tierNodeId: values.tierNodeId ?? '',
        consent: el('consent').checked,
      };
      if (values.sex) body.sex = values.sex;
      if (values.birthDate) body.birthDate = values.birthDate;
      if (values.insuredUntil) body.insuredUntil = values.insuredUntil;
      if (values.skills)
        body.skills = [
          ...new Set(
            values.skills
              .split(/[、,，;；\s]+/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
      if (!guardianBox.hidden) {
        body.guardian = {
          name: values['guardian.name'] ?? '',
          phone: values['guardian.phone'] ?? '',
          relation: values['guardian.relation'] ?? '',
          consentGiven: el('guardian.consentGiven').checked,
        };
      }
      const done = busy(form);
      try {
        const created = await api.registerVolunteer(body, keys.keyFor(body));
        keys.succeeded();
        done();
        toast(`已登记 ${created.name} / Registered`);
        loadList(true);
        showRegistered(created);
      } catch (error) {
        done();
        if (/^VOLUNTEER\.GUARDIAN/.test(error?.code ?? '')) {
          forceGuardian = true;
          syncGuardian();
        }
        showFormProblem(form, error);
      }
    });
    return [h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('登记志愿者', 'Register a volunteer')), form];
  }

  /** After a registration: the one-time activation code, big, to hand over; it is not shown again. */
  function showRegistered(created) {
    openDrawer(
      h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('登记成功', 'Registered')),
      h('p', {}, h('strong', {}, created.name), ` · ${created.idNumber}`),
      created.activationCode
        ? h(
            'div',
            { class: 'activation-box', id: 'activation' },
            h('p', { class: 'activation-label' }, bi('账号激活码', 'Activation code')),
            h('p', { class: 'big-code', id: 'activation-code' }, created.activationCode),
            h(
              'p',
              { class: 'small' },
              '请当面交给志愿者本人，用于激活账号。激活码只显示这一次，关闭后无法再查看。',
              h(
                'span',
                { class: 'en', lang: 'en' },
                ' Hand it to the volunteer to activate their account. It is shown only once.',
              ),
            ),
          )
        : h(
            'p',
            { class: 'alert alert-info' },
            '该手机号已有账号，无需激活码 / This phone already has an account; no activation code needed',
          ),
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => go('volunteers', { ...filters, v: created.id }) },
          bi('查看详情', 'Open record'),
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => openDrawer(...registerForm()) },
          bi('继续登记', 'Register another'),
        ),
      ),
    );
  }

  // ---- tier tree and teams for the selects ----
  async function loadTree() {
    try {
      tree = await api.tierTree();
    } catch (error) {
      tree = [];
      listStatus.replaceChildren(problemAlert(error));
      return;
    }
    nodes = indexTree(tree);
    control('tierNodeId').replaceChildren(
      ...tierOptions(tree, '全部 Everywhere').map(([v, text]) => h('option', { value: v }, text)),
    );
    syncFilterForm();
    if (lastPage) drawList(lastPage);
  }

  async function loadTeams() {
    try {
      const page = await api.listTeams({ status: 'active', pageSize: 100 });
      control('teamId').replaceChildren(
        h('option', { value: '' }, '全部服务队 All teams'),
        ...page.items.map((t) => h('option', { value: t.id }, t.name)),
      );
      syncFilterForm();
    } catch {
      // The filter works without the team names; the select just stays short.
    }
  }

  const treeReady = loadTree();
  loadTeams();
  loadList();
  treeReady.then(drawDrawer);

  return {
    update(next) {
      filters = filtersOf(next);
      const nextId = next.get('v');
      const nextCreating = next.get('new') === '1';
      const drawerChanged = nextId !== selectedId || nextCreating !== creating;
      selectedId = nextId;
      creating = nextCreating;
      loadList();
      if (drawerChanged) treeReady.then(drawDrawer);
    },
    unmount() {
      listSeq++;
      detailSeq++;
      listAbort?.abort();
      panel.unmount();
    },
  };
}
