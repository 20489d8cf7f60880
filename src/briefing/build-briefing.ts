import { type AskServices, askOnce } from '../answer/ask.js';
import { toCitation } from '../answer/citations.js';
import type { AskResult, Citation, DocumentRecord, Lang, Passage } from '../core/types.js';
import { AlignedSections, isListLeadIn, type SectionSentence } from './aligned-sections.js';
import { answerBullets } from './answer-bullets.js';
import { FactLedger } from './fact-ledger.js';
import { extractKeyFigures } from './key-figures.js';
import { memoBullet } from './memo-style.js';
import { MIN_TOPIC_COVERAGE, planQuestions } from './plan-questions.js';
import { referenceFor } from './reference-source.js';
import { standardPoints } from './standard-points.js';
import { summaryPoints } from './summary-points.js';
import { questionToTopic } from './topic-heading.js';
import type { Briefing, BriefingBullet, BriefingCitation, BriefingReference, BriefingRequest, BriefingSection, SectionKind, SubQuestion } from './types.js';

export interface BuildBriefingInput {
  services: AskServices;
  request: BriefingRequest;
  /** The briefing's date; injectable so tests and reruns are reproducible. */
  now?: Date;
  onProgress?: (message: string) => void;
}

const MAX_BULLETS = 8;
/** A section of the topic's own document is taken whole up to this many sentences (whole subsections). */
const MAX_SECTION_SENTENCES = 10;
const KIND_ORDER: Record<SectionKind, number> = { overview: 0, content: 1, related: 2 };

/**
 * A briefing for officials: sub-questions (given, or planned from the documents' headings), each
 * answered by the answer pipeline; its cited claims become bullets (Korean: in memo style),
 * footnoted to verbatim quotes, each fact once in the whole briefing. Sections read as a
 * briefing does (overview, content, related policies); questions the documents do not answer
 * are listed as such, never filled in.
 */
