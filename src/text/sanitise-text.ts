/**
 * Makes untrusted text (questions, comments, query strings) safe to search, log and echo:
 * - lone UTF-16 surrogates (invalid Unicode that breaks JSON encoders and tokenisers) are dropped;
 * - NFC, so that composed and decomposed Hangul/accents compare equal;
 * - control characters other than tab and newline are dropped, CR/LF variants become \n;
 * - invisible characters that can hide or reorder text are dropped: bidi overrides, embeddings and
 *   isolates (the "Trojan Source" trick), zero-width characters, the BOM, Unicode tag characters and
 *   variation selectors (both used to smuggle hidden instructions past a human reader).
 * Pure and idempotent: sanitiseText(sanitiseText(x)) === sanitiseText(x).
 */
export function sanitiseText(input: string): string {
  return (
    input
      .replace(LONE_SURROGATE, '')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(CONTROL, '')
      .replace(INVISIBLE, '')
      // Last, so that removing an invisible character cannot leave an uncomposed sequence behind.
      .normalize('NFC')
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// U+061C arabic letter mark, U+180E mongolian vowel separator, U+200B-U+200F zero-width and
// directional marks, U+202A-U+202E embeddings/overrides, U+2060-U+2064 word joiner and invisible
// operators, U+2066-U+2069 isolates, U+FE00-U+FE0F variation selectors, U+FEFF BOM,
// U+E0000-U+E007F tags, U+E0100-U+E01EF variation selectors supplement.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: variation selectors are removed on their own, on purpose
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]|[\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
