import { FINALS, INITIALS, jamoOf, MEDIALS, syllableOf } from '../text/hangul.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A mistyped Korean syllable, read against the words the documents use. Korean is searched by
 * syllable bigrams (search-terms.ts), so bigrams no document holds on both sides of one syllable of
 * an otherwise known word ("기회발전틐구": 전틐 and 틐구 exist nowhere) mark that syllable as the
 * typo. The repair only ever yields a word the documents use; a word they lack altogether ("폐업",
 * "일본의") has no such repair and stays as typed.
 *
 * (Tried and dropped: cutting a word at an unknown bigram into known words, as a missing space:
 * "2023년말기준" read well, but cuts elsewhere split suffixes and particles off ("보고서에") and
 * answered near-domain questions the documents cannot answer; measured on every set.)
 */

const HANGUL_RUN = /[\uAC00-\uD7A3]{2,}/gu;

const known = (vocabulary: Vocabulary, term: string) => vocabulary.df(term) > 0;

/** Every bigram of a run of syllables is one the documents use (a single syllable must be a word of its own). */
function allKnown(run: string, vocabulary: Vocabulary): boolean {
  if (run.length === 1) return known(vocabulary, run);
  for (let i = 0; i + 1 < run.length; i++) if (!known(vocabulary, run.slice(i, i + 2))) return false;
  return true;
}

/** The syllables one jamo away from `syllable`: another initial, medial or final consonant. */
export function oneJamoAway(syllable: string): string[] {
  const jamo = jamoOf(syllable);
  if (!jamo) return [];
  const out: string[] = [];
  for (let initial = 0; initial < INITIALS; initial++) if (initial !== jamo.initial) out.push(syllableOf({ ...jamo, initial }));
  for (let medial = 0; medial < MEDIALS; medial++) if (medial !== jamo.medial) out.push(syllableOf({ ...jamo, medial }));
  for (let final = 0; final < FINALS; final++) if (final !== jamo.final) out.push(syllableOf({ ...jamo, final }));
  return out;
}

/**
 * One mistyped syllable inside a longer word ("기회발전틐구"): the syllable whose bigrams on both
 * sides are unknown while the rest of the word is known is replaced by the syllable one jamo away
 * that makes the whole word one the documents use (the most common such word when several do).
 * Short words are left alone: one jamo turns them into another real word too easily.
 */
export function mendKoreanTypo(run: string, vocabulary: Vocabulary): string {
  if (run.length < 4 || allKnown(run, vocabulary)) return run;
  const unknownAt: number[] = [];
  for (let i = 0; i + 1 < run.length; i++) if (!known(vocabulary, run.slice(i, i + 2))) unknownAt.push(i);
  // The rest of the word must be the documents' own (two bigrams at least), or an unknown word
  // with a particle ("일본의") would become a known one ("일반의").
  if (run.length - 1 - unknownAt.length < 2) return run;
  // The unknown bigrams must all touch one syllable: the one mistyped.
  const culprits = [...new Set(unknownAt.flatMap((i) => [i, i + 1]))].filter((s) => unknownAt.every((i) => i === s || i + 1 === s));
  // An edge syllable has one bigram only: too little evidence that it, not the word, is new.
  const inner = culprits.filter((s) => s > 0 && s < run.length - 1 && unknownAt.length === 2);
  let best = run;
  let bestDf = 0;
  for (const at of inner) {
    for (const replacement of oneJamoAway(run[at] ?? '')) {
      const candidate = run.slice(0, at) + replacement + run.slice(at + 1);
      if (!allKnown(candidate, vocabulary)) continue;
      const df = Math.min(vocabulary.df(candidate.slice(at - 1, at + 1)), vocabulary.df(candidate.slice(at, at + 2)));
      if (df > bestDf) {
        best = candidate;
        bestDf = df;
      }
    }
  }
  return best;
}

/** Mistyped syllables mended in every Hangul run of the text (see mendKoreanTypo). */
export function mendKoreanTypos(text: string, vocabulary: Vocabulary, note?: (from: string, to: string) => void): string {
  return text.replace(HANGUL_RUN, (run) => {
    const mended = mendKoreanTypo(run, vocabulary);
    note?.(run, mended);
    return mended;
  });
}
