import { RecentPerTable } from '../core/recent.js';
import type { Lang } from '../core/types.js';
import { expandKoreanAbbreviations } from '../text/ko-abbreviations.js';
import { EN_INTERROGATIVES } from '../text/lexicon/en.js';
import { KO_INTERROGATIVES } from '../text/lexicon/ko.js';
import type { TermPair } from '../text/term-pairs.js';
import { ADMIN_TERMS } from './admin-terms.js';
import { EVERYDAY_VERBS } from './everyday-verbs.js';
import { GENERAL_TERMS } from './general-terms.js';
import { GLOSSARY } from './glossary-terms.js';
import { KO_SYNONYMS } from './ko-synonyms.js';
import { PLAIN_WORDS } from './plain-words.js';
import { QUESTION_TERMS } from './question-terms.js';
import { WORLD_PLACES } from './world-places.js';

/** One glossary entry: its forms on each side; the first on each side is the one added to queries. */
interface Entry {
  koForms: readonly string[];
  enForms: readonly string[];
  /**
   * Everyday words for the entry's documents' term (plain-words.ts). They are looked for in a
   * question, but only the one a question uses joins the entry's forms for it: the documents'
   * term met in a question stays covered by its own forms, not by every everyday word for it.
   */
  plain?: { ko: readonly string[]; en: readonly string[] };
  /** An entry made for a documents' term only: the scan looks for its everyday words alone. */
  plainOnly?: boolean;
  /** From the vocabulary all public documents share (admin-terms.ts), not written for these documents. */
  shared?: boolean;
  /** Korean words that ask for the same thing (ko-synonyms.ts): each a word of its own, any one standing for the others. */
  synonyms?: boolean;
  /** The forms looked for in a question, when not all of them (see synonymEntries). */
  matched?: readonly string[];
  /** Its matched forms begin a verb's written forms (everyday-verbs.ts): an ending follows. */
  verb?: boolean;
}

/** A form as the scan looks for it: lower-cased, with the boundary rule of its side. */
interface Form {
  text: string;
  entry: Entry;
  side: Lang;
  /** Which boundaries a Korean form needs (see `koreanRule`); English forms always need word boundaries. */
  rule: 'word' | 'after-number' | 'word-start' | 'whole-word' | 'none';
  /** An everyday word for the entry's documents' term (see plain-words.ts). */
  plain: boolean;
}

// Korean attaches particles, so a Korean form matches anywhere, with two exceptions: a Latin
// word ("KICOX") stands alone, and a form opening with a digit ("5년") never starts inside a
// number ("2025년"). Everyday words (below) also start a word.
function koreanRule(form: string): Form['rule'] {
  return /^[A-Za-z]+$/.test(form) ? 'word' : /^\d/.test(form) ? 'after-number' : 'none';
}

/**
 * Forms by their first two characters (one for a one-character form), so a question looks up only
 * the forms that could start at each of its positions (the mined table holds thousands).
 */
type FormIndex = Map<string, Form[]>;

function indexForms(entries: readonly Entry[]): FormIndex {
  const byPrefix = new Map<string, Form[]>();
  const add = (form: Form) => {
    if (form.text.length === 0) return;
    const prefix = form.text.slice(0, 2);
    const list = byPrefix.get(prefix);
    if (list) list.push(form);
    else byPrefix.set(prefix, [form]);
  };
  for (const entry of entries) {
    if (!entry.plainOnly) {
      // A synonym is a whole word, never part of another: "문의" is not in "주문의", and "행사" in
      // "행사보험" names the insurance, not the event.
      for (const ko of entry.matched ?? entry.koForms)
        add({ text: ko.toLowerCase(), entry, side: 'ko', rule: entry.verb ? 'word-start' : entry.synonyms ? 'whole-word' : koreanRule(ko), plain: false });
      for (const en of entry.enForms) add({ text: en.toLowerCase(), entry, side: 'en', rule: 'word', plain: false });
    }
    // An everyday word is a word of its own, never the inside of another ("시한" in "제시한").
    for (const ko of entry.plain?.ko ?? [])
      add({ text: ko.toLowerCase(), entry, side: 'ko', rule: koreanRule(ko) === 'word' ? 'word' : 'word-start', plain: true });
    for (const en of entry.plain?.en ?? []) add({ text: en.toLowerCase(), entry, side: 'en', rule: 'word', plain: true });
  }
  return byPrefix;
}

