import { jamoOf } from './hangul.js';
import { KO_CUSTOMARY_SURNAMES } from './lexicon/ko.js';

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
 * A key that folds the spellings English text uses for one Korean sound besides the Revised
 * Romanization (McCune-Reischauer and custom: "Chul-ho" for 철호 cheolho, "Yoo" for 유 yu, "Sung"
 * for 성 seong, "Kyung" for 경 gyeong, "Lee" for 이): vowels ㅓ, ㅡ and ㅜ written eo, eu, u, oo
 * or ou are one; ee is i; ae is e; plain and aspirated stops (k/g, t/d, p/b, ch/j) and r/l are
 * one; sh is s; a doubled letter is one.
 */
export function soundKey(latin: string): string {
  return nameKey(latin)
    .replace(/ee/g, 'i')
    .replace(/eo|eu|oo|ou/g, 'u')
    .replace(/ae/g, 'e')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'j')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The sound key of a person's name: a run that opens with a surname ("Lee Jung-min", "Yoo In-chon"),
 * the surname read as its Hangul. Only names: folded, a single word matches common words by chance
 * ("June" and 전에 jeone, "Gumi" and 금이 geumi), and places are written in the Revised Romanization.
 */
function personKey(run: string): string | undefined {
  const [first, ...rest] = run.split(' ');
  const surname = rest.length > 0 && first ? KO_CUSTOMARY_SURNAMES[first.toLowerCase()] : undefined;
  return surname ? soundKey(romanise(surname)) + soundKey(rest.join(' ')) : undefined;
}

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
      const person = personKey(run);
      const ko = names.get(nameKey(run)) ?? (person && person.length >= MIN_KEY ? names.get(`~${person}`) : undefined);
      if (ko && nameKey(run).length >= MIN_KEY) pairs.push({ ko, en: run });
    }
  }
  return pairs;
}

/**
 * Every run of Hangul in the texts, and each of its beginnings of two syllables or more (a name is
 * often glued to its kind: 진천선수촌), by romanised key and by sound key (see soundKey); the first
 * text to use a key keeps it.
 */
export function romanisedNames(texts: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(/[\uAC00-\uD7A3]{2,}/gu)) {
      for (let end = 2; end <= Math.min(run.length, 6); end++) {
        const word = run.slice(0, end);
        const key = romanise(word);
        if (!names.has(key)) names.set(key, word);
        // A full name is two to four syllables; its sound key is kept apart ("~") so an exact
        // romanisation always wins.
        const sound = `~${soundKey(key)}`;
        if (end <= 4 && !names.has(sound)) names.set(sound, word);
      }
    }
  }
  return names;
}
