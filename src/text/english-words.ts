/**
 * Whether a Latin word is an English word at all, so the spelling of a question is mended only
 * where it is misspelt: "election" is a word the documents lack, not a typo of "selection".
 * The list is a general one: the whole-word entries of an English model's WordPiece vocabulary
 * (about 22,000 of its 30,522 entries, chosen by frequency in its training text); a word it splits
 * into pieces ("goverment" is "gover" + "##ment") is not on it.
 */
export interface EnglishWords {
  has(word: string): boolean;
}

/** The list's file among the Worker's assets (build:edge copies it there). */
export const ENGLISH_WORDS_ASSET = 'english-words.txt';

/** Regular inflections, undone to find the word a form is made from ("fixes" -> "fix", "cited" -> "cite"). */
const INFLECTIONS: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
];

/** The words of a WordPiece vocabulary file (one entry a line): whole alphabetic entries only. */
export function englishWordsOf(vocabulary: string): EnglishWords {
  const words = new Set<string>();
  for (const line of vocabulary.split('\n')) {
    const entry = line.trim();
    if (/^[a-z]{2,}$/.test(entry)) words.add(entry);
  }
  return {
    has(word: string): boolean {
      const lower = word.toLowerCase();
      if (words.has(lower)) return true;
      return INFLECTIONS.some(([ending, base]) => ending.test(lower) && words.has(lower.replace(ending, base)));
    },
  };
}
