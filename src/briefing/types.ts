import type { Citation, Lang } from '../core/types.js';

export type BriefingFormat = 'json' | 'markdown' | 'docx';

export interface BriefingRequest {
  topic?: string;
  questions?: string[];
  lang: Lang;
  docIds?: string[];
}

/** A question the briefing answers; planned ones remember the heading they came from. */
export interface SubQuestion {
  question: string;
  /** Documents the answer may draw on; absent = every candidate document. */
  docIds?: string[];
  /** Where a planned question came from: the document and its heading. */
  origin?: { docId: string; heading: string };
  /**
   * Narrower questions asked to fill the same section: the heading's parts ("목표" and "3대
   * 추진과제") and its subsections. One answer gives a few sentences; a section needs them all.
   */
  followUps?: string[];
  /** Keep only claims cited from this top-level section of the origin document (planned headings). */
  withinSection?: string;
}

/**
 * One cited use of a passage: a DOCX footnote, a Markdown [^n]. Numbered in reading order. The
 * answer's citation (quote verbatim, checked when the briefing is built) without its retrieval
 * score, plus the number of its entry in the reference list.
 */
export type BriefingCitation = Omit<Citation, 'score'> & { reference: number };

/** An entry of the numbered reference list: one document section (and page). */
export interface BriefingReference {
  n: number;
  docId: string;
  title: string;
  sectionPath: string;
  page?: number;
  sourceUrl: string;
  publishedAt?: string;
}

export interface BriefingBullet {
  text: string;
  /** Numbers of BriefingCitation entries, in order. */
  citations: number[];
}

export interface BriefingSection {
  question: string;
  origin?: { docId: string; heading: string };
  bullets: BriefingBullet[];
}

export interface SummaryLine {
  text: string;
  /** Reference-list numbers supporting the line. */
  references: number[];
}

export interface KeyFigure {
  /** The figure as the source writes it, e.g. "1,306곳", "37%". */
  figure: string;
  /** The source's own words around the figure (verbatim, possibly shortened with "…"). */
  context: string;
  /** A date the passage attaches to the figure, verbatim ("2024년 말", "end-2024"); absent when it gives none. */
  referenceDate?: string;
  citation: number;
  reference: number;
}

export interface Briefing {
  title: string;
  /** Day the briefing was produced, YYYY-MM-DD. */
  date: string;
  lang: Lang;
  topic?: string;
  mode: 'extractive' | 'llm';
  summary: SummaryLine[];
  sections: BriefingSection[];
  /** Questions the documents do not answer; listed, never filled in. */
  notCovered: string[];
  keyFigures: KeyFigure[];
  citations: BriefingCitation[];
  references: BriefingReference[];
}
