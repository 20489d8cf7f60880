import { particleAfter } from './hangul.js';
import { KO_ABBREVIATIONS } from './lexicon/ko.js';

/** Abbreviations inside Hangul words too ("노후산단들"), longest first; a full form already there is left alone. */
export function expandKoreanAbbreviations(text: string, note: (from: string, to: string) => void = () => {}): string {
  let out = text;
  for (const [short, long] of KO_ABBREVIATIONS) {
    if (!out.includes(short)) continue;
    const parts = out.split(long);
    const withParticle = new RegExp(`${short}(${PAIRED_PARTICLES})(?![\\uAC00-\\uD7AF])`, 'gu');
    out = parts
      .map((part) =>
        part.replaceAll(short, () => {
          note(short, long);
          return long;
        }),
      )
      .join(long);
    // The particle the asker wrote fits the short form's last syllable ("산단이", "산단으로"); the
    // long form may end otherwise ("산업단지가", "산업단지로").
    if (withParticle.test(text))
      out = out.replace(new RegExp(`${long}(${PAIRED_PARTICLES})(?![\\uAC00-\\uD7AF])`, 'gu'), (_, p: string) => long + particleAfter(long, p));
  }
  return out;
}

/** Particles whose form follows the syllable before them (see particleAfter). */
const PAIRED_PARTICLES = '으로|이랑|이|가|은|는|을|를|과|와|로|랑';