export async function buildBriefing({ services, request, now = new Date(), onProgress }: BuildBriefingInput): Promise<Briefing> {
  const aligned = await AlignedSections.open(services.store);
  const questions = await chooseQuestions(services, request, aligned);
  onProgress?.(`${questions.length} sub-question(s)`);

  const passages = new Map<string, Passage | undefined>();
  const documents = new Map<string, DocumentRecord | undefined>();
  const answered: { question: SubQuestion; results: { asked: string; result: AskResult }[] }[] = [];
  const notCovered: string[] = [];
  for (const [i, question] of questions.entries()) {
    onProgress?.(`[${i + 1}/${questions.length}] ${question.question}`);
    const docIds = question.docIds ?? request.docIds;
    const results: { asked: string; result: AskResult }[] = [];
    for (const asked of [question.question, ...(question.followUps ?? [])]) {
      const result = await askOnce(services, { question: asked, lang: request.lang, ...(docIds ? { docIds } : {}), mode: 'auto' });
      for (const c of result.citations) {
        if (!passages.has(c.passageId)) passages.set(c.passageId, await services.store.getPassage(c.passageId));
        if (!documents.has(c.docId)) documents.set(c.docId, await services.store.getDocument(c.docId));
      }
      results.push({ asked, result });
    }
    answered.push({ question, results });
  }
  if (request.topic && questions.length === 0) notCovered.push(request.topic);
  // A briefing on a topic also asks the points every director's briefing covers; those the
  // documents do not answer are listed as not covered (answered ones add nothing: the sections
  // come from the documents' own structure).
  if (request.topic?.trim() && questions.length > 0 && (request.questions ?? []).length === 0) {
    for (const point of standardPoints(request.topic.trim(), request.lang)) {
      const result = await askOnce(services, {
        question: point,
        lang: request.lang,
        ...(request.docIds ? { docIds: request.docIds } : {}),
        mode: 'extractive',
      });
      if (!result.grounded) notCovered.push(point);
    }
  }
  // With a topic, a claim enters only when its evidence is about the topic: the cited passage's
  // document, heading or the sentence itself names it (a passage sharing a word is not enough).
  const onTopic = (bullet: VerifiedBullet) =>
    !request.topic ||
    bullet.sources.some(
      ({ passage }) => topicWordCoverage(request.topic ?? '', `${passage.title}\n${passage.sectionPath}\n${bullet.text}`) >= MIN_TOPIC_COVERAGE,
    );

  const numbering = new CitationNumbering(documents);
  const ledger = new FactLedger();
  const sections: BriefingSection[] = [];
  let mode: Briefing['mode'] = 'extractive';
  // Titles of the topic's own documents: a related policy's sentence that refers the reader to one
  // of them ("… is covered in the separate document '…'") names the topic but adds nothing.
  const topicDocuments = new Set<string>();
  const ordered = [...answered].sort((x, y) => KIND_ORDER[x.question.kind ?? 'content'] - KIND_ORDER[y.question.kind ?? 'content']);
  for (const { question, results } of ordered) {
    const llm = results.some(({ result }) => result.mode === 'llm');
    if (llm) mode = 'llm';
    // Evidence is chosen as sections, never as the sentences one language's answer happened to
    // quote: a planned heading of the topic's own document is its section, whole (cut only
    // between subsections, where the other version is cut too); a related policy's answer brings
    // the sections it cites, each whole but for sentences off the topic. Each language renders
    // its own version of those sections, so Korean and English briefings state the same facts.
    const whole = !llm && question.withinSection && question.origin ? question : undefined;
    const candidates: VerifiedBullet[] = [];
    const addCandidate = (bullet: VerifiedBullet) => {
      if (onTopic(bullet) && !candidates.some((have) => have.text === bullet.text)) candidates.push(bullet);
    };
    if (whole?.origin && whole.withinSection) {
      for (const sentence of await aligned.sentencesUnder(whole.origin.docId, whole.withinSection, MAX_SECTION_SENTENCES)) {
        topicDocuments.add(sentence.passage.title);
        addCandidate(sentenceBullet(sentence));
      }
    }
    // A related policy brings what its document says on the topic, section by section (the
    // sentences naming the topic), cut between sections: the same sections in either language.
    const related = !llm && !whole && question.kind === 'related' && question.origin ? question.origin : undefined;
    if (related) {
      let count = 0;
      for (const section of await aligned.sectionsWithin(related.docId, related.heading)) {
        const onTopicHere = section.sentences
          .filter((s) => !pointsTo(topicDocuments, s.text))
          .map(sentenceBullet)
          .filter(onTopic);
        if (onTopicHere.length === 0) continue;
        if (count > 0 && count + onTopicHere.length > MAX_BULLETS) break;
        count += onTopicHere.length;
        for (const bullet of onTopicHere) addCandidate(bullet);
      }
    }
    const citedSections = new Set<string>();
    for (const { asked, result } of results) {
      let evidence = 0;
      if (result.grounded) {
        for (const raw of rawBullets(result)) {
          if (!inSection(raw, question, passages)) continue;
          const verified = verify(raw, passages);
          if (!verified || !onTopic(verified)) continue;
          evidence++;
          if (whole || related) continue;
          if (llm) {
            addCandidate(verified);
            continue;
          }
          for (const { passage } of verified.sources) {
            const key = `${passage.docId}\n${passage.sectionPath}`;
            if (citedSections.has(key)) continue;
            citedSections.add(key);
            for (const sentence of await aligned.sentencesOf(passage.docId, passage.sectionPath)) addCandidate(sentenceBullet(sentence));
          }
        }
      }
      // What was asked about the topic and found no evidence is listed, never filled in (a related
      // policy's question is not the topic's: when its section does not bear on the topic it is
      // left out). A section of the topic's own document answers its heading's questions itself.
      const answeredBySection = (whole !== undefined || related !== undefined) && candidates.length > 0;
      if (evidence === 0 && !answeredBySection && question.kind !== 'related' && !notCovered.includes(asked)) notCovered.push(asked);
    }
    const bullets: BriefingBullet[] = [];
    for (const candidate of candidates.sort((x, y) => compareSourceOrder(x, y, question.origin?.docId))) {
      // A whole section is already cut where its other version is; a cut here would differ by language.
      if (!whole && bullets.length >= MAX_BULLETS) break;
      if (!ledger.add(candidate.text, candidate.sources[0]?.passage.publishedAt)) continue;
      bullets.push(numberBullet(candidate, numbering, request.lang));
    }
    // A question whose every claim is already in the briefing is answered there, not uncovered.
    if (bullets.length > 0)
      sections.push({
        heading: question.heading ?? questionToTopic(question.question, request.lang),
        kind: question.kind ?? 'content',
        question: question.question,
        ...(question.origin ? { origin: question.origin } : {}),
        bullets,
      });
  }

  const sourceOf = (c: BriefingCitation) => {
    const reference = numbering.references[c.reference - 1];
    return {
      sectionPath: c.sectionPath,
      ...(reference?.date && !reference.isDocument ? { sourceDate: reference.date } : {}),
      ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
    };
  };
  return {
    title: titleFor(request),
    date: now.toISOString().slice(0, 10),
    lang: request.lang,
    ...(request.topic ? { topic: request.topic } : {}),
    mode,
    summary: summaryPoints(sections, numbering.citations, sourceOf),
    sections,
    notCovered,
    keyFigures: extractKeyFigures(numbering.citations, sourceOf),
    citations: numbering.citations,
    references: numbering.references,
  };
}

