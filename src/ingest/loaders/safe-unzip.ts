import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  declaredSize: number;
}

// Small input slices bound how much one inflate step can produce (deflate tops out near 1:1032).
const SLICE_BYTES = 16 * 1024;

function bomb(file: string, reason: string): ParseError {
  return new ParseError(file, `rejected as a possible zip bomb: ${reason}`, 413, 'zip_bomb');
}

/** Lists a zip's entries from its central directory without inflating anything. */
export function listZip(file: string, bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compressedSize: info.size, declaredSize: info.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw new ParseError(file, `is not a readable zip container: damaged or truncated (${(error as Error).message})`, 422, 'corrupt_file');
  }
  return entries;
}

/** Judges declared sizes before any inflating: entry count, total size, compression ratio. */
export function checkDeclaredSizes(file: string, entries: ZipEntry[], limits: IngestLimits): void {
  if (entries.length > limits.maxZipEntries) throw bomb(file, `${entries.length} entries (limit ${limits.maxZipEntries})`);
  const total = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw bomb(file, `declares ${Math.round(total / 1e6)} MB once unpacked (limit ${Math.round(limits.maxUncompressedBytes / 1e6)} MB)`);
  }
  for (const entry of entries) {
    const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1);
    if (entry.declaredSize >= limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      throw bomb(file, `entry "${entry.name}" inflates ${Math.round(ratio)}x (limit ${limits.maxCompressionRatio}x)`);
    }
  }
}

/**
 * Inflates every entry while counting real output, so a header that lies about sizes cannot
 * run away with memory; keeps the bytes of the entries `keep` selects.
 */
export function unzipChecked(input: { file: string; bytes: Uint8Array; limits: IngestLimits; keep: (name: string) => boolean }): Map<string, Uint8Array> {
  const { file, bytes, limits, keep } = input;
  const entries = listZip(file, bytes);
  checkDeclaredSizes(file, entries, limits);
  const declared = new Map(entries.map((e) => [e.name, e.declaredSize]));
  const kept = new Map<string, Uint8Array>();
  let failure: Error | undefined;
  let total = 0;
  const unzip = new Unzip((entry) => {
    const allowed = Math.min(declared.get(entry.name) ?? 0, limits.maxUncompressedBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ParseError(file, `entry "${entry.name}" is damaged (${error.message})`, 422, 'corrupt_file');
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > allowed || total > limits.maxUncompressedBytes) {
        failure = bomb(file, `entry "${entry.name}" inflates beyond its declared ${allowed} bytes`);
        entry.terminate();
        return;
      }
      if (keep(entry.name)) chunks.push(chunk);
      if (final && keep(entry.name)) kept.set(entry.name, concat(chunks, size));
    };
    try {
      entry.start();
    } catch (error) {
      failure = new ParseError(file, `entry "${entry.name}" uses an unsupported compression method (${(error as Error).message})`, 422, 'corrupt_file');
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE_BYTES) {
      unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
    }
  } catch (error) {
    failure ??= new ParseError(file, `is not a readable zip container: damaged or truncated (${(error as Error).message})`, 422, 'corrupt_file');
  }
  if (failure) throw failure;
  return kept;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
