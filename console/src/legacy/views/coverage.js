// 村级覆盖 Village coverage: for a period, every village with what it holds (organisations,
// volunteers, teams) and what the station did there (activities, approved hours, people served),
// so the head sees at a glance which villages the station is not reaching.
import { api, fetchBlob } from '../api.js';
import { escapeHtml, mountChart, REACHED_COLOR, tooltipLine, UNREACHED_COLOR } from '../charts.js';
import { bureauFigures, lastMonth, saveBlob, XLSX_TYPE } from '../report-ui.js';
import {
  bi,
  clearFormErrors,
  errorState,
  field,
  formatNumber,
  go,
  h,
  loadingState,
  paramsObject,
  problemAlert,
  segments,
  showFormProblem,
  statCard,
  todayIso,
} from '../ui.js';

export const title = '村级覆盖 Coverage';

/** The Jiulong reference data is of 2021. */
const DEMO_RANGE = { from: '2021-01-01', to: '2021-12-31' };

const LACKS = {
  organisations: '组织',
  volunteers: '志愿者',
  teams: '志愿队',
  activities: '活动',
  hours: '时长',
};

const TYPES = { csv: 'text/csv', xlsx: XLSX_TYPE };

const COLUMNS = [
  ['organisations', '在册组织', 'Orgs'],
  ['volunteers', '志愿者', 'Volunteers'],
  ['teams', '志愿队', 'Teams'],
  ['activities', '活动', 'Activities'],
  ['approvedHours', '核定时长', 'Hours'],
  ['peopleServed', '服务对象', 'Served'],
];

function stateFrom(params) {
  const today = todayIso();
  const state = { from: `${today.slice(0, 4)}-01-01`, to: today, only: '', ...paramsObject(params) };
  if (!['', 'unreached'].includes(state.only)) state.only = '';
  return state;
}

