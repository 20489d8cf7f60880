import type { Briefing } from './types.js';

const MAX_TOPIC_CHARS = 60;

/**
 * "briefing-용인-반도체-2026-12-06.docx": the topic's letters and digits (any script) joined by
 * "-", then the date, so that several briefings saved in one folder say what each is about.
 * Without a topic (questions only) the name is "briefing-<date>".
 */
export function briefingFileName(briefing: Pick<Briefing, 'topic' | 'date'>, extension: string): string {
  const topic = (briefing.topic ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TOPIC_CHARS)
    .replace(/-+$/, '');
  return `briefing-${topic ? `${topic}-` : ''}${briefing.date}.${extension}`;
}

/** A Content-Disposition value for the file: an ASCII fallback name and the UTF-8 one (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .replace(/[^\x20-\x7E]+/g, '')
    .replace(/["\\]/g, '')
    .replace(/-{2,}/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