/**
 * A question word (the closed class of interrogatives) is grammar the answer step reads itself
 * (a why-question looks for a cause): an everyday phrase holding one would hide it in a term.
 */
const INTERROGATIVE = new RegExp(`(?:^|\\s)(?:${[...KO_INTERROGATIVES, '왜', ...EN_INTERROGATIVES].join('|')})(?=\\s|$|[\\uAC00-\\uD7AF])`, 'iu');

/**
 * The glossary with the everyday words of each documents' term: a term that is a glossary form
 * gives them to its entry (both languages then follow from any of them); any other term gets an
 * entry of its own language, looked for by its everyday words only.
 */
function withPlainWords(entries: readonly Entry[]): Entry[] {
  const out = entries.map((e) => ({ ...e }));
  const bySideForm = new Map<string, Entry>();
  for (const entry of out) {
    for (const ko of entry.koForms) bySideForm.set(`ko:${ko.toLowerCase()}`, entry);
    for (const en of entry.enForms) bySideForm.set(`en:${en.toLowerCase()}`, entry);
  }
  for (const { lang, term, forms: written } of PLAIN_WORDS) {
    // A form the glossary already has is the documents' own wording of its entry, not an everyday
    // word; nor is the term with words added ("관보 고시" for 고시): the term is found without them,
    // and the added words are a detail the evidence must hold, not part of a name.
    const kept = written.filter(
      (f) => !INTERROGATIVE.test(f) && !bySideForm.has(`${lang}:${f.toLowerCase()}`) && !f.toLowerCase().includes(term.toLowerCase()),
    );
    // Korean is typed with its spaces dropped as often as with them ("젊은사람들"): both spellings are
    // looked for. A question reaches the glossary with its abbreviations written out ("시범 산단" as
    // "시범 산업단지", normalise-question.ts), so a form holding one is looked for written out as well.
    const forms = lang === 'ko' ? [...new Set(kept.flatMap((f) => [f, expandKoreanAbbreviations(f)]).flatMap((f) => [f, f.replace(/\s+/g, '')]))] : kept;
    let entry = bySideForm.get(`${lang}:${term.toLowerCase()}`);
    if (!entry) {
      entry = lang === 'ko' ? { koForms: [term], enForms: [], plainOnly: true } : { koForms: [], enForms: [term], plainOnly: true };
      bySideForm.set(`${lang}:${term.toLowerCase()}`, entry);
      out.push(entry);
    }
    const plain = entry.plain ?? { ko: [], en: [] };
    entry.plain = lang === 'ko' ? { ...plain, ko: [...plain.ko, ...forms] } : { ...plain, en: [...plain.en, ...forms] };
  }
  return out;
}

const BUILT_IN_ENTRIES: Entry[] = withPlainWords(GLOSSARY.map(([koForms, enForms]) => ({ koForms, enForms })));

/**
 * The vocabulary all public documents share, for reading uploads. A span the glossary also matches
 * stays the glossary's (see findPhrases): its entries were written for these documents.
 */
const SHARED_ENTRIES: Entry[] = sharedEntries();

/**
 * The administrative vocabulary, then the words questions ask with (question-terms.ts), the
 * general words (general-terms.ts) and the world's places (world-places.ts), each for any English
 * word neither the lists before it nor the glossary already gives: the more specific list says what
 * a word means in these documents.
 */
