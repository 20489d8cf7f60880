import type { Lang, Passage } from '../core/types.js';
import type { TermStats } from '../search/term-index.js';
import { KO_ABBREVIATIONS } from '../text/lexicon/ko.js';
import { questionWords } from '../text/query-words.js';
import { searchTerms } from '../text/search-terms.js';
import { splitSentences } from '../text/sentences.js';
import { indexTerms } from '../text/terms.js';

/**
 * Training questions for the answerability model, made by code from the indexed passages: never
 * from an evaluation set. A positive asks about a sentence's rarest words in one of several
 * registers (formal, spoken, abbreviated, misspelt); a negative perturbs one so the documents no
 * longer answer it (a thing they never state, a year or place they do not have, another plan
 * number, or words of two unrelated passages put together).
 */
export interface TrainingQuestion {
  question: string;
  lang: Lang;
  answerable: boolean;
  /** How it was made: the register of a positive, the perturbation of a negative. */
  kind: string;
  docId: string;
}

/** General nouns a policy corpus on industrial clusters has no figure for (checked against the corpus before use). */
const FOREIGN_HEADS: Record<Lang, string[]> = {
  ko: ['인구', '날씨', '최저임금', '비자 수수료', '등록금', '주가', '환율', '입장료', '평균 연봉', '관광객 수', '범죄율', '출생률'],
  en: [
    'population',
    'weather',
    'minimum wage',
    'visa fee',
    'tuition',
    'share price',
    'exchange rate',
    'ticket price',
    'average salary',
    'tourist numbers',
    'crime rate',
    'birth rate',
  ],
};
/** Places outside Korea (checked against the corpus before use). */
const FOREIGN_PLACES: Record<Lang, string[]> = {
  ko: ['파리', '도쿄', '베를린', '런던', '토론토', '시드니', '뭄바이', '리우데자네이루'],
  en: ['Paris', 'Tokyo', 'Berlin', 'London', 'Toronto', 'Sydney', 'Mumbai', 'Rio'],
};

/** A small deterministic generator, so a fit is repeatable. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;

/** The sentence's rarest content words, in sentence order: what a question about it would name. */
export function topicWords(sentence: string, stats: TermStats, count: number): string[] {
  const idf = (word: string) => {
    const terms = searchTerms(word);
    return terms.length === 0 ? 0 : terms.reduce((sum, t) => sum + Math.log((stats.docCount + 1) / (stats.df(t) + 0.5)), 0) / terms.length;
  };
  const words = [
    ...new Map(
      questionWords(sentence)
        .filter((w) => !w.predicate && !/^\d+$/.test(w.word))
        .map((w) => [w.word, w.word]),
    ).values(),
  ];
  const ranked = words.map((word, order) => ({ word, order, idf: idf(word) })).filter((w) => w.idf > 0);
  return ranked
    .sort((a, b) => b.idf - a.idf)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map((w) => w.word);
}

const KO_TEMPLATES: Record<string, (t: string) => string> = {
  formal: (t) => `${t}에 대해 알려주세요.`,
  formalWhat: (t) => `${t}은 무엇인가요?`,
  spoken: (t) => `${t} 뭐임?`,
  spokenHow: (t) => `${t} 어케 됨?? 알려줘`,
};
const EN_TEMPLATES: Record<string, (t: string) => string> = {
  formal: (t) => `What do the documents say about ${t}?`,
  formalWhat: (t) => `What is ${t}?`,
  spoken: (t) => `so whats the deal with ${t}?? pls`,
  spokenHow: (t) => `how does ${t} work`,
};

/** One letter pair swapped in the longest word of seven letters or more: a typo the reader makes. */
function misspell(text: string, rand: () => number): string | undefined {
  const words = text.match(/[A-Za-z]{7,}/g);
  if (!words) return undefined;
  const word = words.sort((a, b) => b.length - a.length)[0] as string;
  const at = 1 + Math.floor(rand() * (word.length - 3));
  const typo = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return text.replace(word, typo);
}

