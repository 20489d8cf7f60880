import type { Lang, Passage } from '../core/types.js';
import type { TermStats } from '../search/term-index.js';
import { KO_ABBREVIATIONS } from '../text/lexicon/ko.js';
import { questionWords } from '../text/query-words.js';
import { searchTerms } from '../text/search-terms.js';
import { splitSentences } from '../text/sentences.js';
import type { TermPair } from '../text/term-pairs.js';

/**
 * Training questions for the answerability model, made by code from the indexed passages: never
 * from an evaluation set. A positive asks about a sentence's rarest words in one of several
 * registers (formal, spoken, abbreviated, misspelt, part of its words, the other language through
 * the corpus's term pairs); a negative perturbs one so the documents no longer answer it (a thing
 * they never state, a year or place they do not have, another plan number). Words of two unrelated
 * passages put together are not used as negatives: a question naming two rare words is often still
 * answered by one of their passages, so those labels were as often wrong as right.
 */
export interface TrainingQuestion {
  question: string;
  lang: Lang;
  answerable: boolean;
  /** How it was made: the register of a positive, the perturbation of a negative. */
  kind: string;
  docId: string;
  /** Made from an uploaded document's passages (judged on the uploads, as an upload answer is). */
  source?: QuestionSource;
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

/**
 * Question frames per register. A real question names its topic with only some of the passage's
 * words and wraps them in the asker's own frame; the spoken ones carry fillers and chat spellings,
 * some of which question reading (src/question/normalise-question.ts) does not remove ("whats",
 * "머임", "quick", "관련해서"): unknown words, as real questions have. Frames it fully removes were
 * tried: the fit then learnt that any unknown word means unanswerable (docs/answers.md).
 */
const KO_TEMPLATES: Record<string, (t: string) => string> = {
  formal: (t) => `${t}에 대해 알려주세요.`,
  formalWhat: (t) => `${t}은 무엇인가요?`,
  formalHow: (t) => `${t}은 어떻게 되나요?`,
  spoken: (t) => `${t} 뭐임?`,
  spokenHow: (t) => `${t} 어케 됨?? 알려줘`,
  spokenShort: (t) => `${t} 머임 ㅋㅋ 한줄요약 ㄱㄱ`,
  spokenCasual: (t) => `혹시 ${t} 관련해서 아는 거 있어?`,
};
const EN_TEMPLATES: Record<string, (t: string) => string> = {
  formal: (t) => `What do the documents say about ${t}?`,
  formalWhat: (t) => `What is ${t}?`,
  formalHow: (t) => `Could you explain ${t}?`,
  spoken: (t) => `whats ${t}?? pls`,
  spokenHow: (t) => `how does ${t} work`,
  spokenShort: (t) => `${t} - quick summary?`,
  spokenCasual: (t) => `so what's the deal with ${t}`,
};
const REGISTERS = Object.keys(KO_TEMPLATES);

/**
 * The facet a question asks about, in the asker's words (the five Ws and how much): documents state
 * a date, a place or a reason without naming the facet, so these words are often ones the corpus
 * never uses, and the question is answerable all the same.
 */
const ASPECTS: Record<Lang, ((t: string) => string)[]> = {
  ko: [
    (t) => `${t} 날짜가 언제야?`,
    (t) => `${t} 장소는 어디인가요?`,
    (t) => `${t} 이유가 뭐예요?`,
    (t) => `${t}의 정의가 뭐예요?`,
    (t) => `${t} 목적이 뭐임?`,
    (t) => `${t} 규모는 얼마나 돼?`,
  ],
  en: [
    (t) => `What date was ${t}?`,
    (t) => `Where did ${t} take place?`,
    (t) => `What is the reason for ${t}?`,
    (t) => `what's the definition of ${t}`,
    (t) => `What is the purpose of ${t}?`,
    (t) => `How big is ${t}?`,
  ],
};

/** Two questions asked at once, as officials and citizens often do. */
const TWO_PARTS: Record<Lang, (a: string, b: string) => string> = {
  ko: (a, b) => `${a}은 뭐고, ${b}은 어떻게 되나요?`,
  en: (a, b) => `What is ${a}, and what about ${b}?`,
};

/** A Korean word ending as a verb or adverb does in running text ("가리키며", "늘고"): no topic a question names. */
const KO_PREDICATE_FORM = /(?:며|고|다|여|서|면|지|게|도록|으나|지만|는데|하는|되는|했던|된|한|할|될|짐|함)$/u;

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

/** The last segment of a section path ("2. 추진전략 > 가. 목표" → "목표"), without its numbering. */
function sectionHeading(sectionPath: string): string {
  const last = sectionPath.split(/\s*[>›/]\s*/).pop() ?? '';
  return last.replace(/^[\s\dIVXivx.)(가-하]{0,4}[.)]\s*/u, '').trim();
}

/** Where a generated question comes from: the corpus the team indexes, or documents an operator uploaded. */
export type QuestionSource = 'corpus' | 'upload';

