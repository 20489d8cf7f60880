export type Lang = 'ko' | 'en';

/**
 * How far a document's source is trusted when passages compete (src/search/trust.ts):
 * 'official' for the corpus and uploads an admin marked official, 'upload' for every other upload.
 */
export type Trust = 'official' | 'upload';

/** A document as the index knows it (one row of the "documents" table). */
export interface DocumentRecord {
  id: string;
  title: string;
  lang: Lang;
  /** Where the document came from on disk or upload; used to detect deletions. */
  path: string;
  sourceUrl: string;
  sources: string[];
  publishedAt: string;
  summary: string;
  contentHash: string;
  passageCount: number;
  /** How the document's own reference list names each source (publisher, title, date); absent when it has none. */
  sourceDetails?: SourceDetails[];
  /**
   * A press release's metadata box as it states it, an entry a line ("보도시점: 2024. 1. 2.(화) 08:00",
   * "담당 부서: … 담당자: 사무관 이기태 (044-203-3185)"): never a passage, offered only as the
   * document's own statement (core/metadata-passage.ts).
   */
  releaseBox?: string[];
  /**
   * Set on every record this code writes. Absent only in an index or edge export older than the
   * field; readers then decide by source (`trustOf` in core/document-trust.ts).
   */
  trust?: Trust;
}

/** A source as a reader cites it, from the document's reference list. */
export interface SourceDetails {
  url: string;
  publisher?: string;
  title?: string;
  /** The source's own date as listed: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

/** A chunk of a document: the unit that is embedded, searched and cited. */
export interface Passage {
  id: string;
  docId: string;
  ordinal: number;
  title: string;
  sectionPath: string;
  page?: number;
  lang: Lang;
  text: string;
  charStart: number;
  charEnd: number;
  sourceUrl: string;
  /** The date of sourceUrl where the document names it (front matter `sources[].date`), else the document's. */
  publishedAt: string;
  contentHash: string;
}

export interface ScoredPassage extends Passage {
  score: number;
  /** Its document's trust level, set by retrieval (retrieve/hybrid-search.ts); absent means official. */
  trust?: Trust;
  /** 1-based ranks in each retriever, absent when that retriever did not return it. */
  vectorRank?: number;
  textRank?: number;
}

export interface SearchFilters {
  docIds?: string[];
  lang?: Lang;
}

export interface Citation {
  n: number;
  passageId: string;
  docId: string;
  title: string;
  sectionPath: string;
  page?: number;
  quote: string;
  sourceUrl: string;
  /** The date (YYYY-MM-DD) of the source the quote cites, else the document's; shown next to the quote; absent when neither is known. */
  publishedAt?: string;
  score: number;
  /**
   * When the quote is from a passage in the other language: the same section in the answer's
   * language version of the document (see retrieve/section-alignment.ts), so the reader can also
   * read it in their own language. Absent when the document has no such version or section.
   */
  alignedSection?: AlignedSectionRef;
}

export interface AlignedSectionRef {
  passageId: string;
  docId: string;
  title: string;
  sectionPath: string;
  sourceUrl: string;
}

/** "keyword-only" when the query could not be embedded (the Worker's embeddings endpoint is down). */
export type RetrievalMode = 'hybrid' | 'keyword-only';

/**
 * Why an answer is a refusal: nothing relevant was found, the documents hold the topic but not
 * the thing asked, or they contradict or do not state what the question takes as given.
 */
export type RefusalReason = 'no_evidence' | 'not_in_documents' | 'false_premise';

export interface AskResult {
  id: string;
  answer: string;
  lang: Lang;
  grounded: boolean;
  /** Set when grounded is false. */
  refusalReason?: RefusalReason;
  citations: Citation[];
  seeAlso: Citation[];
  mode: 'extractive' | 'llm';
  retrieval: RetrievalMode;
  timingsMs: Record<string, number>;
  /** Set when the LLM answer failed and the extractive one was given instead: why. */
  fallbackReason?: string;
  /** The follow-up question as rewritten for retrieval, when the conversation changed it. */
  standaloneQuestion?: string;
  /** Sentences of the model's answer that failed the citation check: flagged, never shown as cited. */
  removed?: { text: string; reason: string }[];
  /**
   * Where the answer comes from: `official` documents (a refusal too), or `upload` when no official
   * document answers and ordinary uploads do (the answer text then says so first).
   */
  source: AnswerSource;
}

export type AnswerSource = 'official' | 'upload';
