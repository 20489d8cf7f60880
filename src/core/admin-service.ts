import type { Lang, Trust } from './types.js';

/**
 * The writing side of the index behind the admin routes. The HTTP layer consumes it and the Node
 * runtime supplies it (ingest/upload-ingest.ts parses PDF/DOCX/HWPX and writes LanceDB); the
 * Worker has none, so its admin routes stay off. It lives here so that neither side imports the other.
 */
export interface AdminService {
  upload(input: { files: { name: string; bytes: Uint8Array }[]; meta: UploadMeta }): Promise<UploadedDocument[]>;
  remove(id: string): Promise<boolean>;
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
