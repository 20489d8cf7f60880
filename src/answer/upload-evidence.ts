import { trustOf } from '../core/document-trust.js';
import { metadataPassage } from '../core/metadata-passage.js';
import { RecentPerTable } from '../core/recent.js';
import type { Citation, DocumentRecord, Lang, ScoredPassage } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { normaliseQuestion, spellingVocabulary, withKnownWords } from '../question/normalise-question.js';
import { type CorpusKnowledge, corpusKnowledge, type TermStats } from '../retrieve/corpus-stats.js';
import { withSharedVocabulary } from '../retrieve/glossary.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import type { PassageStore } from '../store/store.js';
import type { EnglishWords } from '../text/english-words.js';
import { headNoun } from '../text/head-noun.js';
import { outlineMarker } from '../text/outline.js';
import { romanisedNamePairs, romanisedNames } from '../text/romanise.js';
import { searchTerms } from '../text/search-terms.js';
import type { TermPair } from '../text/term-pairs.js';
import { indexTerms } from '../text/terms.js';
import { type Answerability, DEFAULT_ANSWERABILITY, judgeAnswerability, passageTerms, unitShare, type WeightedUnit } from './answerability.js';
import { answersAskedKind } from './asked-kind.js';
import { askedModifiers } from './asked-phrase.js';
import { asksForContact } from './evidence-window.js';
import { withoutInstructions } from './injection-guard.js';
import { asksNumberNoun, namedKind, namesMember, whichClassNoun, whichKind } from './kind-instances.js';
import { allTerms, questionUnits } from './question-units.js';

/** What the ordinary uploads offer for a question the official documents do not answer. */
export interface UploadEvidence {
  question: string;
  knowledge: CorpusKnowledge;
  retrieved: Awaited<ReturnType<typeof retrieveForQuestion>>;
  judged: Answerability;
  /** The uploads searched, by id. */
  uploads: Map<string, DocumentRecord>;
}

/**
 * Whether the official evidence leaves the question to the uploads: it does not answer, or a rare
 * word of the question that the official documents do use is missing from it (the evidence is
 * about something else and merely shares the rest). A rare word the official documents never use
 * is left to the answerability model, which weighs it already (a paraphrase, like "혜택" for
 * "감면", or a topic they lack): an upload repeating it does not take the question over. Except
 * in the name of the thing asked about, when the question reads it as a compound of several
 * words ("제안서 평가위원회는 언제": 평가 + 위원회): evidence holding the general part only
 * (지방시대위원회) is about another thing of that kind, as a qualifier names another item, and
 * the question is open whether or not the official documents use the missing part.
 */
export function officialLeavesOpen(official: Answerability, stats: TermStats, question?: string): boolean {
  if (!official.answerable) return true;
  const uncovered = new Set(official.uncovered);
  if (official.units.some((u) => uncovered.has(u.word) && allTerms(u).some((term) => stats.df(term) > 0))) return true;
  return question !== undefined && compoundHeadParts(question, official.units).some((u) => uncovered.has(u.word));
}

/** The units a compound head noun was read as ("평가위원회" → 평가, 위원회); none when the head is one unit. */
function compoundHeadParts(question: string, units: readonly WeightedUnit[]): WeightedUnit[] {
  const head = headNoun(question)?.toLowerCase();
  if (head === undefined) return [];
  const parts = units.filter((u) => !u.predicate && u.word.toLowerCase() !== head && head.includes(u.word.toLowerCase()));
  return parts.length >= 2 ? parts : [];
}

/**
 * The uploads' evidence when they answer what the official documents leave open, else undefined.
 * Searched and judged with the whole index's statistics (an upload's own terms are known there),
 * over the uploads alone; they answer when the answerability model says their evidence answers
 * and it covers more of the question's rare words than the official evidence did. A harmless
 * upload that shares words with an official answer therefore never comes into play: the official
 * judgment it would have to beat was made without it.
 */
