import type { Passage } from '../core/types.js';
import { corpusKnowledge } from '../retrieve/corpus-stats.js';
import { type AlignedSection, sectionAlignment } from '../retrieve/section-alignment.js';
import type { PassageStore } from '../store/store.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Briefing evidence as whole sections, chosen by aligned section pairs. A briefing that took the
 * sentences each language's answers happened to quote would state different facts in Korean and
 * English; one that takes whole sections, and cuts a long section only between subsections
 * at the same place in both versions, states in each language what its own version of the same
 * sections states, which the corpus keeps equal (test/corpus-parity.test.ts).
 */

/** A sentence (or a list with its lead-in) of a passage, verbatim. */
export interface SectionSentence {
  passage: Passage;
  text: string;
}

// A sentence that only announces a list ("…다음과 같다.", "…three task areas:") says nothing on
// its own when it stands without the list items (with them, the bullet has lines).
const LIST_LEAD_IN = /[:：]$|다음과 같다\.?$|다음 (?:\S+ )?(?:가지|개)\s|\bthe following\b[^.,]*\.$/i;

/** A lone sentence that only announces a list. */
export function isListLeadIn(text: string): boolean {
  return !text.includes('\n') && LIST_LEAD_IN.test(text);
}

/** Every sentence of a passage as its own item, list lead-ins without their list left out. */
export function passageSentences(passage: Passage): SectionSentence[] {
  return splitSentences(passage.text)
    .map((span) => ({ passage, text: passage.text.slice(span.start, span.end).trim() }))
    .filter((s) => s.text.length > 0 && !isListLeadIn(s.text));
}

export class AlignedSections {
  private readonly byDocument = new Map<string, Promise<Passage[]>>();

  private constructor(
    private readonly store: PassageStore,
    private readonly alignment: Map<string, AlignedSection>,
  ) {}

  /** The store's section alignment (computed once per index snapshot, as answers use it). */
  static async open(store: PassageStore): Promise<AlignedSections> {
    const knowledge = await corpusKnowledge(store);
    return new AlignedSections(store, await sectionAlignment(store, knowledge.termPairs));
  }

  private passagesOf(docId: string): Promise<Passage[]> {
    let hit = this.byDocument.get(docId);
    if (!hit) {
      hit = this.store.passagesOfDocument(docId).then((ps) => [...ps].sort((a, b) => a.ordinal - b.ordinal));
      this.byDocument.set(docId, hit);
    }
    return hit;
  }

  /** The sentences of one section (its exact heading path), in reading order. */
  async sentencesOf(docId: string, sectionPath: string): Promise<SectionSentence[]> {
    return (await this.passagesOf(docId)).filter((p) => p.sectionPath === sectionPath).flatMap(passageSentences);
  }

  /**
   * The sentences under a top-level heading, subsection by subsection, while their count stays
   * within `max` (the first subsection always). A subsection counts as many sentences as the
   * longer of its two versions, so both languages stop before the same subsection.
   */
  async sentencesUnder(docId: string, heading: string, max: number): Promise<SectionSentence[]> {
    const passages = (await this.passagesOf(docId)).filter((p) => p.sectionPath.split(' > ')[0]?.trim() === heading);
    const paths = [...new Set(passages.map((p) => p.sectionPath))];
    const out: SectionSentence[] = [];
    let counted = 0;
    for (const path of paths) {
      const own = await this.sentencesOf(docId, path);
      const first = passages.find((p) => p.sectionPath === path);
      const counterpart = first ? this.alignment.get(first.id) : undefined;
      const other = counterpart ? (await this.sentencesOf(counterpart.docId, counterpart.sectionPath)).length : 0;
      const size = Math.max(own.length, other);
      if (out.length > 0 && counted + size > max) break;
      counted += size;
      out.push(...own);
    }
    return out;
  }

  /**
   * The sections at or under a heading of a document (any level; the document's title: all its
   * headed sections, without the introduction before the first heading, which describes the
   * document rather than the policy, as the planner leaves it out), each with its sentences.
   */
  async sectionsWithin(docId: string, heading: string): Promise<{ sectionPath: string; sentences: SectionSentence[] }[]> {
    const passages = await this.passagesOf(docId);
    const within = passages.filter((p) =>
      p.title === heading ? p.sectionPath.trim() !== p.title : p.sectionPath.split(' > ').some((part) => part.trim() === heading),
    );
    const paths = [...new Set(within.map((p) => p.sectionPath))];
    return Promise.all(paths.map(async (sectionPath) => ({ sectionPath, sentences: await this.sentencesOf(docId, sectionPath) })));
  }

  /** The other language's heading of a top-level section, when the section has a counterpart. */
  async counterpartHeading(docId: string, heading: string): Promise<string | undefined> {
    const first = (await this.passagesOf(docId)).find((p) => p.sectionPath.split(' > ')[0]?.trim() === heading);
    const aligned = first ? this.alignment.get(first.id) : undefined;
    return aligned?.sectionPath.split(' > ')[0]?.trim();
  }
}
