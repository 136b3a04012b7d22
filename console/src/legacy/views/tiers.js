// 三级架构 Tier tree: station → communities → villages with organisation counts.
// Selecting a node shows its organisations and lets the station head rename it or add a level below.
import { api, idempotencyKeys } from '../api.js';
import { levelLabel, levelLabelEn, statusLabel, typeLabel } from '../../labels.ts';
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
  problemAlert,
  showFormProblem,
  toast,
} from '../ui.js';

export const title = '三级架构 Tiers';

const CHILD_LEVEL = { station: 'community', community: 'village' };
const ADD_LABEL = {
  community: ['新增社区社工服务队', 'Add community team'],
  village: ['新增村级社工服务点', 'Add village point'],
};

// Kept across visits so the tree opens the way the user left it.
const expanded = new Set();

function index(roots) {
  const byId = new Map();
  const walk = (node, parent) => {
    byId.set(node.id, { node, parent });
    node.children.forEach((child) => walk(child, node));
  };
  roots.forEach((root) => walk(root, null));
  return byId;
}

export function mount(root, params) {
  let selectedId = params.get('node') || null;
  let tree = [];
  let nodes = new Map();
  let orgSeq = 0;

  const heading = h('h1', { tabindex: '-1' }, bi('三级架构', 'Three-tier structure'));
  const summary = h('p', { class: 'lead', id: 'tier-summary' });
  const treeBox = h('div', { class: 'tree-box' }, loadingState());
  const treePanel = h(
    'section',
    { class: 'panel tree-panel', 'aria-labelledby': 'tree-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'tree-title' }, bi('服务体系', 'Tree')),
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { type: 'button', class: 'small secondary', onclick: () => setAll(true) },
          bi('全部展开', 'Expand all'),
        ),
        h(
          'button',
          { type: 'button', class: 'small secondary', onclick: () => setAll(false) },
          bi('全部收起', 'Collapse all'),
        ),
      ),
    ),
    treeBox,
  );
  const nodePanel = h('section', { class: 'panel node-panel', 'aria-live': 'polite', id: 'node-panel' });
  root.append(h('div', { class: 'view-head' }, heading, summary), h('div', { class: 'split' }, treePanel, nodePanel));

  function setAll(open) {
    for (const [id, { node }] of nodes) {
      if (!node.children.length) continue;
      if (open) expanded.add(id);
      else expanded.delete(id);
    }
    // The station stays open so the communities remain visible.
    tree.forEach((r) => expanded.add(r.id));
    drawTree();
  }

  function drawSummary() {
    const all = [...nodes.values()].map((e) => e.node);
    const count = (level) => all.filter((n) => n.level === level).length;
    const orgs = tree.reduce((n, r) => n + r.organisationCount, 0);
    summary.replaceChildren(
      `${count('station')} 个社工站 · ${count('community')} 个社区社工服务队 · ${count('village')} 个村级社工服务点 · ${formatNumber(orgs)} 个在册组织`,
      ' ',
      h(
        'span',
        { class: 'en', lang: 'en' },
        `${count('community')} communities, ${count('village')} villages, ${orgs} organisations`,
      ),
    );
  }

  function nodeItem(node) {
    const open = expanded.has(node.id);
    const hasChildren = node.children.length > 0;
    const childrenId = `tier-children-${node.id}`;
    const item = h('li', { class: `tier-node level-${node.level}`, 'data-level': node.level, 'data-id': node.id });
    const row = h(
      'div',
      { class: 'tier-row' },
      hasChildren
        ? h(
            'button',
            {
              type: 'button',
              class: 'toggle',
              'aria-expanded': String(open),
              'aria-controls': childrenId,
              onclick: () => {
                if (expanded.has(node.id)) expanded.delete(node.id);
                else expanded.add(node.id);
                drawTree();
              },
            },
            h('span', { 'aria-hidden': 'true' }, open ? '▾' : '▸'),
            h('span', { class: 'visually-hidden' }, `${open ? '收起' : '展开'} ${node.name}`),
          )
        : h('span', { class: 'toggle-spacer', 'aria-hidden': 'true' }),
      h(
        'button',
        {
          type: 'button',
          class: 'tier-select',
          'aria-current': node.id === selectedId ? 'true' : undefined,
          onclick: () => {
            // Choosing a node also opens it, so its villages show.
            if (node.children.length && !expanded.has(node.id)) {
              expanded.add(node.id);
              if (node.id === selectedId) drawTree();
            }
            go('tiers', { node: node.id }, { replace: true });
          },
        },
        h('span', { class: 'tier-name' }, node.name),
        node.code ? h('span', { class: 'tier-code' }, node.code) : null,
        h(
          'span',
          { class: 'count', title: '在册组织 Organisations' },
          formatNumber(node.organisationCount),
          h('span', { class: 'visually-hidden' }, ' 个组织'),
        ),
      ),
    );
    item.append(row);
    if (hasChildren) {
      item.append(h('ul', { id: childrenId, class: 'tier-children', hidden: !open }, node.children.map(nodeItem)));
    }
    return item;
  }

  function drawTree() {
    // Redrawing replaces the buttons: keep keyboard focus on the same control.
    const active = document.activeElement;
    const focusedId = treeBox.contains(active) ? active.closest('.tier-node')?.dataset.id : null;
    const focusedClass = active?.classList?.contains('toggle') ? 'toggle' : 'tier-select';
    treeBox.replaceChildren(h('ul', { class: 'tier-tree', 'aria-label': '层级树 Tier tree' }, tree.map(nodeItem)));
    if (focusedId)
      treeBox.querySelector(`.tier-node[data-id="${CSS.escape(focusedId)}"] > .tier-row > .${focusedClass}`)?.focus();
  }

  function drawNode() {
    const entry = selectedId ? nodes.get(selectedId) : null;
    if (!entry) {
      nodePanel.replaceChildren(
        h('h2', {}, bi('选择一个节点', 'Select a node')),
        h(
          'p',
          { class: 'muted' },
          '点击左侧的社工站、社区或村，查看其下的组织，或重命名、新增下级。',
          ' ',
          h(
            'span',
            { class: 'en', lang: 'en' },
            'Pick a node to see its organisations, rename it or add a level below.',
          ),
        ),
      );
      return;
    }
    const { node, parent } = entry;
    const orgList = h('div', { class: 'node-orgs' }, loadingState());
    const childLevel = CHILD_LEVEL[node.level];
    nodePanel.replaceChildren(
      h(
        'div',
        { class: 'node-head' },
        h(
          'p',
          { class: 'eyebrow' },
          `${levelLabel(node.level)} · `,
          h('span', { class: 'en', lang: 'en' }, levelLabelEn(node.level)),
        ),
        h('h2', { id: 'node-title' }, node.name),
        h(
          'p',
          { class: 'muted' },
          node.code ? `编码 Code ${node.code}` : '未设编码 No code',
          parent ? ` · 上级 Parent ${parent.name}` : '',
          node.children.length ? ` · 下级 ${node.children.length} 个 children` : '',
        ),
      ),
      h(
        'div',
        { class: 'node-stats' },
        h(
          'p',
          { class: 'big-number' },
          h('span', { id: 'node-org-count' }, formatNumber(node.organisationCount)),
          h('span', { class: 'unit' }, ' 个在册组织 ', h('span', { class: 'en', lang: 'en' }, 'organisations')),
        ),
        h(
          'a',
          { class: 'button primary', href: hrefFor('organisations', { tierNodeId: node.id }) },
          bi('在组织名录中查看', 'Open in directory'),
          ' →',
        ),
      ),
      h('h3', {}, bi('该范围内的组织', 'Organisations in this subtree')),
      orgList,
      renameForm(node),
      childLevel ? addForm(node, childLevel) : '',
    );
    loadOrganisations(node, orgList);
  }

  async function loadOrganisations(node, box) {
    const mine = ++orgSeq;
    try {
      const page = await api.listOrganisations({ tierNodeId: node.id, pageSize: 8 });
      if (mine !== orgSeq) return;
      if (!page.items.length) {
        box.replaceChildren(h('p', { class: 'muted' }, '暂无组织 / No organisations yet'));
        return;
      }
      box.replaceChildren(
        h(
          'ul',
          { class: 'compact-list', 'aria-label': `${node.name} 的组织` },
          page.items.map((org) =>
            h(
              'li',
              {},
              h('a', { href: hrefFor('organisations', { tierNodeId: node.id, org: org.id }) }, org.name),
              h('span', { class: 'muted' }, ` ${typeLabel(org.type)} · ${org.tierNodeName}`),
              h('span', { class: `badge status-${org.status}` }, statusLabel(org.status)),
            ),
          ),
        ),
        page.total > page.items.length
          ? h(
              'p',
              {},
              h(
                'a',
                { href: hrefFor('organisations', { tierNodeId: node.id }) },
                `查看全部 ${formatNumber(page.total)} 个 / See all ${page.total} →`,
              ),
            )
          : '',
      );
    } catch (error) {
      if (mine === orgSeq) box.replaceChildren(problemAlert(error));
    }
  }

  function renameForm(node) {
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-labelledby': 'rename-title' },
      h('h3', { id: 'rename-title' }, bi('重命名', 'Rename')),
      h(
        'div',
        { class: 'form-grid' },
        field({ label: '名称', en: 'Name', name: 'name', value: node.name, required: true, attrs: { maxlength: 64 } }),
        field({
          label: '编码',
          en: 'Code',
          name: 'code',
          value: node.code ?? '',
          hint: '字母、数字、短横线 / letters, digits, dashes',
          attrs: { maxlength: 32 },
        }),
      ),
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary' }, bi('保存', 'Save'))),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const changes = {};
      if ((values.name ?? '') !== node.name) changes.name = values.name ?? '';
      if (values.code !== undefined && values.code !== (node.code ?? '')) changes.code = values.code;
      if (!Object.keys(changes).length) {
        toast('没有修改 / Nothing changed');
        return;
      }
      const done = busy(form);
      try {
        await api.updateTier(node.id, changes);
        toast(`已保存 ${changes.name ?? node.name} / Saved`);
        done();
        await reload();
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return form;
  }

  function addForm(node, level) {
    const keys = idempotencyKeys();
    const [zh, en] = ADD_LABEL[level];
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, 'aria-labelledby': 'add-title' },
      h('h3', { id: 'add-title' }, bi(zh, en)),
      h('p', { class: 'muted' }, `上级 Parent：${node.name}`),
      h(
        'div',
        { class: 'form-grid' },
        field({ label: '名称', en: 'Name', name: 'name', required: true, attrs: { maxlength: 64 } }),
        field({ label: '编码', en: 'Code', name: 'code', hint: '可选 Optional', attrs: { maxlength: 32 } }),
      ),
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary' }, bi('新增', 'Add'))),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const body = { parentId: node.id, level, name: values.name ?? '', ...(values.code ? { code: values.code } : {}) };
      const done = busy(form);
      try {
        const created = await api.createTier(body, keys.keyFor(body));
        keys.succeeded();
        done();
        toast(`已新增 ${created.name} / Added`);
        expanded.add(node.id);
        selectedId = created.id;
        go('tiers', { node: created.id }, { replace: true });
        await reload();
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return form;
  }

  async function reload() {
    try {
      tree = await api.tierTree();
    } catch (error) {
      treeBox.replaceChildren(errorState(error, reload));
      nodePanel.replaceChildren();
      return;
    }
    nodes = index(tree);
    // Without a choice in the hash, show the station itself.
    if (!selectedId || !nodes.has(selectedId)) selectedId = tree[0]?.id ?? null;
    if (!expanded.size) tree.forEach((r) => expanded.add(r.id));
    // Open the path down to the selected node.
    for (let entry = nodes.get(selectedId); entry?.parent; entry = nodes.get(entry.parent.id))
      expanded.add(entry.parent.id);
    drawSummary();
    drawTree();
    drawNode();
  }

  reload();
  return {
    update(next) {
      const id = next.get('node') || tree[0]?.id || null;
      if (id === selectedId) return;
      selectedId = id;
      for (let entry = nodes.get(selectedId); entry?.parent; entry = nodes.get(entry.parent.id))
        expanded.add(entry.parent.id);
      drawTree();
      drawNode();
      if (window.matchMedia('(max-width: 760px)').matches)
        nodePanel.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    unmount() {
      orgSeq++;
    },
  };
}
