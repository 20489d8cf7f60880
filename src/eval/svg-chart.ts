/** A grouped bar chart as an SVG string: one group per category, one bar per series, values 0..1. */
export interface BarChartInput {
  title: string;
  subtitle?: string;
  groups: string[];
  series: { name: string; values: (number | null)[] }[];
}

// Colour-blind-safe palette (Okabe-Ito); one colour per series.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function barChartSvg({ title, subtitle, groups, series }: BarChartInput): string {
  const bar = 14;
  const gap = 22;
  const groupWidth = series.length * bar + gap;
  const left = 48;
  const top = subtitle ? 64 : 48;
  const plotHeight = 240;
  const legendWidth = 170;
  const width = left + groups.length * groupWidth + legendWidth;
  const height = top + plotHeight + 66;
  const y = (v: number) => top + plotHeight - v * plotHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
  ];
  if (subtitle) out.push(`<text x="${left}" y="42" fill="#555">${escapeXml(subtitle)}</text>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(
      `<line x1="${left}" x2="${left + groups.length * groupWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tick.toFixed(2)}</text>`,
    );
  }
  groups.forEach((group, g) => {
    const x0 = left + g * groupWidth + gap / 2;
    series.forEach((s, i) => {
      const value = s.values[g];
      const x = x0 + i * bar;
      if (value === null || value === undefined) {
        out.push(`<text x="${x + bar / 2}" y="${y(0) - 3}" text-anchor="middle" fill="#999" font-size="9">–</text>`);
        return;
      }
      const v = Math.max(0, Math.min(1, value));
      // A zero bar has no height; label it so it is not mistaken for "not applicable".
      if (v === 0) out.push(`<text x="${x + bar / 2}" y="${y(0) - 3}" text-anchor="middle" fill="#333" font-size="9">0</text>`);
      out.push(
        `<rect x="${x}" y="${y(v)}" width="${bar - 2}" height="${y(0) - y(v)}" fill="${PALETTE[i % PALETTE.length]}"><title>${escapeXml(`${group} · ${s.name}: ${value.toFixed(3)}`)}</title></rect>`,
      );
    });
    // Long labels ("not-in-documents (10)") break before the count so neighbours never overlap.
    const cx = x0 + (series.length * bar) / 2;
    const [name, count] = group.split(/\s+(?=\()/);
    out.push(
      `<text x="${cx}" y="${y(0) + 16}" text-anchor="middle">${escapeXml(name ?? group)}${count ? `<tspan x="${cx}" dy="13" fill="#555">${escapeXml(count)}</tspan>` : ''}</text>`,
    );
  });
  const lx = left + groups.length * groupWidth + 16;
  series.forEach((s, i) => {
    const ly = top + i * 18;
    out.push(
      `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`,
      `<text x="${lx + 18}" y="${ly + 10}">${escapeXml(s.name)}</text>`,
    );
  });
  out.push(
    `<text x="${left}" y="${height - 10}" fill="#777" font-size="10">"–" = not applicable to that type (e.g. retrieval recall for out-of-scope questions)</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