function sharedEntries(): Entry[] {
  const admin: Entry[] = ADMIN_TERMS.map(([koForms, enForms]) => ({ koForms, enForms, shared: true }));
  const known = new Set([...BUILT_IN_ENTRIES, ...admin].flatMap((entry) => entry.enForms.map((form) => form.toLowerCase())));
  // What a question says (question-terms.ts) before the learner's dictionary: "how tall" asks a
  // document's 높이.
  const unknown = (enForms: readonly string[]) => !enForms.some((form) => known.has(form.toLowerCase()));
  const asked: Entry[] = QUESTION_TERMS.filter(([, enForms]) => unknown(enForms)).map(([koForms, enForms]) => ({ koForms, enForms, shared: true }));
  for (const entry of asked) for (const form of entry.enForms) known.add(form.toLowerCase());
  const general: Entry[] = [...GENERAL_TERMS, ...WORLD_PLACES]
    .filter(([, enForms]) => unknown(enForms))
    .map(([koForms, enForms]) => ({
      koForms,
      enForms,
      shared: true,
    }));
  const shared = [...admin, ...asked, ...general];
  return [...shared, ...sharedPlainWords(shared)];
}

/**
 * The everyday English words of a term the documents' glossary lacks ("hand in" for "submit";
 * plain-words.ts) read as that term's shared-vocabulary entry (제출): for the corpus they only name the
 * English term, which a Korean upload never writes.
 */
function sharedPlainWords(shared: readonly Entry[]): Entry[] {
  const byForm = new Map<string, Entry>();
  for (const entry of shared) for (const form of entry.enForms) if (!byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), entry);
  const inGlossary = new Set(BUILT_IN_ENTRIES.filter((e) => !e.plainOnly).flatMap((e) => e.enForms.map((f) => f.toLowerCase())));
  return PLAIN_WORDS.flatMap(({ lang, term, forms }) => {
    const entry = lang === 'en' && !inGlossary.has(term.toLowerCase()) ? byForm.get(term.toLowerCase()) : undefined;
    const kept = forms.filter((f) => !INTERROGATIVE.test(f) && !byForm.has(f.toLowerCase()));
    return entry && kept.length > 0 ? [{ koForms: entry.koForms, enForms: entry.enForms, shared: true, plain: { ko: [], en: kept }, plainOnly: true }] : [];
  });
}

/**
 * The Korean words of the vocabulary all public documents share, places aside (admin-terms.ts,
 * question-terms.ts, general-terms.ts): common nouns ("친환경", "시범사업"), none the name of a place.
 */
const COMMON_KOREAN = new Set(
  [...ADMIN_TERMS, ...QUESTION_TERMS, ...GENERAL_TERMS].flatMap(([koForms]) => koForms.filter((f) => /^[\uAC00-\uD7AF]+$/u.test(f))),
);

/** Whether the shared vocabulary lists the Korean word as a common one (see COMMON_KOREAN). */
export function isCommonKoreanWord(word: string): boolean {
  return COMMON_KOREAN.has(word);
}

const EVERYDAY_VERB_FORMS: ReadonlySet<string> = new Set(EVERYDAY_VERBS.flatMap((v) => v.forms));

/** A written form of an everyday verb as a whole word ("나온", "뽑힌", "말한"): a verb, whatever follows it. */
export function isEverydayVerbForm(word: string): boolean {
  return EVERYDAY_VERB_FORMS.has(word);
}

/**
 * Korean synonyms for the uploads a table reads (ko-synonyms.ts), and the Korean forms the shared
 * vocabulary gives for one English word ("높이" and "신장" for "height"): its writers gave them as
 * equivalents. A question's word is read as its synonyms only when the uploads never use it and do
 * use one of them ("문의" asked, "질의" written): a word the documents use already means what they
 * say, and a group none of whose words they use finds nothing.
 */