export function mount(root, params) {
  let state = stateFrom(params);
  let seq = 0;
  let report = null;

  const form = h(
    'form',
    { class: 'toolbar', novalidate: true, 'aria-label': '统计区间 Period' },
    field({ label: '起始日期', en: 'From', name: 'from', type: 'date' }),
    field({ label: '截止日期', en: 'To', name: 'to', type: 'date' }),
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('查询', 'Apply')),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => go('coverage', { ...current(), ...DEMO_RANGE }) },
        bi('九龙 2021 演示区间', 'Jiulong 2021 demo'),
      ),
    ),
  );
  const control = (name) => form.elements.namedItem(name);
  const current = () => ({ from: control('from').value, to: control('to').value, only: state.only });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('coverage', current());
  });

  const status = h('div', { class: 'view-status' });
  const cards = h('section', { class: 'cards', 'aria-label': '概览 Summary' });
  const grid = h('div', { class: 'coverage-grid', id: 'coverage-grid' });
  const filter = h('div', { class: 'segmented', role: 'group', 'aria-label': '显示 Show' });
  const exportStatus = h('span', { class: 'small' });
  const exportButtons = h(
    'div',
    { class: 'toolbar-actions' },
    ...[
      ['xlsx', '导出 Excel', 'Export XLSX'],
      ['csv', '导出 CSV', 'Export CSV'],
    ].map(([format, zh, en]) =>
      h(
        'button',
        { type: 'button', class: 'secondary small', 'data-export': format, onclick: () => download(format) },
        bi(zh, en),
      ),
    ),
    // The period's volunteers and approved records as the national volunteer information system imports them.
    h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        'data-national-export': 'xlsx',
        title: '含完整证件号码，每次导出记入审计 / Full ID numbers; every export is audited',
        onclick: () => nationalDownload(),
      },
      bi('导出全国志愿服务信息系统格式', 'National platform format'),
    ),
    exportStatus,
  );
  const table = h('div', { class: 'table-panel' });
  const chartBox = h('div', { class: 'chart-box chart-tall', id: 'coverage-chart' });
  const chart = mountChart(chartBox, {
    label: '各村核定时长柱状图，按社区分组 Bar chart of approved hours per village, grouped by community',
    redraw: () => report && drawChart(),
  });

  // 民政局报表: the month's (or year's) figures for the civil affairs bureau, shown and downloadable.
  const bureauForm = h(
    'form',
    { class: 'toolbar', novalidate: true, 'aria-label': '民政局报表 Bureau report', id: 'bureau-form' },
    field({ label: '报表月份', en: 'Month', name: 'month', type: 'month', value: lastMonth(todayIso()) }),
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('生成', 'Build')),
      ...[
        ['pdf', '下载 PDF', 'PDF'],
        ['xlsx', '下载 Excel', 'XLSX'],
      ].map(([format, zh, en]) =>
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-bureau-export': format,
            onclick: () => bureauDownload(format),
          },
          bi(zh, en),
        ),
      ),
    ),
  );
  const bureauBox = h('div', { id: 'bureau-summary' });
  bureauForm.addEventListener('submit', (event) => {
    event.preventDefault();
    loadBureau();
  });
  const bureauMonth = () => bureauForm.elements.namedItem('month').value;

  async function loadBureau() {
    clearFormErrors(bureauForm);
    bureauBox.replaceChildren(loadingState());
    try {
      const r = await api.bureauReport({ month: bureauMonth() });
      bureauBox.replaceChildren(...bureauFigures(r));
    } catch (error) {
      bureauBox.replaceChildren();
      if (error?.status === 400) showFormProblem(bureauForm, error);
      else bureauBox.replaceChildren(problemAlert(error));
    }
  }

  async function bureauDownload(format) {
    const month = bureauMonth();
    try {
      const query = new URLSearchParams({ month, format });
      const blob = await fetchBlob(
        `/reports/bureau/export?${query}`,
        format === 'pdf' ? 'application/pdf' : TYPES.xlsx,
      );
      saveBlob(blob, `bureau-report-${month}.${format}`);
    } catch (error) {
      bureauBox.replaceChildren(problemAlert(error));
    }
  }

  root.append(
    h(
      'div',
      { class: 'view-head' },
      h('h1', { tabindex: '-1' }, bi('村级覆盖', 'Village coverage')),
      h(
        'p',
        { class: 'lead' },
        '期内开展了活动或核定了服务时长的村为“已覆盖” · ',
        h('span', { class: 'en', lang: 'en' }, 'A village is reached when it held an activity or had hours approved'),
      ),
    ),
    form,
    status,
    cards,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'coverage-chart-title' },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'coverage-chart-title' }, bi('各村核定时长', 'Approved hours per village')),
      ),
      chartBox,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'coverage-map-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'coverage-map-title' }, bi('各村覆盖', 'Villages')), filter),
      grid,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'coverage-table-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'coverage-table-title' }, bi('明细', 'Details')), exportButtons),
      table,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'bureau-title' },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'bureau-title' }, bi('民政局报表', 'Report for the civil affairs bureau')),
      ),
      bureauForm,
      bureauBox,
    ),
  );

  async function download(format) {
    exportStatus.replaceChildren(h('span', {}, bi('生成中…', 'Building…')));
    try {
      const query = new URLSearchParams({ from: state.from, to: state.to, format });
      const blob = await fetchBlob(`/reports/coverage/export?${query}`, TYPES[format]);
      saveBlob(blob, `village-coverage-${state.from}-${state.to}.${format}`);
      exportStatus.replaceChildren(h('span', {}, bi('已下载', 'Downloaded')));
    } catch (error) {
      exportStatus.replaceChildren(problemAlert(error));
    }
  }

  async function nationalDownload() {
    exportStatus.replaceChildren(h('span', {}, bi('生成中…', 'Building…')));
    try {
      const query = new URLSearchParams({ from: state.from, to: state.to, format: 'xlsx' });
      const blob = await fetchBlob(`/hours/export/national?${query}`, TYPES.xlsx);
      saveBlob(blob, `national-volunteer-records-${state.from}-${state.to}.xlsx`);
      exportStatus.replaceChildren(h('span', {}, bi('已下载', 'Downloaded')));
    } catch (error) {
      exportStatus.replaceChildren(problemAlert(error));
    }
  }

  const visible = () => (state.only === 'unreached' ? report.villages.filter((v) => !v.reached) : report.villages);

  function drawCards() {
    const t = report.totals;
    const n = report.villages.length;
    cards.replaceChildren(
      statCard(
        'reached',
        '已覆盖的村',
        'Reached',
        `${formatNumber(n - report.unreached)} / ${formatNumber(n)}`,
        `${report.from} – ${report.to}`,
      ),
      statCard(
        'unreached',
        '未覆盖的村',
        'Not reached',
        formatNumber(report.unreached),
        '期内无活动、无核定时长 / nothing held',
      ),
      statCard(
        'hours',
        '核定时长',
        'Approved hours',
        formatNumber(t.approvedHours),
        `${formatNumber(t.servingVolunteers)} 名志愿者 volunteers`,
      ),
      statCard(
        'served',
        '服务对象人次',
        'People served',
        formatNumber(t.peopleServed),
        `${formatNumber(t.activities)} 项活动 activities`,
      ),
    );
  }

  function drawFilter() {
    filter.replaceChildren(
      ...segments(
        [
          ['', '全部', 'All'],
          ['unreached', '只看未覆盖', 'Not reached only'],
        ],
        state.only,
        (only) => go('coverage', { ...current(), only }, { replace: true }),
      ),
    );
  }

  /** One tile per village, grouped by community: green when reached, red when not, with what it lacks. */
  function drawGrid() {
    const communities = new Map();
    for (const v of visible()) {
      if (!communities.has(v.communityId)) communities.set(v.communityId, { name: v.communityName, villages: [] });
      communities.get(v.communityId).villages.push(v);
    }
    if (communities.size === 0) {
      grid.replaceChildren(h('p', { class: 'empty' }, bi('所有村均已覆盖', 'Every village is reached')));
      return;
    }
    grid.replaceChildren(
      ...[...communities.values()].map((c) =>
        h(
          'div',
          { class: 'coverage-community' },
          h(
            'h3',
            {},
            c.name,
            h('span', { class: 'small' }, ` ${c.villages.filter((v) => v.reached).length}/${c.villages.length}`),
          ),
          h(
            'ul',
            { class: 'coverage-tiles' },
            ...c.villages.map((v) =>
              h(
                'li',
                {
                  class: `coverage-tile ${v.reached ? 'reached' : 'unreached'}`,
                  'data-village': v.tierNodeId,
                  title: v.missing.length ? `缺少 ${v.missing.map((m) => LACKS[m] ?? m).join('、')}` : '',
                },
                h('strong', {}, v.name),
                h(
                  'span',
                  { class: 'tile-figure' },
                  `${formatNumber(v.approvedHours)} 小时 · ${formatNumber(v.organisations)} 组织`,
                ),
                h('span', { class: 'tile-state' }, v.reached ? '已覆盖 reached' : '未覆盖 not reached'),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /**
   * Every village's approved hours as a bar, villages in their communities' order with each
   * community a shaded band; green when reached, red when not (a stub, so a village with no
   * hours still shows). The filter leaves the chart whole: it is the picture of the station.
   */
  function drawChart() {
    const villages = [...report.villages];
    const order = [...new Set(villages.map((v) => v.communityId))];
    villages.sort((a, b) => order.indexOf(a.communityId) - order.indexOf(b.communityId));
    const names = villages.map((v) => v.name);
    const bands = order.map((id, index) => {
      const members = villages.filter((v) => v.communityId === id);
      return [
        {
          name: members[0].communityName,
          xAxis: villages.indexOf(members[0]),
          itemStyle: { color: index % 2 ? 'rgba(15, 118, 110, 0.07)' : 'rgba(37, 99, 235, 0.05)' },
        },
        { xAxis: villages.indexOf(members[members.length - 1]) },
      ];
    });
    // On a phone a window of villages at a time, scrolled with the slider or a swipe.
    const perScreen = Math.max(6, Math.floor(chart.width() / (chart.width() < 640 ? 24 : 16)));
    const zoom =
      villages.length > perScreen
        ? [
            {
              type: 'inside',
              startValue: 0,
              endValue: perScreen - 1,
              zoomOnMouseWheel: false,
              moveOnMouseWheel: false,
            },
            { type: 'slider', startValue: 0, endValue: perScreen - 1, height: 18, bottom: 4, showDetail: false },
          ]
        : [];
    const bar = (reached) => ({
      name: reached ? '已覆盖 Reached' : '未覆盖 Not reached',
      type: 'bar',
      stack: 'village',
      barMaxWidth: 28,
      barMinHeight: 3,
      color: reached ? REACHED_COLOR : UNREACHED_COLOR,
      data: villages.map((v) => (v.reached === reached ? v.approvedHours : '-')),
    });
    chart.draw(
      {
        title: {
          text: '各村核定时长 Approved hours',
          subtext: `${report.from} – ${report.to}`,
          left: 0,
          top: 0,
          textStyle: { fontSize: 14 },
          subtextStyle: { fontSize: 12 },
          itemGap: 4,
        },
        legend: { top: 44, left: 0 },
        tooltip: {
          confine: true,
          className: 'chart-tooltip',
          trigger: 'item',
          formatter(item) {
            const v = villages[item.dataIndex];
            return [
              `<strong>${escapeHtml(v.name)}</strong> · ${escapeHtml(v.communityName)}`,
              tooltipLine(item.marker, '核定时长 Hours', formatNumber(v.approvedHours)),
              tooltipLine('', '活动 Activities', formatNumber(v.activities)),
              tooltipLine('', '在册组织 Orgs', formatNumber(v.organisations)),
              v.reached ? '已覆盖 reached' : '未覆盖 not reached',
            ].join('<br>');
          },
        },
        dataZoom: zoom,
        grid: { left: 8, right: 12, top: 104, bottom: zoom.length ? 30 : 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: names,
          axisTick: { alignWithLabel: true },
          axisLabel: { interval: 0, rotate: 50, fontSize: 11 },
        },
        yAxis: { type: 'value', name: '小时 Hours', nameTextStyle: { align: 'left' } },
        series: [
          {
            ...bar(true),
            // The communities: a shaded band each, its name on top.
            markArea: {
              silent: true,
              label: { position: 'insideTop', color: '#4b5563', fontSize: 11 },
              data: bands,
            },
          },
          bar(false),
        ],
      },
      `linli-coverage-${report.from}-${report.to}`,
    );
  }

  function drawTable() {
    table.replaceChildren(
      h(
        'table',
        { class: 'data-table', id: 'coverage-table' },
        h('caption', {}, `${report.from} – ${report.to}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, bi('社区', 'Community')),
            h('th', { scope: 'col' }, bi('村', 'Village')),
            ...COLUMNS.map(([, zh, en]) => h('th', { scope: 'col', class: 'num' }, bi(zh, en))),
            h('th', { scope: 'col' }, bi('缺少', 'Lacking')),
          ),
        ),
        h(
          'tbody',
          {},
          ...visible().map((v) =>
            h(
              'tr',
              { 'data-village': v.tierNodeId, class: v.reached ? '' : 'row-warning' },
              h('td', { 'data-label': '社区 Community' }, v.communityName),
              h('th', { scope: 'row', 'data-label': '村 Village' }, v.name),
              ...COLUMNS.map(([key, zh, en]) =>
                h('td', { class: 'num', 'data-col': key, 'data-label': `${zh} ${en}` }, formatNumber(v[key])),
              ),
              h('td', { 'data-label': '缺少 Lacking' }, v.missing.map((m) => LACKS[m] ?? m).join('、') || '—'),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row', colspan: '2' }, bi('合计', 'Total')),
            ...COLUMNS.map(([key]) => h('td', { class: 'num', 'data-col': key }, formatNumber(report.totals[key]))),
            h('td', {}, ''),
          ),
        ),
      ),
    );
  }

  async function load() {
    control('from').value = state.from;
    control('to').value = state.to;
    const mine = ++seq;
    clearFormErrors(form);
    status.replaceChildren(loadingState());
    root.setAttribute('aria-busy', 'true');
    try {
      const next = await api.villageCoverage({ from: state.from, to: state.to });
      if (mine !== seq) return;
      report = next;
      status.replaceChildren();
      drawCards();
      drawFilter();
      drawChart();
      drawGrid();
      drawTable();
    } catch (error) {
      if (mine !== seq) return;
      report = null;
      status.replaceChildren();
      for (const part of [cards, grid, filter, table]) part.replaceChildren();
      chart.clear();
      if (error?.status === 400) showFormProblem(form, error);
      else status.replaceChildren(errorState(error, load));
    } finally {
      if (mine === seq) root.removeAttribute('aria-busy');
    }
  }

  load();
  return {
    update(next) {
      const before = JSON.stringify([state.from, state.to]);
      state = stateFrom(next);
      if (report && JSON.stringify([state.from, state.to]) === before) {
        drawFilter();
        drawGrid();
        drawTable();
      } else load();
    },
    unmount() {
      chart.dispose();
      seq++;
    },
  };
}