async function chooseQuestions(services: AskServices, request: BriefingRequest, aligned: AlignedSections): Promise<SubQuestion[]> {
  const given = (request.questions ?? []).map((q) => q.trim()).filter(Boolean);
  if (given.length > 0) return given.map((question) => ({ question }));
  if (!request.topic?.trim()) return [];
  const plan = await planQuestions({
    store: services.store,
    embedder: services.embedder,
    topic: request.topic.trim(),
    lang: request.lang,
    aligned,
    ...(request.docIds ? { docIds: request.docIds } : {}),
  });
  return plan.questions;
}

interface SourcedBullet {
  text: string;
  sources: { citation: Citation; passageId: string }[];
}

/** Cited claims of an answer, without list lead-ins. */
function rawBullets(result: AskResult): SourcedBullet[] {
  const byMarker = new Map(result.citations.map((c) => [c.n, c]));
  return answerBullets(result.answer)
    .filter((b) => !isListLeadIn(b.text))
    .map((b) => ({
      text: b.text,
      sources: b.markers.flatMap((m) => {
        const citation = byMarker.get(m);
        return citation ? [{ citation, passageId: citation.passageId }] : [];
      }),
    }));
}

/** A planned heading's section keeps to that heading: a claim from another section belongs elsewhere. */
function inSection(bullet: SourcedBullet, question: SubQuestion, passages: Map<string, Passage | undefined>): boolean {
  if (!question.withinSection) return true;
  return bullet.sources.some(({ passageId }) => passages.get(passageId)?.sectionPath.split(' > ')[0]?.trim() === question.withinSection);
}

interface VerifiedBullet {
  text: string;
  sources: { citation: Citation; passage: Passage }[];
}

/** The bullet's citations whose quotes are verbatim in their passages; undefined when none is. */
function verify(bullet: SourcedBullet, passages: Map<string, Passage | undefined>): VerifiedBullet | undefined {
  const sources = bullet.sources.flatMap(({ citation }) => {
    const passage = passages.get(citation.passageId);
    return passage?.text.includes(citation.quote) ? [{ citation, passage }] : [];
  });
  return sources.length > 0 ? { text: bullet.text, sources } : undefined;
}

/** The sentence refers to one of the documents by its title in quotes. */
function pointsTo(titles: Set<string>, sentence: string): boolean {
  return [...titles].some((title) => ["''", '‘’', '“”', '""', '「」'].some(([open, close]) => sentence.includes(`${open}${title}${close}`)));
}

