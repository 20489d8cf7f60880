import type { IngestEvent } from '../core/admin-service.js';
import type { DocumentRecord, Trust } from '../core/types.js';
import { dayChartSvg } from './day-chart-svg.js';
import { escapeHtml as e } from './html.js';
import { NO_REASON, type OperatorStats } from './operator-stats.js';

export const DASHBOARD_CSS_PATH = '/admin/dashboard.css';

export interface DocumentRow {
  record: DocumentRecord;
  trust: Trust;
  /** An upload can be deleted from the page; a corpus document would return at the next sync. */
  deletable: boolean;
  lastIngest?: IngestEvent;
}

export interface DashboardView {
  stats: OperatorStats;
  documents: DocumentRow[];
  failures: IngestEvent[];
  /** The index's last change (manifest), for documents with no event of their own. */
  indexUpdatedAt?: string;
  retention: { maxDays: number; maxEntries: number; questionsLogged: boolean };
  notice?: { kind: 'ok' | 'error'; text: string };
  /** Why there is no traffic to show (no answer log on this server), if so. */
  noAnswerLog?: boolean;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<link rel="stylesheet" href="${DASHBOARD_CSS_PATH}">
</head>
<body>
${body}
</body>
</html>
`;
}

/** The token form: the only thing /admin shows without a valid session cookie. */
export function loginPage(error?: string): string {
  return page(
    'policy-qa operator sign-in',
    `<main class="login">
<h1>policy-qa operator dashboard</h1>
${error ? `<p class="notice error" role="alert">${e(error)}</p>` : ''}
<form method="post" action="/admin/login">
<label for="token">Admin token (ADMIN_TOKEN)</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p class="hint">The token is checked once; the browser then keeps a session cookie for this page only (8 hours).</p>
</main>`,
  );
}

const time = (iso: string | undefined) => (iso ? e(iso.replace('T', ' ').slice(0, 16)) : '–');
const ms = (v: number | undefined) => (v === undefined ? '–' : `${v} ms`);

function refusalReasons(stats: OperatorStats): string[] {
  const reasons = new Set<string>();
  for (const day of stats.days) for (const reason of Object.keys(day.refused)) reasons.add(reason);
  // "refused" (no reason given) last, after the named reasons.
  return [...reasons].sort((a, b) => Number(a === NO_REASON) - Number(b === NO_REASON) || a.localeCompare(b));
}

function trafficSection(view: DashboardView): string {
  const { stats } = view;
  const days = stats.days.map((d) => d.day);
  const reasons = refusalReasons(stats);
  const reasonLabel = (r: string) => (r === NO_REASON ? 'refused (no reason logged)' : `refused: ${r}`);
  const charts = [
    dayChartSvg({
      id: 'chart-questions',
      title: 'Questions per day: answered and refused',
      days,
      stacked: true,
      series: [
        { name: 'answered', values: stats.days.map((d) => d.answered) },
        ...reasons.map((r) => ({ name: reasonLabel(r), values: stats.days.map((d) => d.refused[r] ?? 0) })),
      ],
    }),
    dayChartSvg({
      id: 'chart-latency',
      title: 'Answer latency per day (ms)',
      days,
      unit: 'ms',
      series: [
        { name: 'p50', values: stats.days.map((d) => d.p50) },
        { name: 'p95', values: stats.days.map((d) => d.p95) },
      ],
    }),
    dayChartSvg({
      id: 'chart-feedback',
      title: 'Ratings per day',
      days,
      series: [
        { name: 'thumbs up', values: stats.days.map((d) => d.up) },
        { name: 'thumbs down', values: stats.days.map((d) => d.down) },
      ],
    }),
  ];
  const rows = [...stats.days]
    .reverse()
    .filter((d) => d.questions > 0 || d.up > 0 || d.down > 0)
    .map((d) => {
      const refused = reasons.filter((r) => d.refused[r]).map((r) => `${e(r)} ${d.refused[r]}`);
      return `<tr><th scope="row">${e(d.day)}</th><td>${d.questions}</td><td>${d.answered}</td><td>${refused.length ? refused.join(', ') : '0'}</td><td>${ms(d.p50)}</td><td>${ms(d.p95)}</td><td>${d.up}</td><td>${d.down}</td></tr>`;
    });
  return `<section aria-labelledby="traffic">
<h2 id="traffic">Traffic, last ${days.length} day${days.length === 1 ? '' : 's'}</h2>
${view.noAnswerLog ? '<p class="notice error">This server keeps no answer log (ANSWER_LOG_MAX_DAYS or ANSWER_LOG_MAX_ENTRIES is 0, or DATA_DIR is object storage): there is no traffic to show.</p>' : ''}
<div class="charts">${charts.map((svg) => `<figure>${svg}</figure>`).join('\n')}</div>
<table>
<caption>Per day (UTC), newest first; days without traffic left out</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Questions</th><th scope="col">Answered</th><th scope="col">Refused, by reason</th><th scope="col">p50</th><th scope="col">p95</th><th scope="col">Thumbs up</th><th scope="col">Thumbs down</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="8">No answers in the log yet.</td></tr>'}</tbody>
</table>
</section>`;
}

function refusedSection(view: DashboardView): string {
  const { stats, retention } = view;
  const rows = stats.topRefused.map(
    (q) =>
      `<tr><td lang="${/[가-힣]/.test(q.question) ? 'ko' : 'en'}">${e(q.question)}</td><td>${q.count}</td><td>${time(q.lastAsked)}</td><td>${e(q.reasons.join(', '))}</td></tr>`,
  );
  const unlogged =
    stats.refusedWithoutQuestion > 0
      ? `<p class="hint">${stats.refusedWithoutQuestion} refused answer(s) have no question in the log: questions are kept only with LOG_QUESTIONS=true${retention.questionsLogged ? ' (on now; older entries predate it)' : ' (off on this server)'}.</p>`
      : '';
  return `<section aria-labelledby="refused">
<h2 id="refused">Most often refused questions</h2>
<p class="hint">What citizens asked that the documents did not answer: candidates for documents to add.</p>
<table>
<thead><tr><th scope="col">Question (personal data masked)</th><th scope="col">Times</th><th scope="col">Last asked (UTC)</th><th scope="col">Reason</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="4">No refused question with its text in the log.</td></tr>'}</tbody>
</table>
${unlogged}
</section>`;
}

function downVoteSection(view: DashboardView): string {
  const { stats } = view;
  const items = stats.downVotes.map((d) => {
    const answer = d.answer.length > 500 ? `${d.answer.slice(0, 500)}…` : d.answer;
    return `<li>
<p class="meta">Rated ${time(d.ratedAt)}${d.sources.length ? ` · sources: ${e(d.sources.join('; '))}` : ''}</p>
<p><strong>Question:</strong> ${d.question ? e(d.question) : '<em>not logged</em>'}</p>
<p><strong>Answer:</strong> ${e(answer)}</p>
${d.comment ? `<p><strong>Comment:</strong> ${e(d.comment)}</p>` : ''}
</li>`;
  });
  const orphaned =
    stats.downVotesWithoutAnswer > 0 ? `<p class="hint">${stats.downVotesWithoutAnswer} more down-vote(s) rate answers the log no longer holds.</p>` : '';
  return `<section aria-labelledby="downvoted">
<h2 id="downvoted">Down-voted answers, newest first</h2>
${items.length ? `<ol class="votes">${items.join('\n')}</ol>` : '<p>No down-voted answer in the log.</p>'}
${orphaned}
</section>`;
}

function documentsSection(view: DashboardView): string {
  const rows = view.documents.map(({ record, trust, deletable, lastIngest }) => {
    const last = lastIngest ? `${time(lastIngest.at)} (${e(lastIngest.action)}, ${e(lastIngest.via)})` : `${time(view.indexUpdatedAt)} (index)`;
    const action = deletable
      ? `<form method="post" action="/admin/documents/${encodeURIComponent(record.id)}/delete"><button type="submit" class="danger" aria-label="Delete ${e(record.title)}">Delete</button></form>`
      : '<span class="hint">corpus file</span>';
    return `<tr><td><span lang="${e(record.lang)}">${e(record.title)}</span><br><code>${e(record.id)}</code></td><td>${e(record.lang)}</td><td><span class="trust ${e(trust)}">${e(trust)}</span></td><td>${record.passageCount}</td><td>${e(record.publishedAt || '–')}</td><td>${last}</td><td>${action}</td></tr>`;
  });
  const failures = view.failures.map(
    (f) => `<tr><td>${time(f.at)}</td><td>${e(f.via)}</td><td>${e(f.file ?? f.id ?? '')}</td><td>${e(f.reason ?? '')}</td></tr>`,
  );
  return `<section aria-labelledby="documents">
<h2 id="documents">Documents in the index (${view.documents.length})</h2>
<form class="upload" method="post" action="/admin/documents" enctype="multipart/form-data">
<fieldset>
<legend>Upload documents (PDF, DOCX, HWPX, HTML, Markdown, text)</legend>
<label for="upload-files">Files</label>
<input id="upload-files" name="file" type="file" multiple required>
<label for="upload-title">Title (one file only; optional)</label>
<input id="upload-title" name="title" type="text" maxlength="300">
<label for="upload-trust">Trust level</label>
<select id="upload-trust" name="trust"><option value="upload">upload (ranks below official documents)</option><option value="official">official (ranks with the corpus)</option></select>
<button type="submit">Upload</button>
</fieldset>
</form>
<table>
<thead><tr><th scope="col">Title and id</th><th scope="col">Language</th><th scope="col">Trust</th><th scope="col">Passages</th><th scope="col">Published</th><th scope="col">Last ingest (UTC)</th><th scope="col">Action</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="7">The index is empty.</td></tr>'}</tbody>
</table>
<h3>Ingest failures, newest first</h3>
<table>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Via</th><th scope="col">File</th><th scope="col">Why</th></tr></thead>
<tbody>${failures.join('\n') || '<tr><td colspan="4">None recorded.</td></tr>'}</tbody>
</table>
</section>`;
}

/** The whole dashboard: every text from logs, ratings and documents escaped. */
export function dashboardPage(view: DashboardView): string {
  const { retention } = view;
  return page(
    'policy-qa operator dashboard',
    `<header>
<h1>policy-qa operator dashboard</h1>
<form method="post" action="/admin/logout"><button type="submit">Sign out</button></form>
</header>
<main>
${view.notice ? `<p class="notice ${view.notice.kind}" role="status">${e(view.notice.text)}</p>` : ''}
<p class="hint">Kept: each answer (with its question only when LOG_QUESTIONS=true, phone and resident registration numbers masked) for ${retention.maxDays} days, at most ${retention.maxEntries} answers (ANSWER_LOG_MAX_DAYS, ANSWER_LOG_MAX_ENTRIES); ratings older than that are not shown. Question logging is ${retention.questionsLogged ? 'on' : 'off'}.</p>
${trafficSection(view)}
${refusedSection(view)}
${downVoteSection(view)}
${documentsSection(view)}
</main>`,
  );
}

/** Same-origin stylesheet: the CSP allows no inline style. Contrast meets WCAG AA. */
export const DASHBOARD_CSS = `
body { font-family: system-ui, "Noto Sans CJK KR", sans-serif; margin: 0; color: #1a1a1a; background: #f6f7f9; line-height: 1.45; }
header { display: flex; justify-content: space-between; align-items: center; padding: 0.75rem 1.5rem; background: #0b3d66; color: #fff; }
header h1 { font-size: 1.25rem; margin: 0; }
main { padding: 1rem 1.5rem 3rem; max-width: 1200px; }
main.login { max-width: 28rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; }
section { background: #fff; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
h3 { font-size: 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; color: #444; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
thead th { background: #eef1f5; }
code { font-size: 0.8rem; color: #444; }
.hint { color: #4a4a4a; font-size: 0.875rem; }
.notice { padding: 0.5rem 0.75rem; border-radius: 4px; }
.notice.ok { background: #e3f3e8; color: #0d4d22; }
.notice.error { background: #fbe5e1; color: #7a1c0c; }
.trust { padding: 0.1rem 0.4rem; border-radius: 3px; font-size: 0.8rem; }
.trust.official { background: #dbe9f6; color: #0b3d66; }
.trust.upload { background: #f4ead5; color: #5c3d00; }
.votes li { margin-bottom: 0.75rem; border-bottom: 1px solid #eee; }
.votes p { margin: 0.2rem 0; }
.meta { color: #4a4a4a; font-size: 0.85rem; }
label { display: block; margin-top: 0.5rem; font-weight: 600; }
input, select { font: inherit; padding: 0.3rem; max-width: 100%; }
fieldset { border: 1px solid #ccc; border-radius: 6px; }
button { font: inherit; margin-top: 0.5rem; padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid #0b3d66; background: #0b3d66; color: #fff; cursor: pointer; }
header button { background: #fff; color: #0b3d66; margin: 0; }
button.danger { background: #a4260f; border-color: #a4260f; margin: 0; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
`;
