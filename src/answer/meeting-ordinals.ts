import { searchTerms } from '../text/search-terms.js';
import { restatesClaim } from './claim-words.js';
import type { Specific } from './question-specifics.js';

/**
 * "At the 5th Advanced Strategic Industry Committee, where the bio complexes were chosen, …",
 * "제5차 국가첨단전략산업위원회에서 바이오 특화단지 뽑았잖아": a body meets in numbered sessions, and
 * one event happens at one of them. When a sentence the answer reads names the same body's session
 * with another number for the question's event (it makes the question's claim in two of its other
 * words), and none names the question's number, the documents put the event at another session.
 */
const EN_SESSION =
  /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:meeting\s+of\s+(?:the\s+)?|session\s+of\s+(?:the\s+)?)?((?:[A-Z][\w-]*\s+){1,6}(?:Committee|Council|Commission|Board))\b/u;
const KO_SESSION = /제?\s*(\d{1,2})\s*차\s*([\uAC00-\uD7AF]{2,}(?:위원회|협의회|심의회))/u;
/** The body by its kind alone, as the question's context names it ("at the 3rd committee meeting"). */
const EN_GENERIC_SESSION = /\b(\d{1,2})(?:st|nd|rd|th)\s+(committee|council|commission|board)(?:\s+(?:meeting|session))?\b/iu;
const GENERIC_BODY = /^(?:committee|council|commission|board)$/iu;

/** Patterns of a session of the body named by `body` (its words in order, any spacing), its number first. */
function sessionPatterns(body: string, korean: boolean): RegExp[] {
  // The body is letters, hyphens and spaces (EN_SESSION, KO_SESSION): nothing in it needs escaping.
  // A body named by its kind alone is any body of that kind, its name's capitalised words before it.
  const escaped = GENERIC_BODY.test(body) ? `(?:[A-Z][\\w-]*\\s+){0,6}${body}` : body.replace(/\s+/g, '\\s+');
  return korean
    ? [new RegExp(`제?\\s*(\\d{1,2})\\s*차\\s*${escaped}`, 'gu'), new RegExp(`${escaped}\\s*(?:의\\s*)?제?\\s*(\\d{1,2})\\s*차`, 'gu')]
    : [
        new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:meeting|session)\\s+of\\s+(?:the\\s+)?${escaped}`, 'giu'),
        new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+${escaped}`, 'giu'),
      ];
}

export function contradictedSession(question: string, sentencesRead: () => readonly string[]): Specific[] {
  const text = question.normalize('NFC');
  const match = KO_SESSION.exec(text) ?? EN_SESSION.exec(text) ?? EN_GENERIC_SESSION.exec(text);
  if (!match) return [];
  const asked = Number(match[1]);
  const body = (match[2] as string).trim();
  const patterns = sessionPatterns(body, /[\uAC00-\uD7AF]/u.test(body));
  const bodyTerms = new Set(searchTerms(body));
  const claim = [...new Set(searchTerms(text.replace(match[0], ' ')))].filter((t) => !bodyTerms.has(t));
  // The sentences are split only for a question that names a session.
  const naming = sentencesRead()
    .map((s) => ({ s, numbers: patterns.flatMap((p) => [...s.matchAll(p)].map((m) => Number(m[1]))) }))
    .filter((x) => x.numbers.length > 0);
  if (naming.some((x) => x.numbers.includes(asked))) return [];
  return naming.some((x) => restatesClaim(claim, x.s)) ? [{ kind: 'ordinal', text: match[0], forms: [match[0]] }] : [];
}
