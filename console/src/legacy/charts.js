// The console's charts, drawn by Apache ECharts (served by the gateway at /vendor/echarts.js).
// SVG renderer: crisp on phones and printable, and the browser tests can count what is drawn.
import * as echarts from 'echarts';

/** Distinguishable colours, first one the console's primary. */
export const PALETTE = [
  '#0f766e',
  '#2563eb',
  '#d97706',
  '#db2777',
  '#7c3aed',
  '#16a34a',
  '#dc2626',
  '#0891b2',
  '#4b5563',
  '#a16207',
];
export const colorAt = (index) => PALETTE[index % PALETTE.length];

/** Reached / not reached, the same greens and reds as the coverage tiles. */
export const REACHED_COLOR = '#16a34a';
export const UNREACHED_COLOR = '#dc2626';

/** Text from the server goes into tooltips as HTML: escape it. */
export const escapeHtml = (text) => echarts.format.encodeHTML(String(text ?? ''));

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** What every chart of the console shares: its font, a tooltip that fits a phone, and "save as image". */
function baseOption(fileName) {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT },
    tooltip: { confine: true, className: 'chart-tooltip' },
    toolbox: {
      right: 4,
      top: 0,
      feature: { saveAsImage: { title: '保存为图片 Save as image', name: fileName, backgroundColor: '#fff' } },
    },
  };
}

/**
 * Draws charts into `box` (an empty element the page sizes; the chart takes its width and
 * follows it as it changes, so a phone never scrolls sideways).
 * @param {HTMLElement} box
 * @param {{ label: string, redraw?: () => void }} options accessible name of the chart; what to
 *   draw again when the width changes enough for the layout to change (a phone turned, a window resized)
 * @returns {{ width: () => number, draw: (option: object, fileName: string) => void, clear: () => void, dispose: () => void }}
 */
export function mountChart(box, { label, redraw }) {
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label);
  const chart = echarts.init(box, null, { renderer: 'svg', locale: 'ZH' });
  let drawnAt = box.clientWidth;
  const resize = new ResizeObserver(() => {
    chart.resize();
    if (redraw && Math.abs(box.clientWidth - drawnAt) >= 40) redraw();
  });
  resize.observe(box);
  return {
    width: () => box.clientWidth,
    draw(option, fileName) {
      drawnAt = box.clientWidth;
      chart.setOption({ ...baseOption(fileName), ...option }, { notMerge: true });
    },
    clear: () => chart.clear(),
    dispose() {
      resize.disconnect();
      chart.dispose();
    },
  };
}

/** A tooltip line: the series' marker, its name and its value. */
export const tooltipLine = (marker, name, value) =>
  `${marker}${escapeHtml(name)} <strong style="float:right;margin-left:1.5em">${escapeHtml(value)}</strong>`;