export async function uploadEvidence(input: {
  store: PassageStore;
  embedder: Embedder;
  /** The question as typed (language cue removed), to read with the whole index's vocabulary. */
  typed: string;
  /** The general English word list the typed question is spelled with (see normaliseQuestion). */
  englishWords?: EnglishWords;
  /** The question the official documents were asked, when the conversation rewrote it; else undefined. */
  condensed?: string;
  lang: Lang;
  k: number;
  docIds?: string[];
  official: Answerability;
  /** The official documents' statistics the official judgment was made with. */
  officialStats: TermStats;
  /** The question the official documents were searched with and its vector (empty when keyword-only). */
  officialQuery?: { question: string; vector: Float32Array };
  /** The typed question's romanised upload names when the caller has read them already (romanisedUploadNames). */
  romanised?: readonly TermPair[];
}): Promise<UploadEvidence | undefined> {
  if (!officialLeavesOpen(input.official, input.officialStats, input.officialQuery?.question)) return undefined;
  const wanted = input.docIds && input.docIds.length > 0 ? new Set(input.docIds) : undefined;
  const allUploads = (await input.store.listDocuments()).filter((d) => trustOf(d) === 'upload');
  const uploads = new Map(allUploads.filter((d) => !wanted || wanted.has(d.id)).map((d) => [d.id, d] as const));
  if (uploads.size === 0) return undefined;
  const whole = await corpusKnowledge(input.store);
  // Uploads are read with the vocabulary all public documents share too, and an English question's
  // romanised names ("Jincheon") with the Korean words they romanise: an English question meets a
  // Korean upload only through them.
  const romanised = input.romanised ?? (await romanisedUploadNames(input.store, input.typed));
  const usedByUploads = knownToUploads(whole.stats, input.officialStats);
  const uses = (word: string) => searchTerms(word).every(usedByUploads);
  const knowledge = { ...whole, termPairs: uploadTable(whole.termPairs, romanised, uses) };
  const vocabulary = withKnownWords(spellingVocabulary(knowledge.stats, input.englishWords), namedWords(romanised));
  const question = input.condensed ?? withoutInstructions(normaliseQuestion(input.typed, vocabulary).question);
  // The same text embeds to the same vector: the official search's is reused rather than computed again.
  const known = input.officialQuery?.question === question && input.officialQuery.vector.length > 0 ? input.officialQuery.vector : undefined;
  const searched = await retrieveForQuestion({
    store: input.store,
    embedder: input.embedder,
    question,
    lang: input.lang,
    k: input.k * UPLOAD_DEPTH,
    filters: { docIds: [...uploads.keys()] },
    termPairs: knowledge.termPairs,
    ...(known ? { queryVector: known } : {}),
  });
  // Each upload found also offers what its layout said of it (issuing body, unit, date, its box's
  // entries): a question about the document itself is answered from that.
  const found = [
    ...searched.passages,
    ...metadataOf(
      searched.passages,
      [byOwnWords(searched.passages, question, knowledge)[0], namingUpload(searched.passages, question, knowledge)],
      uploads,
      question,
    ),
  ];
  // The search's order and the re-ranked one in turn: BM25 saturates a word's weight, the re-ranking
  // discounts the shared title; either alone misses what the other finds.
  const retrieved = { ...searched, passages: interleave(found, byOwnWords(found, question, knowledge)).slice(0, input.k + 2) };
  const judged = judgeAnswerability({
    question,
    lang: input.lang,
    passages: retrieved.passages,
    stats: knowledge.stats,
    termPairs: knowledge.termPairs,
    known: usedByUploads,
    byParts: false,
  });
  const better =
    !input.official.answerable ||
    (judged.features.uncoveredRare < input.official.features.uncoveredRare && coversOfficialGap(input.official, retrieved.passages));
  return judged.answerable && better ? { question, knowledge, retrieved, judged, uploads } : undefined;
}

/**
 * Whether the uploads' evidence holds a rare word the official evidence lacked, read as the official
 * judgment read it. The uploads read a question with more vocabulary (everyday verbs, synonyms): a
 * word they read otherwise ("들어가나요" as 입주) is covered by their own reading, not shown to be
 * missing from the official answer.
 */
function coversOfficialGap(official: Answerability, passages: readonly ScoredPassage[]): boolean {
  const missing = official.units.filter((u) => official.uncovered.includes(u.word));
  return missing.some((u) => passages.some((p) => unitShare(u, passageTerms(p)) >= DEFAULT_ANSWERABILITY.unitCovered));
}

/**
 * Whether some upload passage holds a term: the whole index's count less the official documents'
 * (both count passages with title and section, as indexed). Only the uploads are searched here, so a
 * word that only the official documents use ("전기차" in a question on a data standard that has no
 * such field) can never be covered by this evidence: it is unknown to it, as a word no document
 * uses is to the official judgment.
 */
export function knownToUploads(all: TermStats, official: TermStats): (term: string) => boolean {
  return (term) => all.df(term) > official.df(term);
}

/**
 * The metadata statement of the upload the question is about (the first passage's in the search's
 * order, and the `heads` given: the re-ranked order's first, the upload naming what the question
 * names), after the passages found; a release box's officials and numbers
 * only for a question asking whom to contact or who is in charge. A statement names no subject of
 * its own ("보도시점: …"), so another upload's, found for one shared word ("보도자료"), would answer
 * for the one the question names.
 */
