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

/**
 * An entry of the numbered reference list, as a reader cites the source: publisher, title, the
 * source's own date, URL. One entry per source. A passage whose source cannot have reported it
 * (the passage states a date after the source's own) is cited to its document instead.
 */
export interface BriefingReference {
  n: number;
  /** Who published it ("뉴시스"), from the document's reference list; absent for a document cited as itself. */
  publisher?: string;
  /** The source's title when its list gives one; a document cited as itself: the document's title. */
  title?: string;
  /** The source's own date as listed (YYYY, YYYY-MM or YYYY-MM-DD); a document cited as itself: its date. */
  date?: string;
  /** Empty for a document cited as itself. */
  sourceUrl: string;
  /** True when the entry is the registered document itself, not an outside source. */
  isDocument?: boolean;
  /** Titles of the documents whose passages come from this source, in order of first citation. */
  titles: string[];
  /** The section headings cited from this source: what it is cited for, when it has no title. */
  sections: string[];
}

/** A line of the summary block: a fact an official leads with, cited, with its own date. */
export interface SummaryPoint {
  text: string;
  citations: number[];
  /** The fact's date: stated in its sentence, else its section's, else the source's own. */
  date?: string;
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

/** One row of the figures table: one quantity, with each value it has by date or source. */
export interface KeyFigure {
  /** In date order; more than one when the sources give the quantity differently. */
  values: KeyFigureValue[];
}

export interface KeyFigureValue {
  /** The figure as the source writes it, e.g. "1,306곳", "37%". */
  figure: string;
  /** The source's own words around the figure (verbatim, possibly shortened with "…"). */
  context: string;
  /**
   * The date of the figure's own sentence, verbatim ("2024년 말", "end-2024"), else of its
   * section heading, else the source's own date, else the document's publication date
   * (YYYY-MM-DD, `dateIsPublication`); absent when none exists.
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
  /** 핵심 요약 / Key points: 3-5 cited facts from the sections, first in the briefing. */
  summary: SummaryPoint[];
  /** In reading order: overview, the topic's content, related policies. */
  sections: BriefingSection[];
  /** Questions the documents do not answer; listed, never filled in. */
  notCovered: string[];
  keyFigures: KeyFigure[];
  citations: BriefingCitation[];
  references: BriefingReference[];
}
