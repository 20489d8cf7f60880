import type { FeedbackRecord } from './feedback-schema.js';

const COLUMNS = ['id', 'createdAt', 'answerId', 'rating', 'comment'] as const;

/**
 * One CSV cell (RFC 4180 quoting). Cells that a spreadsheet would run as a formula get a leading
 * apostrophe: comments are written by the public and opened by officials in Excel.
 */
function csvCell(value: string | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function feedbackToCsv(records: FeedbackRecord[]): string {
  const rows = records.map((r) => COLUMNS.map((column) => csvCell(r[column])).join(','));
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function feedbackToJson(records: FeedbackRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