/** Full forms written short, as people type them ("산업단지" → "산단"). */
function abbreviate(text: string): string | undefined {
  let out = text;
  for (const [short, long] of KO_ABBREVIATIONS) out = out.replaceAll(long, short);
  return out === text ? undefined : out;
}

export function trainingQuestions(input: { passages: Passage[]; stats: TermStats; seed?: number; perPassage?: number }): TrainingQuestion[] {
  const rand = seeded(input.seed ?? 7);
  const absent = (text: string) => searchTerms(text).every((t) => input.stats.df(t) === 0);
  const heads = { ko: FOREIGN_HEADS.ko.filter(absent), en: FOREIGN_HEADS.en.filter(absent) };
  const places = { ko: FOREIGN_PLACES.ko.filter(absent), en: FOREIGN_PLACES.en.filter(absent) };
  const years = Array.from({ length: 71 }, (_, i) => String(1970 + i)).filter((y) => input.stats.df(y) === 0);
  const passageTerms = input.passages.map((p) => new Set(indexTerms(`${p.title} ${p.sectionPath} ${p.text}`)));
  // Whether any one passage holds every word: then a combination is answerable after all.
  const heldTogether = (words: string[]) => passageTerms.some((have) => words.every((w) => searchTerms(w).every((t) => have.has(t))));
  const out: TrainingQuestion[] = [];
  for (const [index, passage] of input.passages.entries()) {
    const lang = passage.lang;
    const templates = lang === 'ko' ? KO_TEMPLATES : EN_TEMPLATES;
    const sentences = splitSentences(passage.text).filter((s) => s.text.length >= 30 && s.text.length <= 400);
    for (const sentence of sentences.slice(0, input.perPassage ?? 3)) {
      const words = topicWords(sentence.text, input.stats, 2 + Math.floor(rand() * 2));
      if (words.length < 2) continue;
      const topic = words.join(' ');
      const add = (question: string | undefined, answerable: boolean, kind: string) => {
        if (question) out.push({ question, lang, answerable, kind, docId: passage.docId });
      };
      const register = pick(Object.keys(templates), rand);
      const asked = templates[register]?.(topic) ?? topic;
      add(asked, true, register);
      add(lang === 'ko' ? abbreviate(asked) : misspell(asked, rand), true, lang === 'ko' ? 'abbreviated' : 'misspelt');
      // Negatives: each perturbs the same topic.
      const head = heads[lang].length > 0 ? pick(heads[lang], rand) : undefined;
      if (head) add(lang === 'ko' ? `${topic}의 ${head}은 얼마인가요?` : `What is the ${head} of ${topic}?`, false, 'foreign-head');
      const year = years.length > 0 ? pick(years, rand) : undefined;
      if (year) add(lang === 'ko' ? `${year}년 ${topic}은 어떻게 되었나요?` : `What happened with ${topic} in ${year}?`, false, 'absent-year');
      const place = places[lang].length > 0 ? pick(places[lang], rand) : undefined;
      if (place) add(lang === 'ko' ? `${place}의 ${topic}은 무엇인가요?` : `What is ${topic} in ${place}?`, false, 'absent-place');
      if (/5차|5th|fifth/i.test(asked)) add(asked.replace(/5차/g, '9차').replace(/5th|fifth/gi, '9th'), false, 'other-edition');
      // Near the domain: this topic with a rare word of another document's passage.
      const other = input.passages[(index + 1 + Math.floor(rand() * (input.passages.length - 1))) % input.passages.length];
      if (other && other.docId !== passage.docId && other.lang === lang) {
        const foreign = topicWords(other.text, input.stats, 1)[0];
        if (foreign && !heldTogether([...words, foreign])) add(templates.formalWhat?.(`${foreign} ${topic}`), false, 'unrelated-pair');
      }
    }
  }
  return out;
}
