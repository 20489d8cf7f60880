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
  /** The section's heading in the briefing: a topic ("간담회 개요"), not the question asked. */
  heading?: string;
  /** Where the section goes: the overview first, the topic's own content, then related policies. */
  kind?: SectionKind;
}

export type SectionKind = 'overview' | 'content' | 'related';

/**
 * One cited use of a passage: a DOCX footnote, a Markdown [^n]. Numbered in reading order. The
 * answer's citation (quote verbatim, checked when the briefing is built) without its retrieval
 * score, plus the number of its entry in the reference list.
 */
export type BriefingCitation = Omit<Citation, 'score'> & { reference: number };

/** An entry of the numbered reference list: one source (URL), with the documents that cite it. */
export interface BriefingReference {
  n: number;
  /** Titles of the documents whose passages come from this source, in order of first citation. */
  titles: string[];
  sourceUrl: string;
  publishedAt?: string;
}

export interface BriefingBullet {
  /** What the reader sees: the sentence, in Korean briefings in memo style (개조식). */
  text: string;
  /** The documents' own sentence (or list) the bullet was made from, verbatim. */
  sentence: string;
  /** Numbers of BriefingCitation entries, in order. */
  citations: number[];
}

export interface BriefingSection {
  /** A topic heading ("간담회 개요", "관련 정책: 기회발전특구"). */
  heading: string;
  kind: SectionKind;
  /** The question that was asked to fill the section. */
  question: string;
  origin?: { docId: string; heading: string };
  bullets: BriefingBullet[];
}

export interface KeyFigure {
  /** The figure as the source writes it, e.g. "1,306곳", "37%". */
  figure: string;
  /** The source's own words around the figure (verbatim, possibly shortened with "…"). */
  context: string;
  /**
   * The date the source attaches to the figure, verbatim ("2024년 말", "end-2024"), else the
   * document's publication date (YYYY-MM-DD, `dateIsPublication`); absent when neither exists.
   */
  referenceDate?: string;
  dateIsPublication?: boolean;
  /** The footnote (citation number) the figure is cited by. */
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
  /** In reading order: overview, the topic's content, related policies. */
  sections: BriefingSection[];
  /** Questions the documents do not answer; listed, never filled in. */
  notCovered: string[];
  keyFigures: KeyFigure[];
  citations: BriefingCitation[];
  references: BriefingReference[];
}
