// 组织发展 Growth dashboard: how many organisations the station has, period by period,
// broken down by type, tier, status or community.
import { api } from '../api.js';
import { colorAt, escapeHtml, mountChart, tooltipLine } from '../charts.js';
import { GROWTH_DIMENSIONS } from '../../labels.ts';
import {
  addMonths,
  bi,
  clearFormErrors,
  errorState,
  field,
  formatNumber,
  go,
  h,
  loadingState,
  paramsObject,
  segments,
  showFormProblem,
  statCard,
  thisMonth,
} from '../ui.js';

export const title = '组织发展 Growth';

/** The Jiulong reference data ends in November 2021; June 2021 is when the registry filled. */
const DEMO_RANGE = { from: '2021-05', to: '2021-11' };
const INTERVALS = [
  ['month', '按月 Monthly'],
  ['quarter', '按季 Quarterly'],
  ['year', '按年 Yearly'],
];

function defaults() {
  const to = thisMonth();
  return { from: addMonths(to, -11), to, by: 'total', interval: 'month', mode: 'line' };
}

function stateFrom(params) {
  const state = { ...defaults(), ...paramsObject(params) };
  if (!GROWTH_DIMENSIONS.some(([key]) => key === state.by)) state.by = 'total';
  if (!['line', 'stacked'].includes(state.mode)) state.mode = 'line';
  return state;
}

/** Reshapes the flat series into periods × keys. */
function reshape(report) {
  const periods = [];
  const byKey = new Map();
  for (const point of report.series) {
    if (!periods.includes(point.period)) periods.push(point.period);
    if (!byKey.has(point.key)) byKey.set(point.key, new Map());
    byKey.get(point.key).set(point.period, point);
  }
  const keys = [...new Set([...Object.keys(report.labels ?? {}), ...byKey.keys()])].filter((key) => byKey.has(key));
  const series = keys.map((key, index) => {
    const points = periods.map((p) => byKey.get(key).get(p) ?? { count: 0, new: 0, dissolved: 0 });
    return {
      key,
      label: report.labels?.[key] ?? (key || '—'),
      color: colorAt(index),
      values: points.map((p) => p.count),
      points,
      totalNew: points.reduce((n, p) => n + p.new, 0),
      totalDissolved: points.reduce((n, p) => n + p.dissolved, 0),
    };
  });
  const totals = periods.map((period, i) => ({
    period,
    count: series.reduce((n, s) => n + s.points[i].count, 0),
    new: series.reduce((n, s) => n + s.points[i].new, 0),
    dissolved: series.reduce((n, s) => n + s.points[i].dissolved, 0),
  }));
  return { periods, series, totals };
}

