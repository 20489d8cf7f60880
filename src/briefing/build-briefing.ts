import { type AskServices, askOnce } from '../answer/ask.js';
import { toCitation } from '../answer/citations.js';
import type { AskResult, Citation, Lang, Passage } from '../core/types.js';
import { answerBullets } from './answer-bullets.js';
import { extractKeyFigures } from './key-figures.js';
import { planQuestions } from './plan-questions.js';
import type { Briefing, BriefingBullet, BriefingCitation, BriefingReference, BriefingRequest, BriefingSection, SubQuestion, SummaryLine } from './types.js';

export interface BuildBriefingInput {
  services: AskServices;
  request: BriefingRequest;
  /** The briefing's date; injectable so tests and reruns are reproducible. */
  now?: Date;
  onProgress?: (message: string) => void;
}

const SUMMARY_MIN = 3;
const SUMMARY_MAX = 5;
const MAX_BULLETS = 6;

/**
 * A briefing for officials: sub-questions (given, or planned from the documents' headings), each
 * answered by the answer pipeline; its cited claims become bullets, footnoted to verbatim quotes.
 * Questions the documents do not answer are listed as such, never filled in.
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
  const sections: BriefingSection[] = [];
  let mode: Briefing['mode'] = 'extractive';
  for (const { question, results } of answered) {
    if (results.some((r) => r.mode === 'llm')) mode = 'llm';
    const bullets: BriefingBullet[] = [];
    for (const result of results) {
      if (!result.grounded) continue;
      const fresh = rawBullets(result).filter((b) => !bullets.some((have) => have.text === b.text) && inSection(b, question, passages));
      bullets.push(
        ...fresh
          .slice(0, MAX_BULLETS - bullets.length)
          .map((b) => numberBullet({ bullet: b, passages, numbering }))
          .filter((b) => b !== undefined),
      );
    }
    if (bullets.length === 0) notCovered.push(question.question);
    else sections.push({ question: question.question, ...(question.origin ? { origin: question.origin } : {}), bullets });
  }

  return {
    title: titleFor(request),
    date: now.toISOString().slice(0, 10),
    lang: request.lang,
    ...(request.topic ? { topic: request.topic } : {}),
    mode,
    summary: summarise(sections, numbering.citations),
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

/**
 * Numbers a bullet's citations whose quotes are verbatim in their passages; a bullet left with
 * none is dropped. An extractive bullet is itself a sentence of its passage: its footnote quotes
 * exactly that sentence rather than the whole cited span.
 */
function numberBullet(input: { bullet: SourcedBullet; passages: Map<string, Passage | undefined>; numbering: CitationNumbering }): BriefingBullet | undefined {
  const { bullet } = input;
  const verified = bullet.sources.flatMap(({ citation }) => {
    const passage = input.passages.get(citation.passageId);
    return passage?.text.includes(citation.quote) ? [{ citation, passage }] : [];
  });
  if (verified.length === 0) return undefined;
  const quoteFor = (s: { citation: Citation; passage: Passage }) =>
    verified.length === 1 && s.passage.text.includes(bullet.text) ? bullet.text : s.citation.quote;
  return { text: bullet.text, citations: verified.map((s) => input.numbering.add(s.passage, quoteFor(s))) };
}

/** Numbers citations in reading order and gathers the reference list (one entry per section and page). */
class CitationNumbering {
  readonly citations: BriefingCitation[] = [];
  readonly references: BriefingReference[] = [];
  private readonly referenceIndex = new Map<string, number>();

  add(passage: Passage, quote: string): number {
    const key = `${passage.docId}\u0000${passage.sectionPath}\u0000${passage.page ?? ''}`;
    let reference = this.referenceIndex.get(key);
    if (reference === undefined) {
      reference = this.references.length + 1;
      this.referenceIndex.set(key, reference);
      this.references.push({
        n: reference,
        docId: passage.docId,
        title: passage.title,
        sectionPath: passage.sectionPath,
        ...(passage.page === undefined ? {} : { page: passage.page }),
        sourceUrl: passage.sourceUrl,
        ...(passage.publishedAt ? { publishedAt: passage.publishedAt } : {}),
      });
    }
    const n = this.citations.length + 1;
    const { score: _score, ...citation } = toCitation(n, passage, quote);
    this.citations.push({ ...citation, reference });
    return n;
  }
}

/**
 * 3-5 lines, each a cited claim from the sections (the first of each section, then further ones
 * if there are fewer than three sections). No sentence is written here.
 */
export function summarise(sections: BriefingSection[], citations: BriefingCitation[]): SummaryLine[] {
  const picked: BriefingBullet[] = [];
  // One line per section: a quoted list is fine in its section but not as a summary line.
  for (const section of sections) {
    const first = section.bullets.find((b) => !b.text.includes('\n')) ?? section.bullets[0];
    if (first && picked.length < SUMMARY_MAX) picked.push(first);
  }
  for (const section of sections) {
    for (const bullet of section.bullets.slice(1)) if (picked.length < SUMMARY_MIN && !picked.includes(bullet)) picked.push(bullet);
  }
  const seen = new Set<string>();
  return picked
    .filter((b) => !seen.has(b.text) && seen.add(b.text))
    .map((b) => ({ text: b.text, references: [...new Set(b.citations.map((n) => citations[n - 1]?.reference).filter((r) => r !== undefined))] }));
}

function titleFor(request: BriefingRequest): string {
  const topic = request.topic?.trim();
  const labels: Record<Lang, { with: (t: string) => string; without: string }> = {
    ko: { with: (t) => `${t} 브리핑`, without: '정책 브리핑' },
    en: { with: (t) => `Briefing: ${t}`, without: 'Policy briefing' },
  };
  return topic ? labels[request.lang].with(topic) : labels[request.lang].without;
}
