import { searchTerms } from '../text/search-terms.js';

// Endings that carry grammar, not meaning; stripped so "목표는" contributes "목표" only.
const KO_ENDINGS = [
  '이란',
  '란',
  '입니까',
  '되었나',
  '되었나요',
  '되나',
  '했나',
  '하나',
  '인가요',
  '인가',
  '인지',
  '에서는',
  '에서',
  '으로',
  '로는',
  '에는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '요',
  '까',
];
const KO_QUESTION_WORDS = new Set([
  '세',
  '두',
  '네',
  '한',
  '곳',
  '곳은',
  '곳이',
  '개',
  '명',
  '되는',
  '된',
  '하는',
  '한',
  '있는',
  '어느',
  '최근',
  '현재',
  '주요',
  '관련',
  '대해',
  '대한',
  '무엇을',
  '무엇이',
  '무엇',
  '무엇인가',
  '얼마',
  '얼마나',
  '언제',
  '어디',
  '누구',
  '어떤',
  '어떻게',
  '몇',
  '무슨',
  '왜',
  '알려줘',
  '알려주세요',
  '설명해줘',
  '설명해',
  '주세요',
  '있나',
  '있나요',
  '있는가',
  '되나요',
  '했나',
  '했나요',
  '인가',
]);
const EN_QUESTION_WORDS = new Set([
  'many',
  'much',
  'tell',
  'me',
  'please',
  'explain',
  'describe',
  'list',
  'give',
  'know',
  'you',
  'i',
  'we',
  'there',
  'any',
  'some',
  'about',
]);

/** Everyday words mapped to the form the documents use. */
const KO_SYNONYMS: Record<string, string> = { 처음: '첫', 총: '모두', 전체: '모두' };

const ENDINGS_LONGEST_FIRST = [...KO_ENDINGS].sort((a, b) => b.length - a.length);

function stripEnding(token: string): string {
  for (const ending of ENDINGS_LONGEST_FIRST) {
    if (token.length - ending.length >= 2 && token.endsWith(ending)) return token.slice(0, -ending.length);
  }
  return token;
}

/**
 * The terms of a question that evidence should contain: the search terms of its content words,
 * without particles, endings and question words that no answering sentence repeats.
 */
export function questionTerms(question: string): string[] {
  return [...new Set(contentWords(question).flatMap((w) => searchTerms(w)))];
}

/** The question's content words: what remains after question words, particles and endings go. */
export function contentWords(question: string): string[] {
  return question
    .normalize('NFC')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !KO_QUESTION_WORDS.has(w) && !EN_QUESTION_WORDS.has(w.toLowerCase()))
    .map((w) => (/[\uAC00-\uD7AF]$/.test(w) ? stripEnding(w) : w))
    .map((w) => KO_SYNONYMS[w] ?? w)
    .filter((w) => !KO_QUESTION_WORDS.has(w) && !KO_ENDINGS.includes(w) && searchTerms(w).length > 0);
}

export function isHangulTerm(term: string): boolean {
  return /[\uAC00-\uD7AF]/.test(term);
}

export function isNumberTerm(term: string): boolean {
  return /^\d+$/.test(term);
}

/**
 * Full-text query terms. Passages are indexed with overlapping Hangul bigrams; the query keeps
 * only every other bigram of each word, so a long compound ("산업집적활성화": 6 bigrams) does not
 * outweigh the short word that carries the question ("목표": 1 bigram).
 */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of contentWords(text)) {
    for (const term of searchTermsSparse(word)) terms.push(term);
  }
  return [...new Set(terms)];
}

function searchTermsSparse(word: string): string[] {
  const out: string[] = [];
  for (const part of word.split(/(?<=[\uAC00-\uD7AF])(?=[^\uAC00-\uD7AF])|(?<=[^\uAC00-\uD7AF])(?=[\uAC00-\uD7AF])/u)) {
    if (!/^[\uAC00-\uD7AF]+$/.test(part) || part.length <= 2) {
      out.push(...searchTerms(part));
      continue;
    }
    for (let i = 0; i + 1 < part.length; i += 2) out.push(part.slice(i, i + 2));
    if (part.length % 2 === 1) out.push(part.slice(-2));
  }
  return out;
}