function metadataOf(passages: ScoredPassage[], heads: (ScoredPassage | undefined)[], uploads: Map<string, DocumentRecord>, question: string): ScoredPassage[] {
  const out: ScoredPassage[] = [];
  const contacts = asksForContact(question);
  for (const docId of new Set([passages[0], ...heads].flatMap((p) => (p ? [p.docId] : [])))) {
    const doc = uploads.get(docId);
    const passage = doc ? metadataPassage(doc, { contacts }) : undefined;
    const last = passages.filter((p) => p.docId === docId).at(-1);
    if (passage && last) out.push({ ...passage, score: last.score, trust: 'upload' });
  }
  return out;
}

/**
 * The first found passage of the upload that holds the names the question gives (capitalised words
 * past its first, "the Icheon training centre part of the visit"): a question naming a place or a
 * person is about the document that names them, where the best single passage may be another
 * upload's item sharing its everyday words ("contact", "phone number").
 */
function namingUpload(passages: ScoredPassage[], question: string, knowledge: CorpusKnowledge): ScoredPassage | undefined {
  const names = questionUnits(question, knowledge.termPairs).filter((u) => /^\p{Lu}/u.test(u.word) && !question.trimStart().startsWith(u.word));
  if (names.length === 0) return undefined;
  const held = new Map<string, number>();
  for (const p of passages) {
    const have = passageTerms(p);
    const count = names.filter((u) => unitShare(u, have) >= DEFAULT_ANSWERABILITY.unitCovered).length;
    held.set(p.docId, Math.max(held.get(p.docId) ?? 0, count));
  }
  const most = Math.max(...held.values());
  return most === 0 ? undefined : passages.find((p) => held.get(p.docId) === most);
}

/** How many times deeper than the official search the uploads are searched before re-ranking. */
const UPLOAD_DEPTH = 4;

/**
 * Passages ranked by how much of the question their own words cover, section heading and text,
 * each word weighted by how few of these passages hold it, plus whether they hold an item giving
 * the kind of value asked (asked-kind.ts); search rank breaks ties. An uploaded document repeats
 * its long title ("『제2회 가을밤의 음악축제』 행사대행 용역 제안요청서") in every passage's index
 * terms, where it lifts the shortest passages (a cover, a table of contents, a list of forms) above
 * the item that answers; within a document the title tells no passage from another, and a word
 * every one of its sections uses (금액, 기준) tells little more.
 */
