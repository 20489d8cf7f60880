import { splitSentences } from '../text/sentences.js';
import { figureIdentity } from './figure-identity.js';
import type { Briefing } from './types.js';

/**
 * What is wrong with a briefing's figures table, checked against the cited passages: a figure
 * listed twice, a figure its quote does not state, or a date that is not the figure's own, i.e.
 * not stated in the sentence the figure comes from, nor in its passage's heading, nor the
 * source's own date, nor (marked as such) the document's. Empty when the table holds.
 */
export function figureDateProblems(briefing: Briefing): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const value of briefing.keyFigures.flatMap((row) => row.values)) {
    const key = figureIdentity(value.figure);
    if (seen.has(key)) problems.push(`${value.figure}: listed twice`);
    seen.add(key);
    const citation = briefing.citations[value.citation - 1];
    const reference = briefing.references[value.reference - 1];
    const sentence = splitSentences(citation?.quote ?? '', 1).find((s) => s.text.includes(value.figure))?.text;
    if (!sentence) {
      problems.push(`${value.figure}: not in its cited quote (note ${value.citation})`);
      continue;
    }
    const date = value.referenceDate;
    if (!date) continue;
    const own =
      sentence.includes(date) ||
      (citation?.sectionPath.includes(date) ?? false) ||
      date === reference?.date ||
      (value.dateIsPublication === true && date === citation?.publishedAt);
    if (!own) problems.push(`${value.figure}: dated "${date}", which is not in "${sentence}", its heading or its source's date`);
  }
  return problems;
}