function synonymEntries(uses: (word: string) => boolean): Entry[] {
  const equivalents = SHARED_ENTRIES.map((e) => e.koForms.filter((f) => /^[\uAC00-\uD7AF]{2,}$/u.test(f))).filter((g) => g.length >= 2);
  const groups = [...KO_SYNONYMS, ...equivalents];
  const synonyms = groups.flatMap((group) => {
    const used = group.filter(uses);
    const unused = group.filter((word) => !uses(word));
    return used.length > 0 && unused.length > 0 ? [{ koForms: [...unused, ...used], enForms: [], synonyms: true, matched: unused }] : [];
  });
  return [...synonyms, ...verbEntries(uses)];
}

/** Each Korean word of a synonym group with its group (ko-synonyms.ts; the first group a word is in). */
const SYNONYM_GROUP = new Map<string, readonly string[]>(KO_SYNONYMS.flatMap((group) => group.map((word) => [word, group] as const)).reverse());

/**
 * An everyday verb ("다치면", "갈아타는") read with the formal nouns the uploads use for its event
 * (부상, 환승): people ask in native verbs where documents write Sino-Korean nouns. Only a noun the
 * uploads use joins it, as for the synonym groups, and only its closest two: a verb of several
 * senses lists the others after (세우다: 건립, 설립, …, 주차), and they let a question about
 * something else pass as covered (with all of them, fixtures-blind6, never read, refused one fewer).
 * The verb stays a verb (question-units.ts).
 */
const VERB_NOUNS = 2;

function verbEntries(uses: (word: string) => boolean): Entry[] {
  return EVERYDAY_VERBS.flatMap(({ nouns, forms }) => {
    // A noun the uploads write as its synonym ("문의" as 질의, ko-synonyms.ts) is still the verb's noun.
    const closest = nouns.slice(0, VERB_NOUNS);
    const used = [...new Set([...closest, ...closest.flatMap((noun) => SYNONYM_GROUP.get(noun) ?? [])])].filter(uses);
    return used.length > 0 ? [{ koForms: [...forms, ...used], enForms: [], synonyms: true, verb: true, matched: forms }] : [];
  });
}

/**
 * A shared entry with the synonyms of its Korean forms that the uploads use ("question" is 질문 or
 * 문의, and an RFP writes 문의's synonym 질의): an English word then meets the word the upload chose.
 */
function withUsedSynonyms(entry: Entry, uses: (word: string) => boolean): Entry {
  const added = entry.koForms.flatMap((form) => (SYNONYM_GROUP.get(form) ?? []).filter((word) => !entry.koForms.includes(word) && uses(word)));
  return added.length === 0 ? entry : { ...entry, koForms: [...entry.koForms, ...new Set(added)], matched: entry.matched ?? entry.koForms };
}

/** Which words the uploads of a shared-vocabulary table use (see withSharedVocabulary). */
const SHARED_USES = new WeakMap<readonly TermPair[], (word: string) => boolean>();

/** Term tables that read with the shared vocabulary too (see withSharedVocabulary). */
const SHARED_SCOPE = new WeakSet<readonly TermPair[]>();
const sharedTables = new WeakMap<readonly TermPair[], readonly TermPair[]>();

/**
 * The mined term table, read with the vocabulary all Korean public documents share as well
 * (admin-terms.ts, then general-terms.ts): for uploads, which an English question can reach only
 * through it. The
 * official documents keep their own glossary and the pairs mined from them: they hold both
 * languages, and general words in either would only blur what their questions ask.
 */
export function withSharedVocabulary(mined: readonly TermPair[], uses?: (word: string) => boolean): readonly TermPair[] {
  let table = sharedTables.get(mined);
  if (!table) {
    table = [...mined];
    SHARED_SCOPE.add(table);
    if (uses) SHARED_USES.set(table, uses);
    sharedTables.set(mined, table);
  }
  return table;
}

const BUILT_IN = indexForms(BUILT_IN_ENTRIES);