export function trainingQuestions(input: {
  passages: Passage[];
  stats: TermStats;
  /** Bilingual term pairs of the corpus: a passage's term asked in the other language. */
  termPairs?: readonly TermPair[];
  /** English synonyms of a noun (src/eval/wordnet-synonyms.ts): a topic asked in words the documents do not use. */
  synonyms?: (word: string) => string[];
  seed?: number;
  perPassage?: number;
  source?: QuestionSource;
}): TrainingQuestion[] {
  const rand = seeded(input.seed ?? 7);
  const absent = (text: string) => searchTerms(text).every((t) => input.stats.df(t) === 0);
  const heads = { ko: FOREIGN_HEADS.ko.filter(absent), en: FOREIGN_HEADS.en.filter(absent) };
  const places = { ko: FOREIGN_PLACES.ko.filter(absent), en: FOREIGN_PLACES.en.filter(absent) };
  const years = Array.from({ length: 71 }, (_, i) => String(1970 + i)).filter((y) => input.stats.df(y) === 0);
  const nouns = (text: string, count: number) =>
    topicWords(text, input.stats, count + 2)
      .filter((w) => !(/[\uAC00-\uD7AF]$/u.test(w) && KO_PREDICATE_FORM.test(w)))
      .slice(0, count);
  const out: TrainingQuestion[] = [];
  for (const passage of input.passages) {
    const lang = passage.lang;
    const other: Lang = lang === 'ko' ? 'en' : 'ko';
    const frame = (register: string, topic: string, inLang: Lang = lang) => (inLang === 'ko' ? KO_TEMPLATES : EN_TEMPLATES)[register]?.(topic) ?? topic;
    const add = (question: string | undefined, answerable: boolean, kind: string, inLang: Lang = lang) => {
      if (question) out.push({ question, lang: inLang, answerable, kind, docId: passage.docId, ...(input.source ? { source: input.source } : {}) });
    };
    const sentences = splitSentences(passage.text).filter((s) => s.text.length >= 30 && s.text.length <= 400);
    const topics: string[][] = [];
    // The way people name a topic: the document's subject and the section's aspect
    // ("기회발전특구 법적 근거"), words every passage of the document shares.
    const titled = [...nouns(passage.title, 1), ...nouns(sectionHeading(passage.sectionPath), 1)];
    if (titled.length === 2 && titled[0] !== titled[1]) topics.push(titled);
    for (const sentence of sentences.slice(0, input.perPassage ?? 3)) {
      const words = nouns(sentence.text, 2 + Math.floor(rand() * 2));
      if (words.length >= 2) topics.push(words);
    }
    for (const [t, words] of topics.entries()) {
      const topic = words.join(' ');
      const register = pick(REGISTERS, rand);
      const asked = frame(register, topic);
      const head = heads[lang].length > 0 ? pick(heads[lang], rand) : undefined;
      add(asked, true, register);
      add(lang === 'ko' ? abbreviate(asked) : misspell(asked, rand), true, lang === 'ko' ? 'abbreviated' : 'misspelt');
      // Part of the words only: the asker remembers one of them and says the rest their own way.
      if (words.length >= 3) add(frame(pick(REGISTERS, rand), words.filter((_, i) => i !== Math.floor(rand() * words.length)).join(' ')), true, 'partial');
      add(pick(ASPECTS[lang], rand)(topic), true, 'aspect');
      // The asker's own word for one of them ("mill" for "factory"), one the documents never use.
      const swap = input.synonyms ? words.flatMap((w, i) => (input.synonyms?.(w) ?? []).filter(absent).map((synonym) => ({ i, synonym }))) : [];
      if (swap.length > 0) {
        const { i, synonym } = pick(swap, rand);
        add(frame(pick(REGISTERS, rand), words.map((w, j) => (j === i ? synonym : w)).join(' ')), true, 'paraphrase');
      }
      // Two parts about the same passage. (One part about something the documents lack is no clean
      // negative: the documents answer the other part, and the answer step answers it part by part.)
      const next = topics[(t + 1) % topics.length];
      if (next && next !== words) add(TWO_PARTS[lang](topic, next.join(' ')), true, 'two-part');
      // Negatives: each perturbs the same topic so the documents no longer answer it.
      if (head) add(lang === 'ko' ? `${topic}의 ${head}은 얼마인가요?` : `What is the ${head} of ${topic}?`, false, 'foreign-head');
      const year = years.length > 0 ? pick(years, rand) : undefined;
      if (year) add(lang === 'ko' ? `${year}년 ${topic}은 어떻게 되었나요?` : `What happened with ${topic} in ${year}?`, false, 'absent-year');
      const place = places[lang].length > 0 ? pick(places[lang], rand) : undefined;
      if (place) add(lang === 'ko' ? `${place}의 ${topic}은 무엇인가요?` : `What is ${topic} in ${place}?`, false, 'absent-place');
      if (/5차|5th|fifth/i.test(asked)) add(asked.replace(/5차/g, '9차').replace(/5th|fifth/gi, '9th'), false, 'other-edition');
    }
    // The other language, through the corpus's own term pairs: a term of this passage asked as its translation.
    const pair = (input.termPairs ?? []).find((p) => passage.text.includes(p[lang]) && p[lang].length >= 3);
    if (pair) add(frame(pick(REGISTERS, rand), pair[other], other), true, 'other-language', other);
  }
  return out;
}
