// A small dependency-free SVG chart: one line per series, or stacked areas.
// Rendered at the container's real pixel width so text stays legible on a phone.

const SVG_NS = 'http://www.w3.org/2000/svg';

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

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs))
    if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  for (const child of children)
    if (child) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

/** A "nice" axis: about `target` ticks of 1, 2, 2.5 or 5 × 10^n. */
function niceTicks(max, target = 5) {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw);
  const wholeStep = Math.max(1, step);
  const top = Math.ceil(max / wholeStep) * wholeStep;
  const ticks = [];
  for (let v = 0; v <= top + 1e-9; v += wholeStep) ticks.push(Math.round(v * 100) / 100);
  return { top, ticks };
}

/**
 * @param {object} options
 * @param {string[]} options.periods x-axis labels, in order
 * @param {{key: string, label: string, values: number[], color?: string}[]} options.series
 * @param {boolean} [options.stacked] stack the series as areas
 * @param {number} options.width pixel width to draw at
 * @param {string} options.title accessible name of the chart
 * @param {string} [options.description] longer accessible description
 * @returns {SVGSVGElement}
 */
export function renderChart({ periods, series, stacked = false, width, title, description }) {
  const narrow = width < 520;
  const height = narrow ? 230 : 300;
  const margin = { top: 14, right: narrow ? 10 : 18, bottom: 30, left: narrow ? 38 : 48 };
  const plotW = Math.max(40, width - margin.left - margin.right);
  const plotH = height - margin.top - margin.bottom;

  const n = periods.length;
  // Cumulative tops when stacked; the values themselves otherwise.
  const tops = series.map(() => new Array(n).fill(0));
  const bottoms = series.map(() => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    let acc = 0;
    series.forEach((serie, k) => {
      const v = serie.values[i] ?? 0;
      bottoms[k][i] = stacked ? acc : 0;
      acc = stacked ? acc + v : v;
      tops[k][i] = stacked ? acc : v;
    });
  }
  const max = Math.max(0, ...tops.flat());
  const { top, ticks } = niceTicks(max, narrow ? 4 : 5);

  const x = (i) => margin.left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v) => margin.top + plotH - (plotH * v) / top;

  const titleId = `chart-title-${Math.random().toString(36).slice(2, 8)}`;
  const svg = s('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${titleId}-desc`,
    class: 'chart',
  });
  svg.append(s('title', { id: titleId }, title), s('desc', { id: `${titleId}-desc` }, description ?? ''));

  // Grid and y axis labels.
  const grid = s('g', { class: 'chart-grid' });
  for (const tick of ticks) {
    const ty = y(tick);
    grid.append(s('line', { x1: margin.left, x2: margin.left + plotW, y1: ty, y2: ty }));
    grid.append(
      s(
        'text',
        { x: margin.left - 6, y: ty, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart-axis' },
        tick.toLocaleString('zh-CN'),
      ),
    );
  }
  svg.append(grid);

  // X axis labels: skip some so they never overlap (a label needs about 58px).
  const every = Math.max(1, Math.ceil((58 * n) / plotW));
  const xAxis = s('g', { class: 'chart-axis' });
  const shown = [];
  for (let i = 0; i < n; i += every) shown.push(i);
  if (n > 1 && shown[shown.length - 1] !== n - 1) {
    // Always label the latest period; drop its neighbour if the two would collide.
    if (n - 1 - shown[shown.length - 1] < every && shown.length > 1) shown.pop();
    shown.push(n - 1);
  }
  for (const i of shown) {
    const anchor = n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle';
    xAxis.append(s('text', { x: x(i), y: height - 10, 'text-anchor': anchor }, periods[i]));
  }
  svg.append(xAxis);
  svg.append(s('line', { class: 'chart-baseline', x1: margin.left, x2: margin.left + plotW, y1: y(0), y2: y(0) }));

  const pointsOf = (values) => values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const single = series.length === 1;

  series.forEach((serie, k) => {
    const color = serie.color ?? colorAt(k);
    const g = s('g', { class: 'chart-series', 'data-key': serie.key });
    if (stacked || single) {
      const upper = pointsOf(tops[k]);
      const lower = pointsOf(bottoms[k]).reverse();
      g.append(
        s('polygon', {
          points: [...upper, ...lower].join(' '),
          fill: color,
          'fill-opacity': stacked ? 0.55 : 0.12,
          stroke: 'none',
        }),
      );
    }
    if (n > 1) {
      g.append(
        s('polyline', {
          points: pointsOf(tops[k]).join(' '),
          fill: 'none',
          stroke: color,
          'stroke-width': 2,
          'stroke-linejoin': 'round',
        }),
      );
    }
    if (!stacked || n === 1) {
      tops[k].forEach((v, i) => {
        const dot = s('circle', {
          cx: x(i),
          cy: y(v),
          r: n > 24 ? 2 : 3.5,
          fill: '#fff',
          stroke: color,
          'stroke-width': 2,
        });
        dot.append(s('title', {}, `${periods[i]} ${serie.label}: ${serie.values[i] ?? 0}`));
        g.append(dot);
      });
    } else {
      // Invisible hover targets carry the exact value of each band.
      tops[k].forEach((v, i) => {
        const dot = s('circle', { cx: x(i), cy: y(v), r: 5, fill: color, 'fill-opacity': 0.001 });
        dot.append(s('title', {}, `${periods[i]} ${serie.label}: ${serie.values[i] ?? 0}`));
        g.append(dot);
      });
    }
    svg.append(g);
  });

  return svg;
}
