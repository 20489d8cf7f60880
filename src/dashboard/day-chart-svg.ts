import { escapeHtml } from './html.js';

export interface DaySeries {
  name: string;
  values: (number | undefined)[];
}

export interface DayChartInput {
  /** Unique within the page: the SVG's <title> is referenced by id. */
  id: string;
  title: string;
  days: string[];
  series: DaySeries[];
  /** Stacked: parts of one total per day (answered + refused by reason); else side by side. */
  stacked?: boolean;
  unit?: string;
}

// Okabe-Ito, colour-blind safe; the first is kept for "answered"/"p50"/"up".
const PALETTE = ['#0072B2', '#D55E00', '#E69F00', '#CC79A7', '#009E73', '#56B4E9', '#000000'];
const PLOT_HEIGHT = 160;
const LEFT = 52;
const TOP = 30;

/** A round axis maximum (1, 2, 5 × 10^n) at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * A bar chart of a value per day, drawn on the server as inline SVG (no script, no inline style:
 * it passes the page's CSP). Colours are presentation attributes; every bar carries a <title>
 * tooltip and the page gives the same numbers in a table for screen readers.
 */
export function dayChartSvg(input: DayChartInput): string {
  const { days, series } = input;
  const bar = input.stacked ? 22 : Math.max(8, Math.min(18, Math.floor(44 / Math.max(1, series.length))));
  const groupWidth = (input.stacked ? bar : bar * series.length) + 14;
  const plotWidth = Math.max(days.length * groupWidth, 120);
  const legendHeight = 18 * Math.ceil(series.length / 3);
  // Text is not measured on the server: widths assume about 7 px per character at these sizes.
  const legendColumn = 24 + 7 * Math.max(0, ...series.map((s) => s.name.length));
  const width = Math.max(LEFT + plotWidth + 16, LEFT + Math.min(3, series.length) * legendColumn, 16 + input.title.length * 8);
  const height = TOP + PLOT_HEIGHT + 34 + legendHeight;
  const totals = days.map((_, d) => (input.stacked ? series.reduce((n, s) => n + (s.values[d] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[d] ?? 0))));
  const max = niceMax(Math.max(0, ...totals));
  const y = (v: number) => TOP + PLOT_HEIGHT - (v / max) * PLOT_HEIGHT;
  const unit = input.unit ? ` ${input.unit}` : '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${input.id}-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title id="${input.id}-title">${escapeHtml(input.title)}</title>`,
    `<text x="8" y="16" font-size="13" font-weight="600" fill="#1a1a1a">${escapeHtml(input.title)}</text>`,
  ];
  for (const tick of [0, 0.5, 1]) {
    const v = max * tick;
    out.push(
      `<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d0"/>`,
      `<text x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end" fill="#444">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`,
    );
  }
  days.forEach((day, d) => {
    const x0 = LEFT + d * groupWidth + 7;
    let base = 0;
    series.forEach((s, i) => {
      const value = s.values[d];
      const colour = PALETTE[i % PALETTE.length];
      const x = input.stacked ? x0 : x0 + i * bar;
      const tip = `<title>${escapeHtml(`${day} · ${s.name}: ${value === undefined ? 'no data' : `${value}${unit}`}`)}</title>`;
      if (value === undefined || value <= 0) return;
      const bottom = input.stacked ? base : 0;
      out.push(`<rect x="${x}" y="${y(bottom + value)}" width="${bar - 2}" height="${y(bottom) - y(bottom + value)}" fill="${colour}">${tip}</rect>`);
      if (!input.stacked) out.push(`<text x="${x + (bar - 2) / 2}" y="${y(value) - 3}" text-anchor="middle" fill="#1a1a1a" font-size="9">${value}</text>`);
      base += value;
    });
    if (input.stacked && totals[d])
      out.push(`<text x="${x0 + (bar - 2) / 2}" y="${y(totals[d] ?? 0) - 3}" text-anchor="middle" fill="#1a1a1a" font-size="9">${totals[d]}</text>`);
    // Every label would crowd a month: the first, the last and every seventh day are named.
    if (d === 0 || d === days.length - 1 || d % 7 === 0) {
      out.push(
        `<text x="${x0 + (input.stacked ? bar : bar * series.length) / 2}" y="${TOP + PLOT_HEIGHT + 14}" text-anchor="middle" fill="#444">${day.slice(5)}</text>`,
      );
    }
  });
  series.forEach((s, i) => {
    const lx = LEFT + (i % 3) * legendColumn;
    const ly = TOP + PLOT_HEIGHT + 26 + Math.floor(i / 3) * 18;
    out.push(
      `<rect x="${lx}" y="${ly}" width="11" height="11" fill="${PALETTE[i % PALETTE.length]}"/>`,
      `<text x="${lx + 16}" y="${ly + 10}" fill="#1a1a1a">${escapeHtml(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
