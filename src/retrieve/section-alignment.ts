import type { DocumentRecord, Lang, Passage } from '../core/types.js';
import type { TermStats } from '../search/term-index.js';
import type { PassageStore } from '../store/store.js';
import { joinThousands } from '../text/normalise.js';
import type { TermPair } from '../text/term-pairs.js';
import { GLOSSARY } from './glossary-terms.js';

/**
 * Korean and English versions of one document, aligned section by section, so an answer quoted
 * from one language can also point to the same section in the other. Documents are versions of
 * each other when their ids differ only by a "-ko"/"-en" ending (corpus/x.ko.md and x.en.md, or
 * uploads named alike) and their languages differ. Sections are matched on what survives
 * translation: the figures and dates they state, and the glossary or mined terms they use.
 */

/** The first passage of a section in the other language's version of its document. */
export interface AlignedSection {
  passageId: string;
  docId: string;
  title: string;
  sectionPath: string;
  lang: Lang;
  sourceUrl: string;
}

interface Section {
  docId: string;
  sectionPath: string;
  position: number;
  first: Passage;
  keys: Set<string>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Below this similarity two sections are not taken for translations of each other. */
const MIN_SIMILARITY = 0.3;

/** The id both versions share: "yongin-semiconductor-en" -> "yongin-semiconductor". */
export function versionStem(id: string): string | undefined {
  return /^(.+)[-_.](?:ko|en)$/i.exec(id)?.[1];
}

/** Every glossary and mined form, lower-cased, with the entry it names (its first Korean form). */
function termForms(termPairs?: readonly TermPair[]): { form: string; key: string; bounded: boolean }[] {
  const entries: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [...GLOSSARY, ...(termPairs ?? []).map((p) => [[p.ko], [p.en]] as const)];
  return entries.flatMap(([ko, en]) =>
    [...ko, ...en].map((form) => ({
      form: form.toLowerCase(),
      key: `t:${ko[0] ?? form}`,
      // Short Latin forms ("ai", "act") must stand as words, not inside "said" or "fact".
      bounded: /^[a-z0-9 .,'-]{1,4}$/i.test(form),
    })),
  );
}

const formsCache = new WeakMap<readonly TermPair[], ReturnType<typeof termForms>>();
const NO_PAIRS: readonly TermPair[] = [];

/**
 * Language-independent keys of a text: its numbers (months written out count as numbers) and the
 * glossary or mined entries it uses, found by plain substring tests (sections are long; the
 * question-side phrase matcher is built for short questions).
 */
export function sectionKeys(text: string, termPairs?: readonly TermPair[]): Set<string> {
  const pairs = termPairs ?? NO_PAIRS;
  let forms = formsCache.get(pairs);
  if (!forms) {
    forms = termForms(pairs);
    formsCache.set(pairs, forms);
  }
  const keys = new Set<string>();
  const plain = joinThousands(text.normalize('NFC'));
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/g)) keys.add(`n:${Number(m[0])}`);
  const lower = plain.toLowerCase();
  const words = new Set(lower.match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const word of words) {
    const month = MONTHS.indexOf(word);
    if (month >= 0) keys.add(`n:${month + 1}`);
  }
  for (const { form, key, bounded } of forms) {
    if (keys.has(key) || form.length === 0) continue;
    if (bounded ? words.has(form) || (form.includes(' ') && lower.includes(form)) : lower.includes(form)) keys.add(key);
  }
  return keys;
}

function sectionsOf(doc: DocumentRecord, passages: Passage[], termPairs?: readonly TermPair[]): Section[] {
  const bySection = new Map<string, Passage[]>();
  for (const p of [...passages].sort((a, b) => a.ordinal - b.ordinal)) bySection.set(p.sectionPath, [...(bySection.get(p.sectionPath) ?? []), p]);
  return [...bySection].map(([sectionPath, ps], position) => ({
    docId: doc.id,
    sectionPath,
    position,
    first: ps[0] as Passage,
    // The heading is part of what a section is about ("2024년 12월 국토교통부 최종 승인").
    keys: sectionKeys(`${sectionPath}\n${ps.map((p) => p.text).join('\n')}`, termPairs),
  }));
}