/** Term pairs mined from the documents, indexed once per table (the table changes with the index). */
const minedCache = new WeakMap<readonly TermPair[], FormIndex>();
function formsWith(mined: readonly TermPair[] | undefined): FormIndex {
  if (!mined || (mined.length === 0 && !SHARED_SCOPE.has(mined))) return BUILT_IN;
  let index = minedCache.get(mined);
  if (!index) {
    const uses = SHARED_USES.get(mined);
    const shared = SHARED_SCOPE.has(mined)
      ? [...(uses ? SHARED_ENTRIES.map((e) => withUsedSynonyms(e, uses)) : SHARED_ENTRIES), ...(uses ? synonymEntries(uses) : [])]
      : [];
    index = indexForms([...BUILT_IN_ENTRIES, ...shared, ...mined.map((p) => ({ koForms: [p.ko], enForms: [p.en] }))]);
    minedCache.set(mined, index);
  }
  return index;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * What may follow a whole Korean word: nothing more of it, a particle (표준국어대사전's 조사, the
 * common ones), or 하다/되다 made of a verbal noun ("문의할", "접수된").
 */
const WORD_END =
  /^(?:(?:은|는|이|가|을|를|의|에|에서|에게|으로|로|와|과|도|만|까지|부터|이나|나|이랑|랑|하고|처럼|보다|마다|요)?(?![\uAC00-\uD7AF])|(?:하|할|한|해|했|함|된|되|될|됨|됐))/u;
const ASCII_WORD = /\w/;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isAsciiWord = (ch: string | undefined) => ch !== undefined && ASCII_WORD.test(ch);

/**
 * Where a form found at `start` ends as a match, or -1 when its boundaries fail. An English form
 * takes a plural ending ("zones" for "zone"), and neither side of it may touch a letter or digit.
 */
function matchEnd(lower: string, start: number, form: Form): number {
  const end = start + form.text.length;
  if (form.side === 'ko') {
    if (form.rule === 'word') return isAsciiWord(lower[start - 1]) || isAsciiWord(lower[end]) ? -1 : end;
    if (form.rule === 'after-number') return /[\d.,]/.test(lower[start - 1] ?? '') ? -1 : end;
    if (form.rule === 'word-start') return isLetterOrDigit(lower[start - 1]) ? -1 : end;
    if (form.rule === 'whole-word') return isLetterOrDigit(lower[start - 1]) || !WORD_END.test(lower.slice(end, end + 4)) ? -1 : end;
    return end;
  }
  if (isLetterOrDigit(lower[start - 1])) return -1;
  // A symbol of two letters ("ha", "km") takes no plural: "has" is no hectare, "its" no IT.
  for (const ending of form.text.length > 2 ? ['s', 'es', ''] : ['']) {
    if (lower.startsWith(ending, end) && !isLetterOrDigit(lower[end + ending.length])) return end + ending.length;
  }
  return -1;
}

/** A form found in the text with its bounds: every occurrence, in text order. */
interface Occurrence {
  form: Form;
  start: number;
  end: number;
}

/**
 * Lower-cased one character at a time, so positions in it are positions in the text (a few
 * characters, like "İ", grow when lower-cased as a whole string).
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}

/**
 * The scan is the costly step (thousands of forms since the everyday words), and one ask scans the
 * same question for its units, its translations and its search terms: the last few are kept per table.
 */
const recentOccurrences = new RecentPerTable<Occurrence[]>(128);
function occurrences(normalised: string, mined: readonly TermPair[] | undefined): Occurrence[] {
  return recentOccurrences.get(mined, normalised, () => scan(normalised, mined));
}

/** A hyphen joining two Latin words ("vice-minister", "low-carbon"), as a space (the same length). */
const LATIN_HYPHEN = /(?<=[a-z])-(?=[a-z])/g;

function scan(normalised: string, mined: readonly TermPair[] | undefined): Occurrence[] {
  const lower = lowerInPlace(normalised);
  // An English compound is written with a hyphen or a space alike ("vice-minister", "vice
  // minister"): a form of the shared vocabulary written with a space matches the hyphenated word as
  // one phrase. (The entries written for these documents list their hyphenated forms themselves.)
  const spaced = lower.replace(LATIN_HYPHEN, ' ');
  const byPrefix = formsWith(mined);
  const found: Occurrence[] = [];
  for (let start = 0; start < lower.length; start++) {
    const pair = lower.slice(start, start + 2);
    // Two-character keys hold the longer forms, one-character keys the one-character forms.
    for (const key of pair.length === 2 ? [pair, pair[0] as string] : [pair]) {
      for (const form of byPrefix.get(key) ?? []) {
        if (!lower.startsWith(form.text, start) && !(form.side === 'en' && form.entry.shared === true && spaced.startsWith(form.text, start))) continue;
        const end = matchEnd(lower, start, form);
        if (end >= 0) found.push({ form, start, end });
      }
    }
  }
  return found;
}

/**
 * The other-language equivalents of the glossary terms found in `text`, as one string to append
 * to a search. Which side is matched follows the script present, so mixed queries work both ways.
 */
export function translateTerms(text: string, mined?: readonly TermPair[]): { ko: string[]; en: string[] } {
  return recentTranslations.get(mined, text, () => translate(text, mined));
}

/**
 * One ask looks up the same question (and its parts) in several steps; the answer depends only on
 * the text and the mined table, so the last few are kept per table (a new index, a new table).
 */
const recentTranslations = new RecentPerTable<{ ko: string[]; en: string[] }>(64);
const recentPhrases = new RecentPerTable<GlossaryMatch[]>(64);

function translate(text: string, mined?: readonly TermPair[]): { ko: string[]; en: string[] } {
  const ko = new Set<string>();
  const en = new Set<string>();
  for (const { form } of occurrences(text.normalize('NFC'), mined)) {
    const other = form.side === 'ko' ? form.entry.enForms[0] : form.entry.koForms[0];
    if (other) (form.side === 'ko' ? en : ko).add(other);
  }
  return { ko: [...ko], en: [...en] };
}

/** A glossary phrase found in a text, with its span and both sides of the entry. */
export interface GlossaryMatch {
  start: number;
  /** End including particles glued to a Korean term. */
  end: number;
  /** End of the glossary form itself. */
  coreEnd: number;
  /** The entry's first form on each side (the one added to queries). */
  ko: string;
  en: string;
  /** Every form of the entry: equivalents, any of which stands for the phrase. */
  koForms: readonly string[];
  enForms: readonly string[];
  /** Found by an everyday word for the documents' term (plain-words.ts). */
  plain: boolean;
  /** Its entry is from the shared administrative vocabulary (admin-terms.ts). */
  shared: boolean;
  /** Its entry is a group of Korean synonyms (ko-synonyms.ts). */
  synonyms: boolean;
  /** Found by an everyday verb's written form (everyday-verbs.ts). */
  verb: boolean;
}

/**
 * Non-overlapping glossary matches in `text`, longest first, so "opportunity development zones"
 * is one match rather than three loose words.
 */
export function findGlossaryPhrases(text: string, mined?: readonly TermPair[]): GlossaryMatch[] {
  return recentPhrases.get(mined, text, () => findPhrases(text, mined));
}

function findPhrases(text: string, mined?: readonly TermPair[]): GlossaryMatch[] {
  const normalised = text.normalize('NFC');
  const found: GlossaryMatch[] = [];
  const seen = new Set<Form>();
  for (const { form, start, end: coreEnd } of occurrences(normalised, mined)) {
    // Each form counts at its first place only.
    if (seen.has(form)) continue;
    seen.add(form);
    // Particles and endings glued to a Korean term belong to it ("선정된", "기회발전특구의").
    const tail = /^[\uAC00-\uD7AF]{1,3}(?![\uAC00-\uD7AF])/.exec(normalised.slice(coreEnd));
    const glued = /[\uAC00-\uD7AF]$/.test(normalised.slice(start, coreEnd)) && tail ? tail[0].length : 0;
    // An everyday word stands with the documents' term, not with every other everyday word for it.
    const koForms = form.plain && form.side === 'ko' ? [...form.entry.koForms, form.text] : form.entry.koForms;
    const enForms = form.plain && form.side === 'en' ? [...form.entry.enForms, form.text] : form.entry.enForms;
    found.push({
      start,
      end: coreEnd + glued,
      coreEnd,
      ko: koForms[0] ?? '',
      en: enForms[0] ?? '',
      koForms,
      enForms,
      plain: form.plain,
      shared: form.entry.shared === true,
      synonyms: form.entry.synonyms === true,
      verb: form.entry.verb === true,
    });
  }
  // A span the documents' own forms match is theirs before it is an everyday word's or the shared
  // vocabulary's. A Korean word of the shared vocabulary only fills what the entries written for
  // these documents leave (it is read as the question's own word); an English phrase of it
  // ("vice minister") competes by length, since it is one unit where its words are two.
  // A synonym group yields as well, to the entries written for these documents; against the shared
  // vocabulary's Korean words (read as typed) it wins a tie, since it gives the word its equivalents.
  const yields = (m: GlossaryMatch) => m.synonyms || (m.shared && /[\uAC00-\uD7AF]/u.test(normalised.slice(m.start, m.coreEnd)));
  found.sort(
    (a, b) =>
      Number(yields(a)) - Number(yields(b)) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      Number(a.plain) - Number(b.plain) ||
      // An everyday word of a term the glossary lacks names the term in English only; the shared
      // vocabulary's reading of it gives its Korean forms (uploads only: see sharedPlainWords).
      Number(b.koForms.length > 0) - Number(a.koForms.length > 0) ||
      Number(a.shared) - Number(b.shared),
  );
  const kept: GlossaryMatch[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The Korean synonyms the uploads use for a whole word of a question (ko-synonyms.ts and the shared
 * vocabulary's equivalents, as synonymEntries builds them), the word first; none outside the
 * uploads' table. The phrase scan gives a span to the documents' own entries first ("위원회" in
 * "심사위원회"): this looks up the word itself.
 */
export function synonymsOf(word: string, mined: readonly TermPair[] | undefined): string[] {
  if (!mined || !SHARED_SCOPE.has(mined)) return [];
  const lower = word.normalize('NFC').toLowerCase();
  const entry = formsWith(mined)
    .get(lower.slice(0, 2))
    ?.find((form) => form.text === lower && form.entry.synonyms && !form.entry.verb)?.entry;
  return entry ? [...new Set([word, ...entry.koForms])] : [];
}

/** The query plus the glossary equivalents in the language(s) it does not already use. */
export function expandQuery(query: string, lang: Lang): string {
  const { ko, en } = translateTerms(query);
  const extra = lang === 'ko' ? en : ko;
  const own = withDocumentsTerms(query);
  return extra.length === 0 ? own : `${own} ${extra.join(' ')}`;
}

/**
 * The query plus the documents' term of each everyday word in it ("젊은이" brings 청년), so the
 * passages that state it in the documents' words are searched too; the everyday word stays, for
 * documents that use it.
 */
export function withDocumentsTerms(query: string): string {
  const terms = new Set<string>();
  for (const { form } of occurrences(query.normalize('NFC'), undefined)) {
    if (!form.plain) continue;
    const term = form.side === 'ko' ? form.entry.koForms[0] : form.entry.enForms[0];
    if (term) terms.add(term);
  }
  return terms.size === 0 ? query : `${query} ${[...terms].join(' ')}`;
}