function byOwnWords(passages: ScoredPassage[], question: string, knowledge: CorpusKnowledge): ScoredPassage[] {
  const units = questionUnits(question, knowledge.termPairs);
  const own = passages.map((p) => new Set(indexTerms(`${p.sectionPath} ${p.text}`)));
  const weights = units.map((u) => {
    const df = own.filter((have) => unitShare(u, have) === 1).length;
    return Math.log(1 + (passages.length + 1) / (df + 1)) * (u.predicate ? 0.5 : 1);
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return passages;
  const score = (have: Set<string>, p: ScoredPassage) =>
    units.reduce((sum, u, i) => sum + (weights[i] ?? 0) * (unitShare(u, have) === 1 ? 1 : 0), 0) / total +
    (holdsAskedKind(question, p.text) ? ASKED_KIND_WEIGHT : 0);
  return passages
    .map((p, rank) => ({ p, rank, score: score(own[rank] ?? new Set(), p) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .map((e) => e.p);
}

/** As much as a quarter of the question's words: the item of the asked kind is the answer itself. */
const ASKED_KIND_WEIGHT = 0.25;

function holdsAskedKind(question: string, text: string): boolean {
  return text.split('\n').some((line) => answersAskedKind(question, line.slice(outlineMarker(line)?.length ?? 0), true));
}

/**
 * Whether an answer quoted from uploads names the thing whose value was asked ("대한체육회장은
 * 누구", "주차장은 어디"), when that is a rare word: in a quote, or the heading or title it sits
 * under. An upload is one document on one matter, and every passage of it shares the question's
 * scene-setting words (its title's): quotes about the same event or place that never name the
 * thing asked for answer another question. (The official documents are judged by the model alone,
 * which weighs a head they never use.)
 */
export function namesWhatIsAsked(uploads: UploadEvidence, citations: readonly Citation[]): boolean {
  const named = (unit: WeightedUnit) =>
    citations.some((c) => unitShare(unit, new Set(indexTerms(`${c.title} ${c.sectionPath} ${c.quote}`))) >= DEFAULT_ANSWERABILITY.unitCovered);
  const rareUnit = (word: string) =>
    uploads.judged.units.find((u) => u.word.toLowerCase() === word.toLowerCase() && !u.predicate && u.weight >= DEFAULT_ANSWERABILITY.rareIdf);
  // "전기차 충전기 수 항목은 어떤 형식", "우천 시 대체 장소는 어디": the words qualifying the thing
  // asked say which one. One that no passage of the evidence holds names an item the uploads do not
  // have; quotes naming none of them are about another item of the same document (another field of
  // the standard, the festival's own venue).
  const modifiers = askedModifiers(uploads.question).flatMap((word) => rareUnit(word) ?? []);
  if (modifiers.some((u) => uploads.judged.uncovered.includes(u.word))) return false;
  if (modifiers.length > 0 && !modifiers.some(named)) return false;
  const head = headNoun(uploads.question)?.toLowerCase();
  // "부서는 어디", "업체는 어디": a member of the class is named, however common the class noun is.
  const kind = (head === undefined ? undefined : namedKind(head, uploads.question)) ?? whichKind(uploads.question);
  if (kind) return citations.some((c) => namesMember(kind, c.quote));
  // "어느 위원회에서 심의했어": quotes that never name one of the class answer which one with nothing.
  const classNoun = whichClassNoun(uploads.question);
  // A letter-spaced cell ("장 소 |"; a label before its colon is joined at ingest, letter-spacing.ts) writes the noun too.
  const writes = (noun: string) => (c: Citation) => `${c.title} ${c.sectionPath} ${c.quote}`.normalize('NFC').replace(/\s+/g, '').includes(noun);
  if (classNoun && !citations.some(writes(classNoun))) return false;
  // "담당자 전화번호는 뭐야": the digits are the number asked, and never write the noun.
  if (head !== undefined && asksNumberNoun(head)) return citations.some((c) => /\d/.test(c.quote));
  const unit = head === undefined ? undefined : uploads.judged.units.find((u) => u.word.toLowerCase() === head);
  if (!unit || unit.weight < DEFAULT_ANSWERABILITY.rareIdf) return true;
  return named(unit);
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) for (const item of [a[i], b[i]]) if (item !== undefined && !out.includes(item)) out.push(item);
  return out;
}

/**
 * The question's capitalised words that romanise a Korean word of an upload ("Jincheon" → 진천), as
 * term pairs; none when it has no capitalised Latin word or there are no uploads.
 */
export async function romanisedUploadNames(store: PassageStore, typed: string): Promise<TermPair[]> {
  if (!/[A-Z][a-z]/.test(typed)) return [];
  const uploads = (await store.listDocuments()).filter((d) => trustOf(d) === 'upload');
  if (uploads.length === 0) return [];
  const whole = await corpusKnowledge(store);
  return romanisedNamePairs(typed, await uploadNames(store, whole.stats, uploads));
}

/** The lower-case words of romanised names, hyphenated ones whole and in parts ("mi-ran", "mi", "ran"). */
export function namedWords(names: readonly TermPair[]): Set<string> {
  return new Set(
    names.flatMap((pair) =>
      pair.en
        .toLowerCase()
        .split(/\s+/)
        .flatMap((word) => [word, ...word.split('-')]),
    ),
  );
}

/**
 * The Korean words of the uploaded documents by their romanised keys, once per index snapshot (its
 * statistics object): uploads change only with a new snapshot.
 */
const namesBySnapshot = new WeakMap<TermStats, Promise<Map<string, string>>>();
function uploadNames(store: PassageStore, stats: TermStats, documents: readonly { id: string; title: string }[]): Promise<Map<string, string>> {
  let names = namesBySnapshot.get(stats);
  if (!names) {
    names = (async () => {
      const texts: string[] = [];
      for (const doc of documents) {
        texts.push(doc.title);
        for (const p of await store.passagesOfDocument(doc.id)) texts.push(p.text);
      }
      return romanisedNames(texts);
    })();
    // A failed read is tried again by the next question, not kept as the snapshot's answer.
    names.catch(() => namesBySnapshot.delete(stats));
    namesBySnapshot.set(stats, names);
  }
  return names;
}

/**
 * The upload term table for a question: the mined pairs with its romanised names, read with the
 * shared vocabulary. Indexing a table costs about 10 ms, so each set of names keeps its table.
 */
const tablesWithNames = new RecentPerTable<readonly TermPair[]>(64);
function uploadTable(mined: readonly TermPair[], names: readonly TermPair[], uses: (word: string) => boolean): readonly TermPair[] {
  if (names.length === 0) return withSharedVocabulary(mined, uses);
  const key = names.map((n) => `${n.ko}=${n.en}`).join('|');
  return tablesWithNames.get(mined, key, () => withSharedVocabulary([...mined, ...names], uses));
}
