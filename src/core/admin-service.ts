import type { Lang, Trust } from './types.js';

/**
 * The writing side of the index behind the admin routes. The HTTP layer consumes it and the Node
 * runtime supplies it (ingest/upload-ingest.ts parses PDF/DOCX/HWPX and writes LanceDB); the
 * Worker has none, so its admin routes stay off. It lives here so that neither side imports the other.
 */
export interface AdminService {
  upload(input: { files: { name: string; bytes: Uint8Array }[]; meta: UploadMeta }): Promise<UploadedDocument[]>;
  remove(id: string): Promise<boolean>;
  /** What was ingested, deleted or refused lately, newest last (the operator's dashboard lists it). */
  events?(): Promise<IngestEvent[]>;
}

/** One change to the index, or one refused file: from an upload, a deletion, or a corpus sync. */
export interface IngestEvent {
  at: string;
  action: 'added' | 'updated' | 'unchanged' | 'deleted' | 'failed';
  via: 'upload' | 'corpus';
  /** The document id, when known (not for a file that failed to parse). */
  id?: string;
  /** The file name as given; for a failure, what the operator recognises. */
  file?: string;
  /** Why a file failed, as the uploader was told. */
  reason?: string;
}

/** Metadata given with an upload, as ingest/document-meta.ts's schema has validated it. */
export interface UploadMeta {
  id?: string;
  title?: string;
  lang?: Lang;
  sourceUrl?: string;
  publishedAt?: string;
  /** The trust level: 'official' ranks the upload with the corpus; absent or 'upload' ranks it below. */
  trust?: Trust;
}

export interface UploadedDocument {
  id: string;
  file: string;
  title: string;
  lang: string;
  status: 'added' | 'updated' | 'unchanged';
  passages: number;
  pages?: number;
  trust: Trust;
}
