import type { AnswerLogEntry } from './answer-log.js';
import type { FeedbackRecord } from './feedback-schema.js';
import { maskPersonalData } from './mask-personal-data.js';

/** A rating with the answer it rated, when the answer log still holds it (see ANSWER_LOG_MAX_*). */
export interface RatedAnswer extends FeedbackRecord {
  answered?: AnswerLogEntry;
}

/**
 * Each rating with its answer. Comments and questions are masked again on the way out: entries
 * stored before a masking rule existed (or by an older version) never leave unmasked.
 */
export function joinAnswers(records: FeedbackRecord[], answers: Map<string, AnswerLogEntry>): RatedAnswer[] {
  return records.map((stored) => {
    const record: FeedbackRecord = {
      ...stored,
      answerId: maskPersonalData(stored.answerId),
      ...(stored.comment === undefined ? {} : { comment: maskPersonalData(stored.comment) }),
    };
    const logged = answers.get(stored.answerId);
    if (!logged) return record;
    const answered = logged.question === undefined ? logged : { ...logged, question: maskPersonalData(logged.question) };
    return { ...record, answered };
  });
}

const COLUMNS = ['id', 'createdAt', 'answerId', 'rating', 'comment', 'answeredAt', 'question', 'lang', 'outcome', 'mode', 'answer', 'citations'] as const;

function citationLine(c: AnswerLogEntry['citations'][number]): string {
  return `[${c.n}] ${c.title} › ${c.sectionPath}${c.page === undefined ? '' : `, p. ${c.page}`} ${c.sourceUrl}`.trim();
}

function row(r: RatedAnswer): Record<(typeof COLUMNS)[number], string | undefined> {
  const a = r.answered;
  return {
    id: r.id,
    createdAt: r.createdAt,
    answerId: r.answerId,
    rating: r.rating,
    comment: r.comment,
    answeredAt: a?.answeredAt,
    question: a?.question,
    lang: a?.lang,
    outcome: a ? (a.grounded ? 'grounded' : 'refused') : undefined,
    mode: a?.mode,
    answer: a?.answer,
    citations: a?.citations.map(citationLine).join('\n'),
  };
}

/**
 * One CSV cell (RFC 4180 quoting). Cells that a spreadsheet would run as a formula get a leading
 * apostrophe: comments are written by the public and opened by officials in Excel.
 */
function csvCell(value: string | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function feedbackToCsv(records: RatedAnswer[]): string {
  const rows = records.map((r) => {
    const cells = row(r);
    return COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function feedbackToJson(records: RatedAnswer[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
