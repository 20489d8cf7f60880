import type { Citation } from '../core/types.js';
import { contentWords } from '../text/query-words.js';

/**
 * The questions of a message that asks several, one per question mark ("제안서 몇 부 뽑아 가야 돼?
 * 파일은 뭐에 담아서 내?"): each is a question of its own, with its own focus and its own answer.
 * A statement before a question ("세종시는 시군구가 없잖아. 그럼 … 뭐라고 적어?") belongs to the
 * question it leads to, and so does anything after the last question mark. Parts without a content
 * word ("응?") are no question. A message asking one question gives one part.
 */
export function askedSentences(message: string): string[] {
  const parts = message.split(/(?<=[?？])\s*/u).map((p) => p.trim());
  const out: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const last = out.length - 1;
    // Text after the last question mark is no question of its own ("…언제야? 알려줘"): it goes with it.
    if (!/[?？]$/u.test(part) && last >= 0) out[last] = `${out[last]} ${part}`;
    else out.push(part);
  }
  return out.filter((p) => contentWords(p).length > 0);
}

/** One answer, its text citing its own citations as [1], [2] … */
export interface PartAnswer {
  answer: string;
  citations: Citation[];
}

/**
 * The answers to the parts of a message as one answer, in the parts' order. Citations are
 * numbered across the parts; a passage quoted by more than one part is cited once, its quote
 * spanning both (`passageText` gives the passage's text to find them in; when a quote is not
 * found there, the passage is cited twice rather than misquoted).
 */
export function joinPartAnswers(parts: PartAnswer[], passageText: (passageId: string) => string | undefined): PartAnswer {
  const citations: Citation[] = [];
  const texts: string[] = [];
  const said = new Set<string>();
  for (const part of parts) {
    const renumber = new Map<number, number>();
    for (const c of part.citations) {
      const same = citations.findIndex((o) => o.passageId === c.passageId);
      const merged = same >= 0 ? spanning(citations[same] as Citation, c, passageText(c.passageId)) : undefined;
      if (same >= 0 && merged) {
        citations[same] = merged;
        renumber.set(c.n, merged.n);
        continue;
      }
      const n = citations.length + 1;
      citations.push({ ...c, n });
      renumber.set(c.n, n);
    }
    const renumbered = part.answer.replace(/\[(\d+)\]/g, (whole, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : whole));
    // A sentence an earlier part's answer already quoted, with the same citation, is not repeated.
    const fresh = citedSentences(renumbered).filter((sentence) => !said.has(sentence));
    for (const sentence of fresh) said.add(sentence);
    if (fresh.length > 0) texts.push(fresh.join(' '));
  }
  return { answer: texts.join(' '), citations };
}

/** An answer's sentences, each with the citation marks after it ("… 제출 [2]"), cut after the marks. */
function citedSentences(answer: string): string[] {
  return answer
    .split(/(?<=\[\d+\])\s+(?!\[\d+\])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One citation whose quote runs from the earlier of two quotes of a passage to the later one's end. */
function spanning(a: Citation, b: Citation, text: string | undefined): Citation | undefined {
  if (text === undefined) return undefined;
  const at = [a.quote, b.quote].map((q) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length }));
  if (at.some((s) => s.start < 0)) return undefined;
  const start = Math.min(...at.map((s) => s.start));
  const end = Math.max(...at.map((s) => s.end));
  return { ...a, quote: text.slice(start, end), score: Math.max(a.score, b.score) };
}
