import { jamoOf } from './hangul.js';

/**
 * Hangul in the Revised Romanization of Korean (문화체육관광부 고시 제2000-8호), letter by letter
 * from each syllable's jamo, with the sound changes names depend on most: ㄹ after ㄹ is "l" (울릉
 * Ulleung), and a final before a vowel sounds as the next initial (한국어 hangugeo). English text
 * romanises names of places, people and events this way ("Gangbuk-gu", "Jincheon", "Jang Mi-ran"),
 * so an English question can be matched to the Korean word it names. Lower case, letters only.
 */
const INITIAL_LETTERS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL_LETTERS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINAL_LETTERS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** Finals that sound again as the next syllable's initial when it opens with a vowel (ㅇ). */
const CARRIED_FINALS: Record<number, string> = { 1: 'g', 7: 'd', 8: 'r', 17: 'b', 19: 's', 22: 'j', 23: 'ch', 25: 't', 26: 'p' };
const SILENT_INITIAL = 11;
const RIEUL_INITIAL = 5;
const RIEUL_FINAL = 8;

export function romanise(hangul: string): string {
  const jamo = [...hangul].map((ch) => jamoOf(ch));
  let out = '';
  jamo.forEach((syllable, i) => {
    if (!syllable) return;
    const before = jamo[i - 1];
    const after = jamo[i + 1];
    out += syllable.initial === RIEUL_INITIAL && before?.final === RIEUL_FINAL ? 'l' : (INITIAL_LETTERS[syllable.initial] ?? '');
    out += MEDIAL_LETTERS[syllable.medial] ?? '';
    const carried = after?.initial === SILENT_INITIAL ? CARRIED_FINALS[syllable.final] : undefined;
    out += carried ?? FINAL_LETTERS[syllable.final] ?? '';
  });
  return out;
}

/** How a name is compared: letters only, lower case ("Gangbuk-gu" and "gangbukgu" are one name). */
export function nameKey(latin: string): string {
  return latin.toLowerCase().replace(/[^a-z]/g, '');
}

/** A key shorter than this matches syllable runs by chance ("Na", "Seo"). */
const MIN_KEY = 4;

/**
 * The Korean words an English question names by their romanisation, as term pairs: "Gangbuk-gu" ->
 * 강북구, "Jang Mi-ran" -> 장미란. A name is a capitalised word or a run of up to three (a Korean
 * full name is written as two); `names` maps romanised keys to the Korean words documents use.
 */
export function romanisedNamePairs(question: string, names: ReadonlyMap<string, string>): { ko: string; en: string }[] {
  if (names.size === 0) return [];
  const pairs: { ko: string; en: string }[] = [];
  const words = [...question.matchAll(/\b[A-Z][a-z]*(?:-[a-z]+)*\b/g)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      const word = words[j];
      const previous = words[j - 1];
      if (!word || (j > i && previous && question.slice(previous.start + previous.text.length, word.start) !== ' ')) break;
      run = j === i ? word.text : `${run} ${word.text}`;
      const ko = names.get(nameKey(run));
      if (ko && nameKey(run).length >= MIN_KEY) pairs.push({ ko, en: run });
    }
  }
  return pairs;
}

/**
 * Every run of Hangul in the texts, and each of its beginnings of two syllables or more (a name is
 * often glued to its kind: 진천선수촌), by romanised key; the first text to use a key keeps it.
 */
export function romanisedNames(texts: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(/[\uAC00-\uD7A3]{2,}/gu)) {
      for (let end = 2; end <= Math.min(run.length, 6); end++) {
        const word = run.slice(0, end);
        const key = romanise(word);
        if (!names.has(key)) names.set(key, word);
      }
    }
  }
  return names;
}
