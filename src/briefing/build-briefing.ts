import { type AskServices, askOnce } from '../answer/ask.js';
import { toCitation } from '../answer/citations.js';
import type { AskResult, Citation, Lang, Passage } from '../core/types.js';
import { answerBullets } from './answer-bullets.js';
import { FactLedger } from './fact-ledger.js';
import { extractKeyFigures } from './key-figures.js';
import { memoBullet } from './memo-style.js';
import { planQuestions } from './plan-questions.js';
import { questionToTopic } from './topic-heading.js';
import type { Briefing, BriefingBullet, BriefingCitation, BriefingReference, BriefingRequest, BriefingSection, SectionKind, SubQuestion } from './types.js';

export interface BuildBriefingInput {
  services: AskServices;
  request: BriefingRequest;
  /** The briefing's date; injectable so tests and reruns are reproducible. */
  now?: Date;
  onProgress?: (message: string) => void;
}

const MAX_BULLETS = 6;
const KIND_ORDER: Record<SectionKind, number> = { overview: 0, content: 1, related: 2 };

/**
 * A briefing for officials: sub-questions (given, or planned from the documents' headings), each
 * answered by the answer pipeline; its cited claims become bullets (Korean: in memo style),
 * footnoted to verbatim quotes, each fact once in the whole briefing. Sections read as a
 * briefing does (overview, content, related policies); questions the documents do not answer
 * are listed as such, never filled in.
 */
export async function buildBriefing({ services, request, now = new Date(), onProgress }: BuildBriefingInput): Promise<Briefing> {
  const questions = await chooseQuestions(services, request);
  onProgress?.(`${questions.length} sub-question(s)`);

  const passages = new Map<string, Passage | undefined>();
  const answered: { question: SubQuestion; results: AskResult[] }[] = [];
  const notCovered: string[] = [];
  for (const [i, question] of questions.entries()) {
    onProgress?.(`[${i + 1}/${questions.length}] ${question.question}`);
    const docIds = question.docIds ?? request.docIds;
    const results: AskResult[] = [];
    for (const asked of [question.question, ...(question.followUps ?? [])]) {
      const result = await askOnce(services, { question: asked, lang: request.lang, ...(docIds ? { docIds } : {}), mode: 'auto' });
      for (const c of result.citations) if (!passages.has(c.passageId)) passages.set(c.passageId, await services.store.getPassage(c.passageId));
      results.push(result);
    }
    answered.push({ question, results });
  }
  if (request.topic && questions.length === 0) notCovered.push(request.topic);

  const numbering = new CitationNumbering();
  const ledger = new FactLedger();
  const sections: BriefingSection[] = [];
  let mode: Briefing['mode'] = 'extractive';
  const ordered = [...answered].sort((x, y) => KIND_ORDER[x.question.kind ?? 'content'] - KIND_ORDER[y.question.kind ?? 'content']);
  for (const { question, results } of ordered) {
    if (results.some((r) => r.mode === 'llm')) mode = 'llm';
    const candidates: VerifiedBullet[] = [];
    for (const result of results) {
      if (!result.grounded) continue;
      for (const raw of rawBullets(result)) {
        if (candidates.some((have) => have.text === raw.text) || !inSection(raw, question, passages)) continue;
        const verified = verify(raw, passages);
        if (verified) candidates.push(verified);
      }
    }
    const bullets: BriefingBullet[] = [];
    for (const candidate of candidates.sort((x, y) => compareSourceOrder(x, y, question.origin?.docId))) {
      if (bullets.length >= MAX_BULLETS) break;
      if (!ledger.add(candidate.text, candidate.sources[0]?.passage.publishedAt)) continue;
      bullets.push(numberBullet(candidate, numbering, request.lang));
    }
    // A question whose every claim is already in the briefing is answered there, not uncovered.
    if (candidates.length === 0) notCovered.push(question.question);
    else if (bullets.length > 0)
      sections.push({
        heading: question.heading ?? questionToTopic(question.question, request.lang),
        kind: question.kind ?? 'content',
        question: question.question,
        ...(question.origin ? { origin: question.origin } : {}),
        bullets,
      });
  }

  return {
    title: titleFor(request),
    date: now.toISOString().slice(0, 10),
    lang: request.lang,
    ...(request.topic ? { topic: request.topic } : {}),
    mode,
    sections,
    notCovered,
    keyFigures: extractKeyFigures(numbering.citations),
    citations: numbering.citations,
    references: numbering.references,
  };
}

async function chooseQuestions(services: AskServices, request: BriefingRequest): Promise<SubQuestion[]> {
  const given = (request.questions ?? []).map((q) => q.trim()).filter(Boolean);
  if (given.length > 0) return given.map((question) => ({ question }));
  if (!request.topic?.trim()) return [];
  const plan = await planQuestions({
    store: services.store,
    embedder: services.embedder,
    topic: request.topic.trim(),
    lang: request.lang,
    ...(request.docIds ? { docIds: request.docIds } : {}),
  });
  return plan.questions;
}

interface SourcedBullet {
  text: string;
  sources: { citation: Citation; passageId: string }[];
}

// A sentence that only announces a list ("…다음과 같다.", "…three task areas:") says nothing on
// its own when the answer quoted it without the list items (with them, the bullet has lines).
const LIST_LEAD_IN = /[:：]$|다음과 같다\.?$|다음 (?:\S+ )?(?:가지|개)\s|\bthe following\b[^.]*\.$/i;

/** Cited claims of an answer, without list lead-ins. */
function rawBullets(result: AskResult): SourcedBullet[] {
  const byMarker = new Map(result.citations.map((c) => [c.n, c]));
  return answerBullets(result.answer)
    .filter((b) => b.text.includes('\n') || !LIST_LEAD_IN.test(b.text))
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

/** Numbers citations in reading order and gathers the reference list: one entry per source URL. */
class CitationNumbering {
  readonly citations: BriefingCitation[] = [];
  readonly references: BriefingReference[] = [];
  private readonly referenceIndex = new Map<string, BriefingReference>();

  add(passage: Passage, quote: string): number {
    const key = passage.sourceUrl || passage.docId;
    let reference = this.referenceIndex.get(key);
    if (!reference) {
      reference = {
        n: this.references.length + 1,
        titles: [],
        sourceUrl: passage.sourceUrl,
        ...(passage.publishedAt ? { publishedAt: passage.publishedAt } : {}),
      };
      this.referenceIndex.set(key, reference);
      this.references.push(reference);
    }
    if (!reference.titles.includes(passage.title)) reference.titles.push(passage.title);
    const n = this.citations.length + 1;
    const { score: _score, ...citation } = toCitation(n, passage, quote);
    this.citations.push({ ...citation, reference: reference.n });
    return n;
  }
}

function titleFor(request: BriefingRequest): string {
  const topic = request.topic?.trim();
  const labels: Record<Lang, { with: (t: string) => string; without: string }> = {
    ko: { with: (t) => `${t} 브리핑`, without: '정책 브리핑' },
    en: { with: (t) => `Briefing: ${t}`, without: 'Policy briefing' },
  };
  return topic ? labels[request.lang].with(topic) : labels[request.lang].without;
}
