export const MB = 1024 * 1024;

/** Bounds on what one uploaded or ingested file may cost; crossing one rejects the file. */
export interface IngestLimits {
  /** Largest file accepted, in bytes (MAX_UPLOAD_MB). */
  maxFileBytes: number;
  /** Zip containers (DOCX, HWPX): most entries, most bytes once inflated, worst inflate ratio. */
  maxZipEntries: number;
  maxUncompressedBytes: number;
  /** Ratio above which a large entry is treated as a zip bomb; real XML compresses 5-30x. */
  maxCompressionRatio: number;
  /** Entries smaller than this once inflated are never judged by ratio (tiny files compress oddly). */
  ratioFloorBytes: number;
  maxPdfPages: number;
  /** Pages without a text layer that OCR reads in one document (each takes seconds). */
  maxOcrPages: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 50 * MB,
  maxZipEntries: 5000,
  maxUncompressedBytes: 200 * MB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxPdfPages: 3000,
  maxOcrPages: 50,
};

/** "2 KB", "12.5 MB": sizes as people read them in error messages. */
export function describeBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function limitsFor(maxUploadMb: number): IngestLimits {
  return { ...DEFAULT_LIMITS, maxFileBytes: maxUploadMb * MB };
}
