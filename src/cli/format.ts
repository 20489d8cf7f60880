import type { AskResult, Citation, ScoredPassage } from '../core/types.js';
import type { IngestSummary } from '../ingest/ingest.js';

export function formatIngestSummary(s: IngestSummary): string {
  const lines = [
    `added ${s.added.length}, updated ${s.updated.length}, unchanged ${s.unchanged.length}, removed ${s.removed.length}, failed ${s.failed.length} (${s.passagesEmbedded} passages embedded in ${(s.ms / 1000).toFixed(1)} s)`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.file}: ${f.reason}`);
  return lines.join('\n');
}

function where(c: Citation | ScoredPassage): string {
  const page = c.page === undefined ? '' : `, p. ${c.page}`;
  return `${c.title} › ${c.sectionPath}${page}`;
}

export function formatAnswer(r: AskResult): string {
  const lines = [r.answer, ''];
  const sources = r.grounded ? r.citations : r.seeAlso;
  if (sources.length > 0) lines.push(r.grounded ? 'Sources:' : 'See also:');
  for (const c of sources) lines.push(`  [${c.n}] ${where(c)}`, `      "${c.quote}"`, `      ${c.sourceUrl}`);
  lines.push('', `grounded: ${r.grounded}  mode: ${r.mode}  lang: ${r.lang}  total: ${r.timingsMs.total} ms`);
  return lines.join('\n');
}

export function formatSearch(results: ScoredPassage[]): string {
  return results
    .map((p, i) => {
      const ranks = [`vector #${p.vectorRank ?? '-'}`, `bm25 #${p.textRank ?? '-'}`].join(', ');
      const text = p.text.replace(/\s+/g, ' ');
      return `${i + 1}. ${p.score.toFixed(4)} (${ranks})  ${where(p)}\n   ${text.length > 220 ? `${text.slice(0, 220)}…` : text}\n   ${p.sourceUrl}`;
    })
    .join('\n');
}