export function mount(root, params) {
  let state = stateFrom(params);
  let seq = 0;
  let data = null;
  let dataKey = '';

  const heading = h('h1', { tabindex: '-1' }, bi('组织发展', 'Organisation growth'));
  const fromField = field({
    label: '起始月份',
    en: 'From',
    name: 'from',
    type: 'month',
    attrs: { placeholder: 'YYYY-MM' },
  });
  const toField = field({ label: '结束月份', en: 'To', name: 'to', type: 'month', attrs: { placeholder: 'YYYY-MM' } });
  const byField = field({
    label: '分组',
    en: 'Break down',
    name: 'by',
    options: GROWTH_DIMENSIONS.map(([k, zh, en]) => [k, `${zh} ${en}`]),
  });
  const intervalField = field({ label: '周期', en: 'Interval', name: 'interval', options: INTERVALS });
  const form = h(
    'form',
    { class: 'toolbar growth-controls', novalidate: true, 'aria-label': '统计区间 Range' },
    fromField,
    toField,
    byField,
    intervalField,
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('查询', 'Apply')),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => go('growth', { ...current(), ...DEMO_RANGE }) },
        bi('九龙 2021 演示区间', 'Jiulong 2021 demo'),
      ),
    ),
  );
  const control = (name) => form.elements.namedItem(name);
  const current = () => ({
    from: control('from').value,
    to: control('to').value,
    by: control('by').value,
    interval: control('interval').value,
    mode: state.mode,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('growth', current());
  });
  // A new breakdown or interval applies at once.
  control('by').addEventListener('change', () => go('growth', current()));
  control('interval').addEventListener('change', () => go('growth', current()));

  const cards = h('section', { class: 'cards', 'aria-label': '概览 Summary' });
  const chartBox = h('div', { class: 'chart-box', id: 'growth-chart' });
  const modeSwitch = h('div', { class: 'segmented', role: 'group', 'aria-label': '图表样式 Chart style' });
  const chartPanel = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'growth-chart-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'growth-chart-title' }, bi('在册组织数', 'Organisations on the register')),
      modeSwitch,
    ),
    chartBox,
  );
  const tables = h('div', { class: 'growth-tables' });
  const status = h('div', { class: 'view-status' });

  root.append(
    h(
      'div',
      { class: 'view-head' },
      heading,
      h(
        'p',
        { class: 'lead' },
        '每期期末在册数、本期新纳入与注销 · ',
        h('span', { class: 'en', lang: 'en' }, 'Count at the end of each period, joined and dissolved'),
      ),
    ),
    form,
    status,
    cards,
    chartPanel,
    tables,
  );

  const chart = mountChart(chartBox, {
    label: '在册组织数趋势图 Chart of organisations on the register',
    redraw: () => data && drawChart(),
  });

  function syncForm() {
    control('from').value = state.from;
    control('to').value = state.to;
    control('by').value = state.by;
    control('interval').value = state.interval;
  }

  function drawModeSwitch(multi) {
    modeSwitch.replaceChildren();
    if (!multi) return;
    modeSwitch.append(
      ...segments(
        [
          ['line', '折线', 'Lines'],
          ['stacked', '堆叠', 'Stacked'],
        ],
        state.mode,
        (mode) => go('growth', { ...current(), mode }, { replace: true }),
      ),
    );
  }

  function drawChart() {
    const { periods, series, totals } = data;
    const multi = series.length > 1;
    const stacked = multi && state.mode === 'stacked';
    const narrow = chart.width() < 520;
    const latest = new Map(series.map((s) => [s.label, s.values[s.values.length - 1] ?? 0]));
    const range = `${periods[0] ?? state.from} – ${periods[periods.length - 1] ?? state.to}`;
    chart.draw(
      {
        color: series.map((s) => s.color),
        title: {
          text: '在册组织数 Organisations',
          subtext: range,
          left: 0,
          top: 0,
          textStyle: { fontSize: 14 },
          subtextStyle: { fontSize: 12 },
          itemGap: 4,
        },
        tooltip: {
          confine: true,
          className: 'chart-tooltip',
          trigger: 'axis',
          formatter(items) {
            const rows = items.map((item) => tooltipLine(item.marker, item.seriesName, formatNumber(item.value)));
            const total = totals[items[0]?.dataIndex];
            if (multi && total) rows.push(tooltipLine('', '合计 Total', formatNumber(total.count)));
            return [`<strong>${escapeHtml(items[0]?.axisValue)}</strong>`, ...rows].join('<br>');
          },
        },
        // Click an entry to hide its series, again to show it; the latest count beside each name.
        legend: multi
          ? {
              type: 'scroll',
              bottom: 0,
              left: 0,
              right: 0,
              formatter: (name) => `${name} ${formatNumber(latest.get(name) ?? 0)}`,
            }
          : undefined,
        grid: { left: 8, right: 28, top: 76, bottom: multi ? 36 : 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: periods,
          boundaryGap: false,
          axisLabel: { hideOverlap: true },
        },
        yAxis: {
          type: 'value',
          name: '组织数 Count',
          nameTextStyle: { align: 'left' },
          minInterval: 1,
          splitNumber: narrow ? 4 : 5,
        },
        series: series.map((s) => ({
          name: s.label,
          type: 'line',
          data: s.values,
          stack: stacked ? 'total' : undefined,
          areaStyle: stacked ? { opacity: 0.55 } : multi ? undefined : { opacity: 0.12 },
          showSymbol: !stacked,
          symbol: 'emptyCircle',
          symbolSize: periods.length > 24 ? 4 : 7,
          lineStyle: { width: 2 },
          emphasis: { focus: 'series' },
        })),
      },
      `linli-growth-${state.by}-${state.from}-${state.to}`,
    );
    drawModeSwitch(multi);
  }

  function drawCards() {
    const { totals } = data;
    const last = totals[totals.length - 1] ?? { period: state.to, count: 0, new: 0, dissolved: 0 };
    const first = totals[0] ?? last;
    const startCount = first.count - first.new + first.dissolved;
    const sumNew = totals.reduce((n, t) => n + t.new, 0);
    const sumDissolved = totals.reduce((n, t) => n + t.dissolved, 0);
    const net = last.count - startCount;
    cards.replaceChildren(
      statCard('total', '在册组织', 'Current total', formatNumber(last.count), `截至 ${last.period}`),
      statCard(
        'new',
        '区间新增',
        'New in range',
        formatNumber(sumNew),
        `其中 ${last.period}：+${formatNumber(last.new)}`,
      ),
      statCard(
        'dissolved',
        '区间注销',
        'Dissolved',
        formatNumber(sumDissolved),
        `其中 ${last.period}：${formatNumber(last.dissolved)}`,
      ),
      statCard(
        'net',
        '净增长',
        'Net change',
        `${net >= 0 ? '+' : ''}${formatNumber(net)}`,
        `${formatNumber(startCount)} → ${formatNumber(last.count)}`,
      ),
    );
  }

  function drawTables() {
    const { totals, series } = data;
    const periodTable = h(
      'table',
      { class: 'data-table', id: 'growth-table' },
      h('caption', {}, bi('各期汇总', 'Per period')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, bi('期间', 'Period')),
          h('th', { scope: 'col', class: 'num' }, bi('在册', 'Count')),
          h('th', { scope: 'col', class: 'num' }, bi('新增', 'New')),
          h('th', { scope: 'col', class: 'num' }, bi('注销', 'Dissolved')),
        ),
      ),
      h(
        'tbody',
        {},
        [...totals]
          .reverse()
          .map((t) =>
            h(
              'tr',
              { 'data-period': t.period },
              h('th', { scope: 'row', 'data-label': '期间 Period' }, t.period),
              h('td', { class: 'num', 'data-label': '在册 Count', 'data-col': 'count' }, formatNumber(t.count)),
              h(
                'td',
                { class: 'num', 'data-label': '新增 New', 'data-col': 'new' },
                t.new ? `+${formatNumber(t.new)}` : '0',
              ),
              h(
                'td',
                { class: 'num', 'data-label': '注销 Dissolved', 'data-col': 'dissolved' },
                formatNumber(t.dissolved),
              ),
            ),
          ),
      ),
    );
    const blocks = [h('section', { class: 'panel table-panel' }, periodTable)];
    if (series.length > 1) {
      const lastCount = data.totals[data.totals.length - 1]?.count || 0;
      const dimension = GROWTH_DIMENSIONS.find(([k]) => k === state.by);
      const rows = [...series].sort((a, b) => b.values[b.values.length - 1] - a.values[a.values.length - 1]);
      blocks.push(
        h(
          'section',
          { class: 'panel table-panel' },
          h(
            'table',
            { class: 'data-table', id: 'growth-breakdown' },
            h(
              'caption',
              {},
              `${dimension[1]}（截至 ${data.periods[data.periods.length - 1]}）`,
              ' ',
              h('span', { class: 'en', lang: 'en' }, dimension[2]),
            ),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, bi('分组', 'Group')),
                h('th', { scope: 'col', class: 'num' }, bi('在册', 'Count')),
                h('th', { scope: 'col', class: 'num' }, bi('占比', 'Share')),
                h('th', { scope: 'col', class: 'num' }, bi('区间新增', 'New')),
                h('th', { scope: 'col', class: 'num' }, bi('区间注销', 'Dissolved')),
              ),
            ),
            h(
              'tbody',
              {},
              rows.map((s) => {
                const count = s.values[s.values.length - 1] ?? 0;
                return h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row', 'data-label': '分组 Group' },
                    h('span', { class: 'swatch', style: `background:${s.color}`, 'aria-hidden': 'true' }),
                    s.label,
                  ),
                  h('td', { class: 'num', 'data-label': '在册 Count' }, formatNumber(count)),
                  h(
                    'td',
                    { class: 'num', 'data-label': '占比 Share' },
                    lastCount ? `${((100 * count) / lastCount).toFixed(1)}%` : '—',
                  ),
                  h('td', { class: 'num', 'data-label': '区间新增 New' }, formatNumber(s.totalNew)),
                  h('td', { class: 'num', 'data-label': '区间注销 Dissolved' }, formatNumber(s.totalDissolved)),
                );
              }),
            ),
          ),
        ),
      );
    }
    tables.replaceChildren(...blocks);
  }

  async function load() {
    syncForm();
    const query = { from: state.from, to: state.to, interval: state.interval, by: state.by };
    const key = JSON.stringify(query);
    if (key === dataKey && data) {
      drawChart();
      return;
    }
    const mine = ++seq;
    clearFormErrors(form);
    status.replaceChildren(loadingState());
    root.setAttribute('aria-busy', 'true');
    try {
      const report = await api.growth(query);
      if (mine !== seq) return;
      data = reshape(report);
      dataKey = key;
      status.replaceChildren();
      drawCards();
      drawChart();
      drawTables();
    } catch (error) {
      if (mine !== seq) return;
      data = null;
      dataKey = '';
      status.replaceChildren();
      cards.replaceChildren();
      chart.clear();
      tables.replaceChildren();
      if (error?.status === 400 || error?.status === 422) showFormProblem(form, error);
      else status.replaceChildren(errorState(error, load));
    } finally {
      if (mine === seq) root.removeAttribute('aria-busy');
    }
  }

  load();
  return {
    update(next) {
      state = stateFrom(next);
      load();
    },
    unmount() {
      chart.dispose();
      seq++;
    },
  };
}