/** A sentence of a chosen section as a bullet citing its passage with that very sentence. */
function sentenceBullet({ passage, text }: SectionSentence): VerifiedBullet {
  return { text, sources: [{ citation: toCitation(0, passage, text), passage }] };
}

/** Bullets follow their source: a list comes after the sentence it belongs to, as the document has it. */
function compareSourceOrder(x: VerifiedBullet, y: VerifiedBullet, leadDoc: string | undefined): number {
  const position = (b: VerifiedBullet) => {
    const p = b.sources[0]?.passage;
    const offset = p ? p.text.indexOf(b.text.split('\n')[0]?.trim() ?? '') : -1;
    return { lead: p?.docId === leadDoc ? 0 : 1, docId: p?.docId ?? '', ordinal: p?.ordinal ?? 0, offset: offset < 0 ? Number.MAX_SAFE_INTEGER : offset };
  };
  const a = position(x);
  const b = position(y);
  return a.lead - b.lead || a.docId.localeCompare(b.docId) || a.ordinal - b.ordinal || a.offset - b.offset;
}

/**
 * Numbers a verified bullet's citations. An extractive bullet is itself a sentence of its
 * passage: its footnote quotes exactly that sentence rather than the whole cited span.
 */
function numberBullet(bullet: VerifiedBullet, numbering: CitationNumbering, lang: Lang): BriefingBullet {
  const quoteFor = (s: { citation: Citation; passage: Passage }) =>
    bullet.sources.length === 1 && s.passage.text.includes(bullet.text) ? bullet.text : s.citation.quote;
  return {
    text: lang === 'ko' ? memoBullet(bullet.text) : bullet.text,
    sentence: bullet.text,
    citations: bullet.sources.map((s) => numbering.add(s.passage, quoteFor(s))),
  };
}

/** Numbers citations in reading order and gathers the reference list: one entry per source. */
class CitationNumbering {
  readonly citations: BriefingCitation[] = [];
  readonly references: BriefingReference[] = [];
  private readonly referenceIndex = new Map<string, BriefingReference>();

  constructor(private readonly documents: Map<string, DocumentRecord | undefined>) {}

  add(passage: Passage, quote: string): number {
    const source = referenceFor(passage, quote, this.documents.get(passage.docId));
    let reference = this.referenceIndex.get(source.key);
    if (!reference) {
      reference = { n: this.references.length + 1, ...source.entry, titles: [], sections: [] };
      this.referenceIndex.set(source.key, reference);
      this.references.push(reference);
    }
    if (!reference.titles.includes(passage.title)) reference.titles.push(passage.title);
    const section = passage.sectionPath.split(' > ').at(-1)?.trim();
    if (section && section !== passage.title && !reference.sections.includes(section)) reference.sections.push(section);
    const n = this.citations.length + 1;
    const { score: _score, ...citation } = toCitation(n, passage, quote);
    // The footnote names the source the reference list names (the document, when the marked source cannot be it).
    this.citations.push({ ...citation, sourceUrl: reference.sourceUrl, reference: reference.n });
    return n;
  }
}

/**
 * Share of the topic's words the text contains (as written, any inflection after them: "용인에",
 * "zones"): word by word, not by the search index's character pairs, under which "반도체" alone
 * already covers two thirds of "용인 반도체".
 */
export function topicWordCoverage(topic: string, text: string): number {
  const words = topic.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const haystack = text.toLowerCase();
  return words.filter((w) => haystack.includes(w.length > 3 ? w.replace(/s$/, '') : w)).length / words.length;
}

function titleFor(request: BriefingRequest): string {
  const topic = request.topic?.trim();
  const labels: Record<Lang, { with: (t: string) => string; without: string }> = {
    ko: { with: (t) => `${t} 브리핑`, without: '정책 브리핑' },
    en: { with: (t) => `Briefing: ${t}`, without: 'Policy briefing' },
  };
  return topic ? labels[request.lang].with(topic) : labels[request.lang].without;
}
