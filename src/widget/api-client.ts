import type { AskResult, Citation } from '../core/types.js';
import { HttpError } from './sse-stream.js';

/** The shapes the widget reads from the API: the server's own types, narrowed to what it uses. */
export type CitationView = Omit<Citation, 'score'>;

export type AnswerView = Pick<AskResult, 'id' | 'answer' | 'lang' | 'grounded'> & { citations: CitationView[]; seeAlso?: CitationView[] };

export interface PassageView {
  id: string;
  docId: string;
  title: string;
  sectionPath: string;
  page?: number;
  text: string;
  sourceUrl: string;
}

async function expectOk(response: Response): Promise<unknown> {
  const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) throw new HttpError(response.status, payload?.error?.code ?? 'http_error', payload?.error?.message ?? `HTTP ${response.status}`);
  return payload;
}

export async function fetchPassage(apiBase: string, passageId: string, signal?: AbortSignal): Promise<PassageView> {
  const response = await fetch(`${apiBase}/api/passages/${encodeURIComponent(passageId)}`, { credentials: 'omit', signal });
  const payload = (await expectOk(response)) as { passage: PassageView };
  return payload.passage;
}

/** Starter questions drawn from the documents (GET, so a refused origin can still read why). */
export async function fetchStarters(apiBase: string, lang: string, signal?: AbortSignal): Promise<string[]> {
  const response = await fetch(`${apiBase}/api/starter-questions?lang=${encodeURIComponent(lang)}`, { credentials: 'omit', signal });
  const payload = (await expectOk(response)) as { questions?: unknown };
  return Array.isArray(payload.questions) ? payload.questions.filter((q): q is string => typeof q === 'string') : [];
}

/** The API said this page's origin is not in its ALLOWED_ORIGINS. */
export function isOriginRefusal(error: unknown): boolean {
  return error instanceof HttpError && error.code === 'origin_not_allowed';
}

export async function sendFeedback(apiBase: string, body: { answerId: string; rating: 'up' | 'down'; comment?: string }): Promise<void> {
  const response = await fetch(`${apiBase}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  await expectOk(response);
}

/** Only http(s) links are followed: a document's sourceUrl could be "javascript:...". */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
