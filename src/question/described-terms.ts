import { EN_FUNCTION_WORDS, EN_INTERROGATIVES } from '../text/lexicon/en.js';
import { KO_DESCRIPTION_GRAMMAR, KO_FUNCTION_WORDS, KO_INTERROGATIVES } from '../text/lexicon/ko.js';
import { isEnglishFunctionWord } from '../text/query-words.js';
import { searchTerms } from '../text/search-terms.js';
import { TERM_DESCRIPTIONS } from './term-descriptions.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A term named by its description: "시골 마을 옆에 붙어있는 작은 공장단지들" is 농공단지 to anyone who
 * knows the documents, and a citizen who does not know the name describes the thing instead. The
 * descriptions (term-descriptions.ts) say in everyday words what each documents' term is; a run of
 * the question that holds most of one description's words, or of the pooled words of a term's
 * descriptions, is read as its term.
 */

/**
 * A description's content words by key, with the term it describes and how many words it has; and
 * for a term with several, all of them pooled, with the mean of their lengths. Descriptions of one
 * term are paraphrases of each other, so a question may describe it in words taken from several
 * ("공장 … 땅" from one, "미리 확보해 … 제도" from another).
 */
interface KeyedDescription {
  term: string;
  keys: ReadonlySet<string>;
  length: number;
}

const HANGUL = /[\uAC00-\uD7A3]/u;
/** Case particles and the plural that end a Korean word of one syllable ("땅을", "옆에", "돈도"). */
const KO_PARTICLE = /^[을를이가은는에의도로과와들만]$/u;
const STOP = new Set([...EN_FUNCTION_WORDS, ...EN_INTERROGATIVES, ...KO_FUNCTION_WORDS, ...KO_INTERROGATIVES].map((w) => w.toLowerCase()));

/**
 * What two spellings of one word share: a Korean word's first two syllables (its stem with most
 * endings gone: "붙어있는", "붙어"), or its first when the second is a particle ("땅을" -> 땅); an
 * English word's first six letters with the plural gone ("factories", "factory"). Undefined for a
 * word of grammar.
 */
export function wordKey(word: string): string | undefined {
  const clean = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  // A figure ("2024년") names no thing a description could.
  if (!clean || STOP.has(clean) || /^\d/.test(clean)) return undefined;
  if (HANGUL.test(clean)) {
    const syllables = [...clean];
    const key = syllables.length >= 2 && !KO_PARTICLE.test(syllables[1] as string) ? syllables.slice(0, 2).join('') : (syllables[0] as string);
    return KO_DESCRIPTION_GRAMMAR.has(key) || STOP.has(key) ? undefined : key;
  }
  if (!/^[a-z]/.test(clean) || isEnglishFunctionWord(clean) || clean.length < 3) return undefined;
  const singular = clean.length > 4 ? clean.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '') : clean;
  return singular.slice(0, 6);
}

/** Words of a description the question must hold, at least, and the share of its words. */
const MIN_MATCHED = 3;
const MIN_SHARE = 0.6;
/** How many words of the question's run may be other than the description's. */
const SLACK = 3;
/**
 * Of the words matched, how many the documents never use: a description stands in for a name the
 * asker does not know, so its words are ones the documents lack. A run in the documents' own words
 * ("the plan draft") already names what it means, and overlaps the descriptions of its neighbours.
 */
const MIN_UNKNOWN = 2;

const KEYED: KeyedDescription[] = (() => {
  const byTerm = new Map<string, Set<string>[]>();
  for (const [term, description] of TERM_DESCRIPTIONS) {
    const keys = new Set(description.split(/\s+/).flatMap((w) => wordKey(w) ?? []));
    if (keys.size >= MIN_MATCHED) byTerm.set(term, [...(byTerm.get(term) ?? []), keys]);
  }
  return [...byTerm].flatMap(([term, descriptions]) => [
    ...descriptions.map((keys) => ({ term, keys, length: keys.size })),
    ...(descriptions.length < 2
      ? []
      : [
          {
            term,
            keys: new Set(descriptions.flatMap((keys) => [...keys])),
            length: descriptions.reduce((sum, keys) => sum + keys.size, 0) / descriptions.length,
          },
        ]),
  ]);
})();

/** The descriptions holding each key: a question is held only against those sharing enough of its words. */
const BY_KEY = new Map<string, number[]>();
KEYED.forEach((description, i) => {
  for (const key of description.keys) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), i]);
});

const ASKING = /\d|^(?:몇|며칠|얼마|언제|어디|누구|무엇|뭐|왜|어느|어떤|무슨)/u;

/**
 * The question with the run that best describes a documents' term replaced by the term, and what
 * changed. A run never holds a number or a question word: what is asked stays as typed.
 */
export function nameDescribedTerms(question: string, vocabulary: Vocabulary, note: (from: string, to: string) => void): string {
  const tokens = question.split(/(\s+)/);
  const words = tokens.map((t, i) => ({ text: t, at: i })).filter((t) => t.text.trim() !== '');
  const keys = words.map((w) => wordKey(w.text));
  const shared = new Map<number, number>();
  for (const key of new Set(keys)) for (const i of (key === undefined ? undefined : BY_KEY.get(key)) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const candidates = [...shared].flatMap(([i, count]) => (count >= MIN_MATCHED ? [KEYED[i] as KeyedDescription] : []));
  if (candidates.length === 0) return question;
  // A Korean word is judged on its key, its particle gone ("법이" is 법; a word of one syllable,
  // which the index does not hold alone, counts as known); an English word as typed.
  const unknown = keys.map((key, i) => {
    if (key === undefined) return false;
    const first = searchTerms(HANGUL.test(key) ? key : (words[i]?.text ?? ''))[0];
    return first !== undefined && vocabulary.df(first) === 0;
  });
  let best: { term: string; from: number; to: number; score: number } | undefined;
  for (const description of candidates) {
    if (question.includes(description.term)) continue;
    const matched = keys.flatMap((key, i) => (key !== undefined && description.keys.has(key) ? [i] : []));
    const distinct = new Set(matched.map((i) => keys[i]));
    if (distinct.size < MIN_MATCHED || distinct.size / description.length < MIN_SHARE) continue;
    if (new Set(matched.filter((i) => unknown[i]).map((i) => keys[i])).size < MIN_UNKNOWN) continue;
    const from = matched[0] as number;
    const to = matched[matched.length - 1] as number;
    if (to - from + 1 > description.length + SLACK) continue;
    if (words.slice(from, to + 1).some((w) => ASKING.test(w.text.trim()))) continue;
    const score = distinct.size / description.length + distinct.size / 100;
    if (!best || score > best.score) best = { term: description.term, from, to, score };
  }
  if (!best) return question;
  // The run's words the documents never use are the description; its words they do use stay: they
  // name something of their own ("Samsung", "산업집적 법") that the question still asks about.
  const dropped = new Set(words.slice(best.from, best.to + 1).flatMap((w, i) => (unknown[best.from + i] ? [w.at] : [])));
  const firstDropped = Math.min(...dropped);
  note(
    words
      .filter((w) => dropped.has(w.at))
      .map((w) => w.text)
      .join(' '),
    best.term,
  );
  const out = tokens.flatMap((t, i) => (i === firstDropped ? [best.term] : dropped.has(i) ? [] : [t]));
  return out.join('').replace(/\s{2,}/g, ' ');
}
