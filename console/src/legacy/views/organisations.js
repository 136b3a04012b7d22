// 组织名录 Organisations: filterable, paginated directory with a side panel for an
// organisation's details, edits, status changes (kept as history) and registering new ones.
import { api, idempotencyKeys } from '../api.js';
import { levelLabel, ORGANISATION_STATUSES, ORGANISATION_TYPES, statusLabel, typeLabel } from '../../labels.ts';
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

export const title = '组织名录 Organisations';

const FILTER_KEYS = ['tierNodeId', 'type', 'status', 'q', 'page', 'pageSize'];
const PAGE_SIZES = [10, 20, 50, 100];

const typeOptions = (blank) => [
  ...(blank ? [['', blank]] : []),
  ...ORGANISATION_TYPES.map(([k, zh, en]) => [k, `${zh} ${en}`]),
];
const statusOptions = (blank, exclude = []) => [
  ...(blank ? [['', blank]] : []),
  ...ORGANISATION_STATUSES.filter(([k]) => !exclude.includes(k)).map(([k, zh, en]) => [k, `${zh} ${en}`]),
];

/** The tier tree as indented <option>s: station, then each community with its villages. */
function tierOptions(roots, blank) {
  const out = blank ? [['', blank]] : [];
  const walk = (node, depth) => {
    out.push([node.id, `${'\u3000'.repeat(depth)}${depth ? '└ ' : ''}${node.name}`]);
    node.children.forEach((child) => walk(child, depth + 1));
  };
  roots.forEach((root) => walk(root, 0));
  return out;
}

function findNode(roots, id) {
  for (const node of roots) {
    if (node.id === id) return node;
    const inside = findNode(node.children, id);
    if (inside) return inside;
  }
  return null;
}

function filtersOf(params) {
  const p = paramsObject(params);
  const filters = {};
  for (const key of FILTER_KEYS) if (p[key]) filters[key] = p[key];
  const page = Number.parseInt(filters.page ?? '1', 10);
  filters.page = Number.isFinite(page) && page > 0 ? page : 1;
  const size = Number.parseInt(filters.pageSize ?? '20', 10);
  filters.pageSize = PAGE_SIZES.includes(size) ? size : 20;
  return filters;
}

