export interface OpStats {
  requests: number;
  ok: number;
  /** Intended refusals: rate limit (429) and a full answer queue or timeout (503). */
  limited429: number;
  busy503: number;
  errors: number;
  latenciesMs: number[];
  errorSamples: string[];
}

export function emptyStats(): OpStats {
  return { requests: 0, ok: 0, limited429: 0, busy503: 0, errors: 0, latenciesMs: [], errorSamples: [] };
}

export function record(stats: OpStats, outcome: { status: number; ms: number; detail?: string }): void {
  stats.requests++;
  stats.latenciesMs.push(outcome.ms);
  if (outcome.status >= 200 && outcome.status < 300) stats.ok++;
  else if (outcome.status === 429) stats.limited429++;
  else if (outcome.status === 503) stats.busy503++;
  else {
    stats.errors++;
    if (stats.errorSamples.length < 5) stats.errorSamples.push(`${outcome.status} ${outcome.detail ?? ''}`.trim());
  }
}

/** A plain-text table with right-aligned numbers. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
