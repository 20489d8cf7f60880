import type { AnswerView } from './api-client.js';

/** One exchange as it is kept across reloads: the question and the finished answer, or why there is none. */
export interface SavedTurn {
  question: string;
  result?: AnswerView;
  error?: string;
}

const KEY = 'pqa-conversation:';
const MAX_TURNS = 30;

/**
 * The conversation lives in sessionStorage: it survives a reload of the tab, is not shared with
 * other tabs and is gone when the tab closes. Storage can be full or disabled (private mode,
 * sandboxed frames): the chat then simply forgets on reload.
 */
export function loadConversation(apiBase: string): SavedTurn[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY + apiBase) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((t): t is SavedTurn => typeof (t as SavedTurn)?.question === 'string') : [];
  } catch {
    return [];
  }
}

export function saveConversation(apiBase: string, turns: SavedTurn[]): void {
  try {
    if (turns.length === 0) sessionStorage.removeItem(KEY + apiBase);
    else sessionStorage.setItem(KEY + apiBase, JSON.stringify(turns.slice(-MAX_TURNS)));
  } catch {
    // Full or unavailable storage: the conversation still works, it is only not kept.
  }
}