const formatDateTime = (iso) => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function mount(root, params) {
  let filters = filtersOf(params);
  let selectedId = params.get('org');
  let creating = params.get('new') === '1';
  let listKey = '';
  let listSeq = 0;
  let detailSeq = 0;
  let listAbort = null;
  let tree = [];
  let lastPage = null;

  // ---- layout ----
  const heading = h('h1', { tabindex: '-1' }, bi('组织名录', 'Organisations'));
  const newButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => go('organisations', { ...filters, new: 1 }) },
    '＋ ',
    bi('登记组织', 'Register'),
  );

  const qField = field({
    label: '搜索',
    en: 'Search',
    name: 'q',
    type: 'search',
    attrs: { placeholder: '名称或负责人', maxlength: 50 },
  });
  const typeField = field({ label: '类型', en: 'Type', name: 'type', options: typeOptions('全部类型 All types') });
  const statusField = field({
    label: '状态',
    en: 'Status',
    name: 'status',
    options: statusOptions('全部状态 All statuses'),
  });
  const tierField = field({ label: '范围', en: 'Tier', name: 'tierNodeId', options: [['', '全站 Whole station']] });
  const filterForm = h(
    'form',
    { class: 'toolbar filters', role: 'search', novalidate: true, 'aria-label': '筛选 Filters' },
    qField,
    typeField,
    statusField,
    tierField,
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('筛选', 'Filter')),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => go('organisations', { pageSize: filters.pageSize, org: selectedId }),
        },
        bi('清除', 'Clear'),
      ),
    ),
  );
  const filterControl = (name) => filterForm.elements.namedItem(name);
  const applyFilters = () => {
    const values = formValues(filterForm);
    // An open organisation stays open while the list around it changes.
    go('organisations', { ...values, page: 1, pageSize: filters.pageSize, org: selectedId });
  };
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });
  for (const name of ['type', 'status', 'tierNodeId']) filterControl(name).addEventListener('change', applyFilters);

  const listStatus = h('p', { class: 'list-status', role: 'status', id: 'list-status' });
  const listBox = h('div', { class: 'list-box' });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页 Pagination' });
  const panel = createDrawer({ id: 'org-drawer', onClose: () => closeDrawer() });
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
          '社工站培育、联系的社区社会组织 · ',
          h('span', { class: 'en', lang: 'en' }, 'Community organisations of the station'),
        ),
      ),
      newButton,
    ),
    filterForm,
    h('section', { class: 'panel list-panel', 'aria-labelledby': 'list-status' }, listStatus, listBox, pager),
    backdrop,
    drawer,
  );

  // ---- list ----
  function syncFilterForm() {
    filterControl('q').value = filters.q ?? '';
    filterControl('type').value = filters.type ?? '';
    filterControl('status').value = filters.status ?? '';
    filterControl('tierNodeId').value = filters.tierNodeId ?? '';
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
      const page = await api.listOrganisations(filters, listAbort.signal);
      if (mine !== listSeq) return;
      lastPage = page;
      // Past the last page (e.g. after narrowing a filter): go to the last one.
      const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
      if (page.items.length === 0 && page.total > 0 && filters.page > pages) {
        go('organisations', { ...filters, page: pages, org: selectedId }, { replace: true });
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
  }

  function describeFilters() {
    const parts = [];
    if (filters.tierNodeId) parts.push(findNode(tree, filters.tierNodeId)?.name ?? '所选节点');
    if (filters.type) parts.push(typeLabel(filters.type));
    if (filters.status) parts.push(statusLabel(filters.status));
    if (filters.q) parts.push(`“${filters.q}”`);
    return parts.join(' · ');
  }

  function drawList(page) {
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    const scope = describeFilters();
    listStatus.replaceChildren(
      scope ? `${scope}：` : '',
      h('strong', { id: 'list-total' }, `共 ${formatNumber(page.total)} 个组织`),
      ` · 第 ${page.page} / ${pages} 页 `,
      h('span', { class: 'en', lang: 'en' }, `${page.total} organisations, page ${page.page} of ${pages}`),
    );
    if (!page.items.length) {
      listBox.replaceChildren(
        h('p', { class: 'empty-state' }, '没有符合条件的组织 / No organisations match these filters'),
      );
    } else {
      const col = (zh, en, cls) => h('th', { scope: 'col', class: cls }, bi(zh, en));
      listBox.replaceChildren(
        h(
          'table',
          { class: 'data-table responsive org-table', id: 'org-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              col('名称', 'Name'),
              col('类型', 'Type'),
              col('所属节点', 'Tier'),
              col('状态', 'Status'),
              col('纳入名录', 'Joined'),
              col('负责人', 'Leader'),
              col('成员', 'Members', 'num'),
            ),
          ),
          h(
            'tbody',
            {},
            page.items.map((org) =>
              h(
                'tr',
                { class: org.id === selectedId ? 'selected' : undefined, 'data-id': org.id },
                h(
                  'th',
                  { scope: 'row', 'data-label': '名称 Name' },
                  h('a', { href: hrefFor('organisations', { ...filters, org: org.id }) }, org.name),
                ),
                h('td', { 'data-label': '类型 Type', 'data-col': 'type' }, typeLabel(org.type)),
                h('td', { 'data-label': '所属节点 Tier', title: levelLabel(org.tierLevel) }, org.tierNodeName),
                h(
                  'td',
                  { 'data-label': '状态 Status' },
                  h('span', { class: `badge status-${org.status}` }, statusLabel(org.status)),
                ),
                h('td', { 'data-label': '纳入名录 Joined' }, org.joinedOn),
                h('td', { 'data-label': '负责人 Leader' }, orDash(org.leader)),
                h('td', { class: 'num', 'data-label': '成员 Members' }, org.memberCount ?? '—'),
              ),
            ),
          ),
        ),
      );
    }
    const goPage = (p) => go('organisations', { ...filters, page: p });
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
      h(
        'label',
        { class: 'page-size' },
        '每页 ',
        h(
          'select',
          { name: 'pageSize', onchange: (e) => go('organisations', { ...filters, page: 1, pageSize: e.target.value }) },
          PAGE_SIZES.map((n) => h('option', { value: n, selected: n === page.pageSize }, String(n))),
        ),
        ' ',
        h('span', { class: 'en', lang: 'en' }, 'per page'),
      ),
    );
  }

  // ---- drawer: details, edit, status, create ----
  const openDrawer = (...content) => panel.open(...content);

  function closeDrawer() {
    go('organisations', { ...filters });
  }

  function hideDrawer() {
    delete drawer.dataset.orgId;
    panel.hide();
  }

  function drawDrawer() {
    listBox.querySelectorAll('tr.selected').forEach((tr) => tr.classList.remove('selected'));
    if (creating) {
      detailSeq++;
      delete drawer.dataset.orgId;
      openDrawer(...createForm());
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
    if (drawer.hidden || drawer.dataset.orgId !== id)
      openDrawer(h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('组织详情', 'Organisation')), loadingState());
    drawer.dataset.orgId = id;
    try {
      const org = await api.getOrganisation(id);
      if (mine !== detailSeq) return;
      drawDetail(org);
    } catch (error) {
      if (mine !== detailSeq) return;
      openDrawer(
        h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('组织详情', 'Organisation')),
        errorState(error, () => loadDetail(id)),
      );
    }
  }

  function drawDetail(org, { keepOpen } = {}) {
    const row = (zh, en, value) => [h('dt', {}, bi(zh, en)), h('dd', {}, value)];
    const history = [...(org.statusHistory ?? [])].sort((a, b) =>
      (a.effectiveOn + a.recordedAt).localeCompare(b.effectiveOn + b.recordedAt),
    );
    const dissolved = org.status === 'dissolved';
    const editDetails = h(
      'details',
      { class: 'drawer-section', open: keepOpen === 'edit' },
      h('summary', {}, bi('编辑信息', 'Edit details')),
      editForm(org),
    );
    const statusDetails = dissolved
      ? h(
          'p',
          { class: 'muted drawer-section' },
          '组织已注销，不能再变更状态。 / A dissolved organisation cannot change status.',
        )
      : h(
          'details',
          { class: 'drawer-section', open: keepOpen === 'status' },
          h('summary', {}, bi('变更状态', 'Change status')),
          statusForm(org),
        );
    openDrawer(
      h(
        'header',
        { class: 'detail-head' },
        h('p', { class: 'eyebrow' }, typeLabel(org.type)),
        h('h2', { tabindex: '-1', id: 'drawer-title' }, org.name),
        h(
          'p',
          {},
          h('span', { class: `badge status-${org.status}`, id: 'detail-status' }, statusLabel(org.status)),
          h('span', { class: 'muted' }, ` 自 ${org.statusSince} 起 · since ${org.statusSince}`),
        ),
      ),
      h(
        'dl',
        { class: 'detail-list' },
        row('所属节点', 'Tier', `${org.tierNodeName}（${levelLabel(org.tierLevel)}）`),
        row('成立日期', 'Founded', org.foundedOn),
        row('纳入名录', 'Joined', org.joinedOn),
        row('负责人', 'Leader', orDash(org.leader)),
        row('联系方式', 'Contact', orDash(org.contact)),
        row('成员人数', 'Members', org.memberCount ?? '—'),
        row('简介', 'Description', orDash(org.description)),
        row('更新时间', 'Updated', formatDateTime(org.updatedAt)),
      ),
      editDetails,
      statusDetails,
      h(
        'section',
        { class: 'drawer-section', 'aria-labelledby': 'history-title' },
        h('h3', { id: 'history-title' }, bi('状态历史', 'Status history')),
        h(
          'ol',
          { class: 'timeline', id: 'status-history' },
          history.map((entry) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'timeline-head' },
                h('span', { class: 'timeline-date' }, entry.effectiveOn),
                ' ',
                entry.fromStatus
                  ? [h('span', { class: `badge status-${entry.fromStatus}` }, statusLabel(entry.fromStatus)), ' → ']
                  : h('span', { class: 'muted' }, '登记 Registered → '),
                h('span', { class: `badge status-${entry.toStatus}` }, statusLabel(entry.toStatus)),
              ),
              h('p', { class: 'timeline-reason' }, entry.reason),
              h(
                'p',
                { class: 'muted small' },
                `记录于 ${formatDateTime(entry.recordedAt)}${entry.recordedBy ? '' : ' · 系统导入 imported'}`,
              ),
            ),
          ),
        ),
      ),
    );
  }

  function tierSelectField(value, required = true) {
    return field({
      label: '所属节点',
      en: 'Tier node',
      name: 'tierNodeId',
      value,
      required,
      options: tierOptions(tree, value ? null : '请选择 Choose…'),
    });
  }

  function editForm(org) {
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-label': '编辑组织 Edit organisation' },
      h(
        'div',
        { class: 'form-grid' },
        field({ label: '名称', en: 'Name', name: 'name', value: org.name, required: true, attrs: { maxlength: 100 } }),
        field({ label: '类型', en: 'Type', name: 'type', value: org.type, required: true, options: typeOptions() }),
        tierSelectField(org.tierNodeId),
        field({
          label: '成立日期',
          en: 'Founded on',
          name: 'foundedOn',
          type: 'date',
          value: org.foundedOn,
          required: true,
        }),
        field({
          label: '纳入名录日期',
          en: 'Joined on',
          name: 'joinedOn',
          type: 'date',
          value: org.joinedOn,
          required: true,
        }),
        field({ label: '负责人', en: 'Leader', name: 'leader', value: org.leader ?? '', attrs: { maxlength: 50 } }),
        field({
          label: '联系方式',
          en: 'Contact',
          name: 'contact',
          value: org.contact ?? '',
          attrs: { maxlength: 50, inputmode: 'tel' },
        }),
        field({
          label: '成员人数',
          en: 'Members',
          name: 'memberCount',
          type: 'number',
          value: org.memberCount ?? '',
          attrs: { min: 0, max: 100000, step: 1, inputmode: 'numeric' },
        }),
      ),
      field({
        label: '简介',
        en: 'Description',
        name: 'description',
        kind: 'textarea',
        value: org.description ?? '',
        attrs: { maxlength: 1000 },
      }),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'submit', class: 'primary' }, bi('保存修改', 'Save changes')),
      ),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const changes = {};
      for (const key of ['name', 'type', 'tierNodeId', 'foundedOn', 'joinedOn']) {
        const value = values[key] ?? '';
        if (value !== org[key]) changes[key] = value;
      }
      // Optional fields: an emptied field clears the stored value.
      for (const key of ['leader', 'contact', 'description']) {
        const value = values[key] ?? null;
        if (value !== (org[key] ?? null)) changes[key] = value;
      }
      const members = values.memberCount === undefined ? null : Number(values.memberCount);
      if (members !== (org.memberCount ?? null))
        changes.memberCount = Number.isNaN(members) ? values.memberCount : members;
      if (!Object.keys(changes).length) {
        toast('没有修改 / Nothing changed');
        return;
      }
      const done = busy(form);
      try {
        const updated = await api.updateOrganisation(org.id, changes);
        done();
        toast(`已保存 ${updated.name} / Saved`);
        drawDetail(updated);
        loadList(true);
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return form;
  }

  function statusForm(org) {
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-label': '变更状态 Change status' },
      h(
        'div',
        { class: 'form-grid' },
        field({
          label: '新状态',
          en: 'New status',
          name: 'status',
          required: true,
          options: statusOptions('请选择 Choose…', [org.status]),
        }),
        field({
          label: '生效日期',
          en: 'Effective on',
          name: 'effectiveOn',
          type: 'date',
          value: todayIso(),
          required: true,
        }),
      ),
      field({
        label: '原因',
        en: 'Reason',
        name: 'reason',
        kind: 'textarea',
        required: true,
        hint: '将记入状态历史 / kept in the history',
        attrs: { maxlength: 500 },
      }),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'submit', class: 'primary' }, bi('确认变更', 'Change status')),
      ),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const body = { status: values.status ?? '', reason: values.reason ?? '', effectiveOn: values.effectiveOn ?? '' };
      const done = busy(form);
      try {
        const updated = await api.changeOrganisationStatus(org.id, body);
        done();
        toast(`状态已变更为 ${statusLabel(updated.status)} / Status changed`);
        drawDetail(updated);
        loadList(true);
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return form;
  }

  function createForm() {
    const keys = idempotencyKeys();
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-labelledby': 'drawer-title', id: 'create-form' },
      h(
        'div',
        { class: 'form-grid' },
        field({
          label: '名称',
          en: 'Name',
          name: 'name',
          required: true,
          attrs: { maxlength: 100, autocomplete: 'off' },
        }),
        field({ label: '类型', en: 'Type', name: 'type', required: true, options: typeOptions('请选择 Choose…') }),
        tierSelectField(filters.tierNodeId ?? ''),
        field({ label: '成立日期', en: 'Founded on', name: 'foundedOn', type: 'date', required: true }),
        field({
          label: '纳入名录日期',
          en: 'Joined on',
          name: 'joinedOn',
          type: 'date',
          hint: '留空为今天 / today if empty',
        }),
        field({
          label: '初始状态',
          en: 'Status',
          name: 'status',
          value: 'incubating',
          options: statusOptions(null, ['dissolved']),
        }),
        field({ label: '负责人', en: 'Leader', name: 'leader', attrs: { maxlength: 50 } }),
        field({ label: '联系方式', en: 'Contact', name: 'contact', attrs: { maxlength: 50, inputmode: 'tel' } }),
        field({
          label: '成员人数',
          en: 'Members',
          name: 'memberCount',
          type: 'number',
          attrs: { min: 0, max: 100000, step: 1, inputmode: 'numeric' },
        }),
      ),
      field({ label: '简介', en: 'Description', name: 'description', kind: 'textarea', attrs: { maxlength: 1000 } }),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'submit', class: 'primary' }, bi('登记', 'Register')),
        h('button', { type: 'button', class: 'secondary', onclick: () => closeDrawer() }, bi('取消', 'Cancel')),
      ),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const body = {
        name: values.name ?? '',
        type: values.type ?? '',
        tierNodeId: values.tierNodeId ?? '',
        foundedOn: values.foundedOn ?? '',
      };
      for (const key of ['joinedOn', 'status', 'leader', 'contact', 'description'])
        if (values[key] !== undefined) body[key] = values[key];
      if (values.memberCount !== undefined) {
        const n = Number(values.memberCount);
        body.memberCount = Number.isNaN(n) ? values.memberCount : n;
      }
      const done = busy(form);
      try {
        const created = await api.createOrganisation(body, keys.keyFor(body));
        keys.succeeded();
        done();
        toast(`已登记 ${created.name} / Registered`);
        loadList(true);
        go('organisations', { ...filters, org: created.id });
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return [h('h2', { tabindex: '-1', id: 'drawer-title' }, bi('登记组织', 'Register an organisation')), form];
  }

  // ---- tree for the tier selects ----
  async function loadTree() {
    try {
      tree = await api.tierTree();
    } catch (error) {
      tree = [];
      listStatus.replaceChildren(problemAlert(error));
      return;
    }
    const select = filterControl('tierNodeId');
    select.replaceChildren(
      ...tierOptions(tree, '全站 Whole station').map(([v, text]) => h('option', { value: v }, text)),
    );
    syncFilterForm();
    if (lastPage) drawList(lastPage);
  }

  const treeReady = loadTree();
  loadList();
  // Forms that pick a tier node need the tree; open the drawer once it is there.
  treeReady.then(drawDrawer);

  return {
    update(next) {
      filters = filtersOf(next);
      const nextId = next.get('org');
      const nextCreating = next.get('new') === '1';
      const drawerChanged = nextId !== selectedId || nextCreating !== creating;
      selectedId = nextId;
      creating = nextCreating;
      loadList();
      // Paging or filtering with a panel open leaves the panel (and any half-filled form) alone.
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
