// 志愿服务队 Teams: the teams a leader can see (#/teams), founding one (leads), and one team's page
// (#/teams?id=…) with its current members, adding a member found by a volunteer search, and
// taking one off the roster (the stint stays in the history). A team leader sees their own team.
import { api, idempotencyKeys } from '../api.js';
import { levelLabel, optionsOf, TEAM_ROLES, TEAM_STATUSES, teamRoleLabel, teamStatusLabel } from '../../labels.ts';
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
  problemAlert,
  showFormProblem,
  toast,
} from '../ui.js';
import { indexTree, statusBadge, tierOptions } from './volunteers.js';

export const title = '志愿服务队 Teams';

/** replaceChildren, leaving out the parts not there (null would show as the text "null"). */
const fill = (el, ...children) => el.replaceChildren(...children.filter((c) => c !== null && c !== undefined));
const dateOf = (iso) => (iso ? String(iso).slice(0, 10) : '—');

export function mount(root, params) {
  const persona = currentPersona();
  let state = {
    id: params.get('id'),
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    page: params.get('page') ?? '1',
  };
  let tree = [];
  let nodes = new Map();
  let seq = 0;
  const knownNames = new Map(); // volunteer id → name, for members whose name has not reached the teams service yet
  const body = h('div', { id: 'teams-view' }, loadingState());
  root.append(body);

  const treeReady = api
    .tierTree()
    .then((roots) => {
      tree = roots;
      nodes = indexTree(roots);
    })
    .catch(() => undefined);

  const nodeText = (id) => {
    const node = nodes.get(id);
    return node ? `${node.name}（${levelLabel(node.level)}）` : '—';
  };

  async function draw() {
    const mine = ++seq;
    await treeReady;
    if (mine !== seq) return;
    if (state.id) await drawTeam(state.id, mine);
    else await drawList(mine);
  }

  // ---- the list ----
  async function drawList(mine) {
    const filterForm = h(
      'form',
      { class: 'toolbar filters', role: 'search', novalidate: true, 'aria-label': '筛选 Filters' },
      field({ label: '名称', en: 'Name', name: 'q', type: 'search', value: state.q, attrs: { maxlength: 50 } }),
      field({
        label: '状态',
        en: 'Status',
        name: 'status',
        value: state.status,
        options: optionsOf(TEAM_STATUSES, '全部 All'),
      }),
      h('div', { class: 'toolbar-actions' }, h('button', { type: 'submit', class: 'primary' }, bi('查询', 'Search'))),
    );
    filterForm.addEventListener('submit', (event) => {
      event.preventDefault();
      go('teams', { ...formValues(filterForm), page: 1 });
    });
    filterForm.elements
      .namedItem('status')
      .addEventListener('change', () => go('teams', { ...formValues(filterForm), page: 1 }));
    const listBox = h('div', { class: 'list-box' }, loadingState());
    const createPanel = persona.lead ? createTeamPanel() : null;
    body.replaceChildren(
      h(
        'div',
        { class: 'view-head' },
        h('h1', { tabindex: '-1' }, bi('志愿服务队', 'Teams')),
        h(
          'p',
          { class: 'lead' },
          persona.lead ? '本辖区的志愿服务队 · ' : '您所在或带领的志愿服务队 · ',
          h('span', { class: 'en', lang: 'en' }, persona.lead ? 'Teams in your area' : 'Your teams'),
        ),
      ),
      ...(createPanel ? [createPanel] : []),
      filterForm,
      h('section', { class: 'panel list-panel' }, listBox),
    );
    try {
      const page = await api.listTeams({
        q: state.q || undefined,
        status: state.status || undefined,
        page: state.page,
        pageSize: 20,
      });
      if (mine !== seq) return;
      const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
      const col = (zh, en, cls) => h('th', { scope: 'col', class: cls }, bi(zh, en));
      fill(
        listBox,
        h(
          'p',
          { class: 'list-status', role: 'status' },
          h('strong', { id: 'team-total' }, `共 ${formatNumber(page.total)} 支服务队`),
          ' ',
          h('span', { class: 'en', lang: 'en' }, `${page.total} teams`),
        ),
        page.items.length
          ? h(
              'table',
              { class: 'data-table responsive', id: 'team-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  col('名称', 'Name'),
                  col('所属节点', 'Tier'),
                  col('队员', 'Members', 'num'),
                  col('队长', 'Leaders', 'num'),
                  col('状态', 'Status'),
                ),
              ),
              h(
                'tbody',
                {},
                page.items.map((t) =>
                  h(
                    'tr',
                    { dataset: { id: t.id } },
                    h(
                      'th',
                      { scope: 'row', 'data-label': '名称 Name' },
                      h('a', { href: hrefFor('teams', { id: t.id }) }, t.name),
                    ),
                    h('td', { 'data-label': '所属节点 Tier' }, nodeText(t.tierNodeId)),
                    h('td', { class: 'num', 'data-label': '队员 Members' }, formatNumber(t.memberCount)),
                    h('td', { class: 'num', 'data-label': '队长 Leaders' }, formatNumber(t.leaderCount)),
                    h(
                      'td',
                      { 'data-label': '状态 Status' },
                      h('span', { class: `badge status-${t.status}` }, teamStatusLabel(t.status)),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'empty-state' }, '没有服务队 / No teams'),
        pages > 1
          ? h(
              'nav',
              { class: 'pager', 'aria-label': '分页 Pagination' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'secondary',
                  disabled: page.page <= 1,
                  onclick: () => go('teams', { q: state.q, status: state.status, page: page.page - 1 }),
                },
                '‹ ',
                bi('上一页', 'Previous'),
              ),
              h('span', { class: 'pager-info' }, `${page.page} / ${pages}`),
              h(
                'button',
                {
                  type: 'button',
                  class: 'secondary',
                  disabled: page.page >= pages,
                  onclick: () => go('teams', { q: state.q, status: state.status, page: page.page + 1 }),
                },
                bi('下一页', 'Next'),
                ' ›',
              ),
            )
          : null,
      );
    } catch (error) {
      if (mine === seq) listBox.replaceChildren(errorState(error, () => draw()));
    }
  }

  function createTeamPanel() {
    const keys = idempotencyKeys();
    const defaultNode = persona.leaderNodeId ?? '';
    const form = h(
      'form',
      { class: 'panel-form', novalidate: true, id: 'create-team-form', 'aria-label': '成立服务队 Create a team' },
      h(
        'div',
        { class: 'form-grid' },
        field({
          label: '队名',
          en: 'Name',
          name: 'name',
          required: true,
          attrs: { maxlength: 100, autocomplete: 'off' },
        }),
        field({
          label: '所属节点',
          en: 'Tier node',
          name: 'tierNodeId',
          value: defaultNode,
          required: true,
          options: tierOptions(tree, defaultNode ? null : '请选择 Choose…'),
        }),
      ),
      field({ label: '简介', en: 'Description', name: 'description', kind: 'textarea', attrs: { maxlength: 1000 } }),
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary' }, bi('成立', 'Create'))),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(form);
      const values = formValues(form);
      const payload = { name: values.name ?? '', tierNodeId: values.tierNodeId ?? '' };
      if (values.description) payload.description = values.description;
      const done = busy(form);
      try {
        const team = await api.createTeam(payload, keys.keyFor(payload));
        keys.succeeded();
        done();
        toast(`已成立 ${team.name} / Team created`);
        go('teams', { id: team.id });
      } catch (error) {
        done();
        showFormProblem(form, error);
      }
    });
    return h(
      'details',
      { class: 'panel create-panel', id: 'create-team' },
      h('summary', {}, '＋ ', bi('成立服务队', 'Create a team')),
      form,
    );
  }

  // ---- one team ----
  async function drawTeam(id, mine) {
    body.replaceChildren(
      h('p', { class: 'small' }, h('a', { href: hrefFor('teams') }, '← 志愿服务队 Teams')),
      loadingState(),
    );
    let team;
    try {
      team = await api.getTeam(id);
    } catch (error) {
      if (mine === seq) body.replaceChildren(errorState(error, () => draw()));
      return;
    }
    if (mine !== seq) return;
    const membersBox = h('div', { id: 'members-box' }, loadingState());
    const active = team.status === 'active';
    body.replaceChildren(
      h('p', { class: 'small' }, h('a', { href: hrefFor('teams') }, '← 志愿服务队 Teams')),
      h(
        'div',
        { class: 'view-head' },
        h('p', { class: 'eyebrow' }, bi('志愿服务队', 'Team')),
        h('h1', { tabindex: '-1', id: 'team-name' }, team.name),
        h(
          'p',
          { class: 'lead' },
          h('span', { class: `badge status-${team.status}` }, teamStatusLabel(team.status)),
          ` ${nodeText(team.tierNodeId)} · 成立于 ${dateOf(team.createdAt)}`,
        ),
        team.description ? h('p', {}, team.description) : null,
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'members-title' },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', { id: 'members-title' }, bi('队员名册', 'Members')),
          h(
            'button',
            { type: 'button', class: 'secondary small', onclick: () => loadMembers() },
            bi('刷新', 'Refresh'),
          ),
        ),
        membersBox,
      ),
      active
        ? addMemberPanel(team)
        : h('p', { class: 'muted' }, '服务队已解散，不能再加入队员 / The team is dissolved'),
    );

    async function loadMembers() {
      try {
        const list = await api.teamMembers(team.id);
        if (mine !== seq) return;
        const members = list.items ?? [];
        membersBox.replaceChildren(
          h(
            'p',
            { class: 'list-status', id: 'member-count' },
            `在队 ${members.length} 人 `,
            h('span', { class: 'en', lang: 'en' }, `${members.length} current members`),
          ),
          members.length
            ? h(
                'ul',
                { class: 'roster-list', id: 'member-list' },
                members.map((m) => memberRow(m)),
              )
            : h('p', { class: 'empty-state' }, '还没有队员 / No members yet'),
        );
      } catch (error) {
        if (mine === seq) membersBox.replaceChildren(errorState(error, loadMembers));
      }
    }

    function memberRow(m) {
      const status = h('div', { class: 'roster-status' });
      const remove = h('button', { type: 'button', class: 'secondary small' }, bi('移出', 'Remove'));
      let armed = false;
      remove.addEventListener('click', async () => {
        // Two taps: the first asks, the second removes (no browser dialogs on phones).
        if (!armed) {
          armed = true;
          remove.replaceChildren(...bi('确认移出？', 'Really remove?'));
          remove.classList.add('danger');
          return;
        }
        remove.disabled = true;
        try {
          await api.removeTeamMember(team.id, m.volunteerId);
          toast('已移出 / Removed');
          loadMembers();
        } catch (error) {
          remove.disabled = false;
          status.replaceChildren(problemAlert(error));
        }
      });
      return h(
        'li',
        { class: 'roster-row', dataset: { volunteerId: m.volunteerId } },
        h(
          'span',
          { class: 'roster-name' },
          h(
            'a',
            { href: hrefFor('volunteers', { v: m.volunteerId }) },
            m.name ?? knownNames.get(m.volunteerId) ?? '（姓名同步中）',
          ),
          ' ',
          h('span', { class: `badge role-${m.role}` }, teamRoleLabel(m.role)),
          h('span', { class: 'muted small' }, ` 入队 ${dateOf(m.joinedAt)}`),
        ),
        active ? remove : null,
        status,
      );
    }

    loadMembers();

    function addMemberPanel(t) {
      const keys = idempotencyKeys();
      const results = h('div', { id: 'member-search-results' });
      const form = h(
        'form',
        {
          class: 'panel-form',
          novalidate: true,
          role: 'search',
          id: 'member-search',
          'aria-label': '查找志愿者 Find a volunteer',
        },
        h(
          'div',
          { class: 'form-grid' },
          field({
            label: '姓名',
            en: 'Name',
            name: 'q',
            type: 'search',
            attrs: { maxlength: 50, autocomplete: 'off' },
          }),
          field({
            label: '手机尾号',
            en: 'Phone tail',
            name: 'phoneTail',
            attrs: { maxlength: 4, inputmode: 'numeric' },
          }),
          field({ label: '角色', en: 'Role', name: 'role', value: 'member', options: optionsOf(TEAM_ROLES) }),
        ),
        h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary' }, bi('查找', 'Find'))),
        results,
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearFormErrors(form);
        const values = formValues(form);
        if (!values.q && !values.phoneTail) {
          results.replaceChildren(h('p', { class: 'hint' }, '请输入姓名或手机尾号 / Enter a name or phone tail'));
          return;
        }
        results.replaceChildren(loadingState());
        try {
          const page = await api.listVolunteers({
            q: values.q,
            phoneTail: values.phoneTail,
            status: 'active',
            pageSize: 10,
          });
          fill(
            results,
            page.items.length
              ? h(
                  'ul',
                  { class: 'roster-list', id: 'candidate-list' },
                  page.items.map((v) => candidate(v)),
                )
              : h('p', { class: 'empty-state' }, '没有找到在册志愿者 / No active volunteer found'),
            page.total > page.items.length
              ? h(
                  'p',
                  { class: 'hint' },
                  `共 ${page.total} 人，只列出前 10 名，请缩小范围 / Showing 10 of ${page.total}`,
                )
              : null,
          );
        } catch (error) {
          results.replaceChildren(problemAlert(error));
        }
      });

      function candidate(v) {
        knownNames.set(v.id, v.name);
        const status = h('div', { class: 'roster-status' });
        const add = h('button', { type: 'button', class: 'primary small' }, bi('加入', 'Add'));
        add.addEventListener('click', async () => {
          const role = form.elements.namedItem('role').value;
          const payload = { volunteerId: v.id, role };
          add.disabled = true;
          status.replaceChildren();
          try {
            await api.addTeamMember(t.id, payload, keys.keyFor(payload));
            keys.succeeded();
            toast(`${v.name} 已加入 / Added`);
            add.replaceChildren(...bi('已加入', 'Added'));
            loadMembers();
          } catch (error) {
            add.disabled = false;
            status.replaceChildren(problemAlert(error));
            // The teams service learns of a volunteer through events: one registered a moment ago may not be there yet.
            if (error?.code === 'VOLUNTEER.NOT_FOUND')
              status.append(
                h(
                  'p',
                  { class: 'hint' },
                  '刚登记的志愿者需要片刻才能同步到服务队，请稍后再点“加入”。 / A volunteer registered just now takes a moment to reach the teams; try again shortly.',
                ),
              );
          }
        });
        return h(
          'li',
          { class: 'roster-row', dataset: { volunteerId: v.id } },
          h(
            'span',
            { class: 'roster-name' },
            v.name,
            ' ',
            statusBadge(v.status),
            h('span', { class: 'muted small mono' }, ` ${v.phone} · ${v.age} 岁 · ${orDash(v.skills?.join('、'))}`),
          ),
          add,
          status,
        );
      }

      return h(
        'section',
        { class: 'panel', 'aria-labelledby': 'add-member-title' },
        h('h2', { id: 'add-member-title' }, bi('添加队员', 'Add a member')),
        form,
      );
    }
  }

  draw();

  return {
    update(next) {
      state = {
        id: next.get('id'),
        q: next.get('q') ?? '',
        status: next.get('status') ?? '',
        page: next.get('page') ?? '1',
      };
      draw();
    },
    unmount() {
      seq++;
    },
  };
}