/**
 * Similarity of two sections: cosine over their shared keys, each weighted by how few sections of
 * the two documents hold it (a year every section names says little; a figure only one states
 * says much), plus a little for standing at the same place in their documents.
 */
function similarity(a: Section, b: Section, weight: (key: string) => number, sizes: [number, number]): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const k of a.keys) {
    const w = weight(k);
    wa += w * w;
    if (b.keys.has(k)) shared += w * w;
  }
  for (const k of b.keys) wb += weight(k) ** 2;
  if (shared === 0) return 0;
  const place = 1 - Math.abs(a.position / Math.max(1, sizes[0] - 1) - b.position / Math.max(1, sizes[1] - 1));
  return shared / Math.sqrt(wa * wb) + 0.1 * place;
}

/** One-to-one section matches between two versions, best pairs first. */
function alignPair(a: Section[], b: Section[]): [Section, Section][] {
  const all = [...a, ...b];
  const df = new Map<string, number>();
  for (const s of all) for (const k of s.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const weight = (k: string) => Math.log((all.length + 1) / ((df.get(k) ?? 0) + 0.5));
  const candidates: { x: Section; y: Section; score: number }[] = [];
  for (const x of a) for (const y of b) candidates.push({ x, y, score: similarity(x, y, weight, [a.length, b.length]) });
  candidates.sort((p, q) => q.score - p.score);
  const used = new Set<Section>();
  const pairs: [Section, Section][] = [];
  for (const { x, y, score } of candidates) {
    if (score < MIN_SIMILARITY || used.has(x) || used.has(y)) continue;
    used.add(x).add(y);
    pairs.push([x, y]);
  }
  return pairs;
}

function aligned(s: Section, lang: Lang, title: string): AlignedSection {
  return { passageId: s.first.id, docId: s.docId, title, sectionPath: s.sectionPath, lang, sourceUrl: s.first.sourceUrl };
}

/** For every passage of a section that has a counterpart, that counterpart (pure: for tests and the cache below). */
export function alignSections(documents: { doc: DocumentRecord; passages: Passage[] }[], termPairs?: readonly TermPair[]): Map<string, AlignedSection> {
  const byStem = new Map<string, { doc: DocumentRecord; passages: Passage[] }[]>();
  for (const entry of documents) {
    const stem = versionStem(entry.doc.id);
    if (stem) byStem.set(stem, [...(byStem.get(stem) ?? []), entry]);
  }
  const out = new Map<string, AlignedSection>();
  for (const versions of byStem.values()) {
    const ko = versions.find((v) => v.doc.lang === 'ko');
    const en = versions.find((v) => v.doc.lang === 'en');
    if (!ko || !en || versions.length !== 2) continue;
    for (const [x, y] of alignPair(sectionsOf(ko.doc, ko.passages, termPairs), sectionsOf(en.doc, en.passages, termPairs))) {
      for (const p of ko.passages) if (p.sectionPath === x.sectionPath) out.set(p.id, aligned(y, 'en', en.doc.title));
      for (const p of en.passages) if (p.sectionPath === y.sectionPath) out.set(p.id, aligned(x, 'ko', ko.doc.title));
    }
  }
  return out;
}

/** Keyed by the engine snapshot's statistics object, like the corpus knowledge: any commit makes a new one. */
const cache = new WeakMap<TermStats, Promise<Map<string, AlignedSection>>>();

/** The section alignment of the store's documents, computed once per index snapshot. */
export async function sectionAlignment(store: PassageStore, termPairs?: readonly TermPair[]): Promise<Map<string, AlignedSection>> {
  const stats = await store.termStats();
  let hit = cache.get(stats);
  if (!hit) {
    hit = (async () => {
      const documents = await store.listDocuments();
      const withPassages = await Promise.all(documents.map(async (doc) => ({ doc, passages: await store.passagesOfDocument(doc.id) })));
      return alignSections(withPassages, termPairs);
    })();
    cache.set(stats, hit);
    hit.catch(() => cache.delete(stats));
  }
  return hit;
}
