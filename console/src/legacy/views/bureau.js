// 督导汇总 Bureau roll-up: a district civil affairs bureau's officer sees, for a month or a year,
// each station they supervise with its headline figures and their sum, opens one station's
// report and downloads it. Counts only: no station's people reach this screen.
import { api, fetchBlob } from '../api.js';
import { colorAt, escapeHtml, mountChart, tooltipLine } from '../charts.js';
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
  showFormProblem,
  statCard,
  todayIso,
} from '../ui.js';

export const title = '督导汇总 Bureau roll-up';

const COLUMNS = [
  ['organisations', '在册组织', 'Orgs'],
  ['newOrganisations', '新增组织', 'New'],
  ['volunteers', '在册志愿者', 'Volunteers'],
  ['recruited', '招募', 'Recruited'],
  ['approvedHours', '核定时长', 'Hours'],
  ['activitiesHeld', '活动', 'Activities'],
];

function stateFrom(params) {
  const state = { month: lastMonth(todayIso()), station: '', ...paramsObject(params) };
  if (!/^\d{4}-\d{2}$/.test(state.month)) state.month = lastMonth(todayIso());
  return state;
}

const reached = (row) => `${formatNumber(row.villagesReached)} / ${formatNumber(row.villages)}`;

export function mount(root, params) {
  let state = stateFrom(params);
  let seq = 0;
  let rollup = null;

  const form = h(
    'form',
    { class: 'toolbar', novalidate: true, 'aria-label': '统计月份 Month', id: 'rollup-form' },
    field({ label: '统计月份', en: 'Month', name: 'month', type: 'month' }),
    h(
      'div',
      { class: 'toolbar-actions' },
      h('button', { type: 'submit', class: 'primary' }, bi('查询', 'Apply')),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => go('bureau', { month: '2021-11' }) },
        bi('九龙 2021年11月 演示', 'Jiulong Nov 2021 demo'),
      ),
    ),
  );
  const monthInput = () => form.elements.namedItem('month');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('bureau', { month: monthInput().value });
  });

  const status = h('div', { class: 'view-status' });
  const cards = h('section', { class: 'cards', 'aria-label': '概览 Summary' });
  const table = h('div', { class: 'table-panel' });
  const detail = h('div', { id: 'station-report' });
  const chartBox = h('div', { class: 'chart-box', id: 'rollup-chart' });
  const chart = mountChart(chartBox, {
    label: '各社工站在册组织与核定时长柱状图 Bar chart of each station’s organisations and approved hours',
    redraw: () => rollup && drawChart(),
  });

  root.append(
    h(
      'div',
      { class: 'view-head' },
      h('h1', { tabindex: '-1' }, bi('督导汇总', 'Bureau roll-up')),
      h(
        'p',
        { class: 'lead' },
        '所督导各社工站的月度数字，只含统计、不含个人信息 · ',
        h('span', { class: 'en', lang: 'en' }, 'The stations you supervise, counts only: no personal data'),
      ),
    ),
    form,
    status,
    cards,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'rollup-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'rollup-title' }, bi('各社工站', 'Stations'))),
      chartBox,
      table,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'station-report-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'station-report-title' }, bi('社工站报表', 'Station report'))),
      detail,
    ),
  );

  function drawCards() {
    const t = rollup.totals;
    cards.replaceChildren(
      statCard('stations', '督导社工站', 'Stations', formatNumber(rollup.stations.length), rollup.period.label),
      statCard(
        'organisations',
        '在册组织',
        'Organisations',
        formatNumber(t.organisations),
        `新增 ${formatNumber(t.newOrganisations)} new`,
      ),
      statCard(
        'hours',
        '核定时长',
        'Approved hours',
        formatNumber(t.approvedHours),
        `${formatNumber(t.activitiesHeld)} 项活动 activities`,
      ),
      statCard('villages', '已覆盖的村', 'Villages reached', reached(t), '期内有活动或核定时长 / held or approved'),
    );
  }

  /** Each station's organisations and approved hours side by side, each measure on its own axis. */
  function drawChart() {
    const stations = rollup.stations;
    const measures = [
      ['organisations', '在册组织 Organisations', '个 Orgs'],
      ['approvedHours', '核定时长 Approved hours', '小时 Hours'],
    ];
    chart.draw(
      {
        title: {
          text: '各社工站 Stations',
          subtext: `${rollup.period.label} ${rollup.period.from} – ${rollup.period.to}`,
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
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter(items) {
            const row = stations[items[0]?.dataIndex];
            if (!row) return '';
            return [
              `<strong>${escapeHtml(row.name)}</strong> · ${escapeHtml(row.region)}`,
              ...items.map((item) => tooltipLine(item.marker, item.seriesName, formatNumber(item.value))),
              tooltipLine('', '覆盖村 Villages reached', reached(row)),
            ].join('<br>');
          },
        },
        grid: { left: 8, right: 8, top: 104, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: stations.map((row) => row.name),
          axisLabel: {
            interval: 0,
            width: Math.max(60, chart.width() / Math.max(1, stations.length) - 16),
            overflow: 'break',
          },
        },
        yAxis: measures.map(([, , unit], index) => ({
          type: 'value',
          name: unit,
          nameTextStyle: { align: index ? 'right' : 'left' },
          position: index ? 'right' : 'left',
          splitLine: { show: index === 0 },
          minInterval: 1,
        })),
        series: measures.map(([key, name], index) => ({
          name,
          type: 'bar',
          yAxisIndex: index,
          barMaxWidth: 36,
          color: colorAt(index),
          label: { show: stations.length <= 6, position: 'top', fontSize: 11, formatter: (p) => formatNumber(p.value) },
          data: stations.map((row) => row[key]),
        })),
      },
      `linli-bureau-stations-${state.month}`,
    );
  }

  function drawTable() {
    const cells = (row) =>
      COLUMNS.map(([key, zh, en]) =>
        h('td', { class: 'num', 'data-col': key, 'data-label': `${zh} ${en}` }, formatNumber(row[key])),
      );
    table.replaceChildren(
      h(
        'table',
        { class: 'data-table', id: 'rollup-table' },
        h('caption', {}, `${rollup.period.label} ${rollup.period.from} – ${rollup.period.to}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, bi('社工站', 'Station')),
            ...COLUMNS.map(([, zh, en]) => h('th', { scope: 'col', class: 'num' }, bi(zh, en))),
            h('th', { scope: 'col', class: 'num' }, bi('覆盖村', 'Villages reached')),
            h('th', { scope: 'col' }, bi('报表', 'Report')),
          ),
        ),
        h(
          'tbody',
          {},
          ...rollup.stations.map((row) =>
            h(
              'tr',
              { 'data-station': row.stationId, class: row.stationId === state.station ? 'row-selected' : '' },
              h(
                'th',
                { scope: 'row', 'data-label': '社工站 Station' },
                row.name,
                h('span', { class: 'small station-region' }, row.region),
              ),
              ...cells(row),
              h('td', { class: 'num', 'data-col': 'villages', 'data-label': '覆盖村 Villages reached' }, reached(row)),
              h(
                'td',
                { 'data-label': '报表 Report' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary small',
                    'data-open-report': row.stationId,
                    onclick: () => go('bureau', { month: state.month, station: row.stationId }),
                  },
                  bi('查看', 'Open'),
                ),
              ),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, bi('合计', 'Total')),
            ...cells(rollup.totals),
            h('td', { class: 'num', 'data-col': 'villages' }, reached(rollup.totals)),
            h('td', {}, ''),
          ),
        ),
      ),
    );
  }

  async function download(stationId, format) {
    const note = detail.querySelector('.export-status');
    try {
      const query = new URLSearchParams({ month: state.month, format });
      const blob = await fetchBlob(
        `/bureau/stations/${encodeURIComponent(stationId)}/report/export?${query}`,
        format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
      );
      saveBlob(blob, `bureau-report-${state.month}.${format}`);
      note?.replaceChildren(...bi('已下载', 'Downloaded'));
    } catch (error) {
      note?.replaceChildren(problemAlert(error));
    }
  }

  async function drawDetail() {
    if (!state.station) {
      detail.replaceChildren(
        h('p', { class: 'empty' }, bi('在上表中选择一个社工站查看其报表', 'Open a station above to see its report')),
      );
      return;
    }
    const mine = seq;
    detail.replaceChildren(loadingState());
    try {
      const report = await api.bureauStationReport(state.station, { month: state.month });
      if (mine !== seq) return;
      detail.replaceChildren(
        ...bureauFigures(report),
        h(
          'div',
          { class: 'toolbar-actions' },
          ...[
            ['pdf', '下载 PDF', 'PDF'],
            ['xlsx', '下载 Excel', 'XLSX'],
          ].map(([format, zh, en]) =>
            h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                'data-station-export': format,
                onclick: () => download(state.station, format),
              },
              bi(zh, en),
            ),
          ),
          h('span', { class: 'small export-status' }),
        ),
      );
    } catch (error) {
      if (mine === seq) detail.replaceChildren(problemAlert(error));
    }
  }

  async function load() {
    monthInput().value = state.month;
    const mine = ++seq;
    clearFormErrors(form);
    status.replaceChildren(loadingState());
    root.setAttribute('aria-busy', 'true');
    try {
      const next = await api.bureauRollup({ month: state.month });
      if (mine !== seq) return;
      rollup = next;
      status.replaceChildren();
      drawCards();
      drawChart();
      drawTable();
      drawDetail();
    } catch (error) {
      if (mine !== seq) return;
      rollup = null;
      status.replaceChildren();
      for (const part of [cards, table, detail]) part.replaceChildren();
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
      const month = state.month;
      state = stateFrom(next);
      if (rollup && state.month === month) {
        seq++;
        drawTable();
        drawDetail();
      } else load();
    },
    unmount() {
      chart.dispose();
      seq++;
    },
  };
}
