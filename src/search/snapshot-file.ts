import { ITEMS_PER_STEP, runToEnd, type Steps } from '../core/time-slices.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import type { TermIndexData } from './term-index.js';

/**
 * The byte layout of an engine snapshot, so a process can start from the built engine instead of
 * re-reading every row and re-indexing every term: 16 bytes of header (magic, format, header
 * length), a JSON header (passages, documents, term dictionary, where each array lies), then the
 * typed arrays, each at an 8-byte boundary so they are read back as views, without copying.
 * Pure bytes in and out: the store that owns the file decides where it lives and when it is stale.
 */
export interface SnapshotContents {
  version: string;
  dimension: number;
  passages: Passage[];
  documents: DocumentRecord[];
  /** Normalised rows, packed. */
  vectors: Float32Array;
  text: TermIndexData;
  /** BM25 over the official documents' passages alone; absent when every passage is official. */
  officialText?: TermIndexData;
}

const MAGIC = 0x53415150; // "PQAS" little-endian
/** Bump when the layout or anything the engine derives at build time changes. */
export const SNAPSHOT_FORMAT = 2;
const PREAMBLE = 16;

type TextArray = 'norms' | 'offsets' | 'docs' | 'tfs';
type ArrayName = 'vectors' | TextArray | `official.${TextArray}`;
interface Header {
  version: string;
  dimension: number;
  passages: Passage[];
  documents: DocumentRecord[];
  terms: string[];
  params: TermIndexData['params'];
  /** The official-only term index's dictionary, when the snapshot has one. */
  officialTerms?: string[];
  /** Byte offset and element count of each array. */
  arrays: Partial<Record<ArrayName, [number, number]>>;
}

const textArrays = (prefix: '' | 'official.', text: TermIndexData): [ArrayName, ArrayBufferView & { length: number }][] => [
  [`${prefix}norms`, text.norms],
  [`${prefix}offsets`, text.offsets],
  [`${prefix}docs`, text.docs],
  [`${prefix}tfs`, text.tfs],
];

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Bytes copied per step: fresh memory is faulted in as it is written, slow on a busy host. */
const COPIED_PER_STEP = 256 * 1024;

export function encodeSnapshot(s: SnapshotContents): Uint8Array {
  return runToEnd(encodeSteps(s));
}

/** JSON.stringify(list) as UTF-8, a step at a time (a long passage list is megabytes of text). */
function* jsonListSteps(list: readonly unknown[], encoder: TextEncoder): Steps<Uint8Array[]> {
  const pieces = [encoder.encode('[')];
  for (let i = 0; i < list.length; i += ITEMS_PER_STEP) {
    const items = JSON.stringify(list.slice(i, i + ITEMS_PER_STEP)).slice(1, -1);
    pieces.push(encoder.encode(i === 0 ? items : `,${items}`));
    yield;
  }
  pieces.push(encoder.encode(']'));
  return pieces;
}

/** `encodeSnapshot` in steps that a caller may spread over event-loop turns; the same bytes. */
export function* encodeSteps(s: SnapshotContents): Steps<Uint8Array> {
  const arrays: [ArrayName, ArrayBufferView & { length: number }][] = [
    ['vectors', s.vectors],
    ...textArrays('', s.text),
    ...(s.officialText ? textArrays('official.', s.officialText) : []),
  ];
  // Offsets are relative to the end of the JSON header, whose length is only known once written.
  const placed: Partial<Record<ArrayName, [number, number]>> = {};
  let at = 0;
  for (const [name, array] of arrays) {
    placed[name] = [at, array.length];
    at = align8(at + array.byteLength);
  }
  // JSON.stringify of the Header, key by key in its order (snapshotVersion reads "version" first).
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const put = (text: string) => pieces.push(encoder.encode(text));
  put(`{"version":${JSON.stringify(s.version)},"dimension":${JSON.stringify(s.dimension)},"passages":`);
  pieces.push(...(yield* jsonListSteps(s.passages, encoder)));
  put(',"documents":');
  pieces.push(...(yield* jsonListSteps(s.documents, encoder)));
  put(',"terms":');
  pieces.push(...(yield* jsonListSteps(s.text.terms, encoder)));
  put(`,"params":${JSON.stringify(s.text.params)}`);
  if (s.officialText) {
    put(',"officialTerms":');
    pieces.push(...(yield* jsonListSteps(s.officialText.terms, encoder)));
  }
  put(`,"arrays":${JSON.stringify(placed)}}`);
  const jsonLength = pieces.reduce((n, piece) => n + piece.length, 0);
  const base = align8(PREAMBLE + jsonLength);
  const out = new Uint8Array(base + at);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, SNAPSHOT_FORMAT, true);
  view.setUint32(8, jsonLength, true);
  let cursor = PREAMBLE;
  let sinceYield = 0;
  for (const piece of pieces) {
    out.set(piece, cursor);
    cursor += piece.length;
    sinceYield += piece.length;
    if (sinceYield >= COPIED_PER_STEP) {
      sinceYield = 0;
      yield;
    }
  }
  for (const [name, array] of arrays) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let at = 0; at < bytes.length; at += COPIED_PER_STEP) {
      out.set(bytes.subarray(at, at + COPIED_PER_STEP), base + (placed[name] as [number, number])[0] + at);
      yield;
    }
  }
  return out;
}

/** How many leading bytes `snapshotVersion` needs at most (versions are short table-version strings). */
export const VERSION_PREFIX_BYTES = 4096;

/**
 * The version a snapshot was built from, read from its first bytes only (the header JSON starts
 * with it), so a stale file is recognised without reading and parsing the whole of it.
 */
export function snapshotVersion(prefix: Uint8Array): string | undefined {
  if (prefix.byteLength < PREAMBLE) return undefined;
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== SNAPSHOT_FORMAT) return undefined;
  const text = new TextDecoder().decode(prefix.subarray(PREAMBLE, Math.min(prefix.byteLength, PREAMBLE + view.getUint32(8, true))));
  const match = /^\{"version":("(?:[^"\\]|\\.)*")/.exec(text);
  return match?.[1] === undefined ? undefined : (JSON.parse(match[1]) as string);
}

/** The snapshot in `bytes`; throws on anything else (another format, a truncated file). */
export function decodeSnapshot(input: Uint8Array): SnapshotContents {
  // Typed-array views need aligned offsets; a buffer sliced from a pool may not start on one.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < PREAMBLE || view.getUint32(0, true) !== MAGIC) throw new Error('not an engine snapshot');
  if (view.getUint32(4, true) !== SNAPSHOT_FORMAT) throw new Error(`engine snapshot format ${view.getUint32(4, true)}, expected ${SNAPSHOT_FORMAT}`);
  const jsonLength = view.getUint32(8, true);
  if (PREAMBLE + jsonLength > bytes.byteLength) throw new Error('engine snapshot is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + jsonLength))) as Header;
  const base = bytes.byteOffset + align8(PREAMBLE + jsonLength);
  const array = <T>(name: ArrayName, make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, width: number): T => {
    const place = header.arrays[name];
    if (!place) throw new Error(`engine snapshot has no ${name} array`);
    const [offset, length] = place;
    if (base + offset + length * width > bytes.byteOffset + bytes.byteLength) throw new Error('engine snapshot is truncated');
    return new make(bytes.buffer, base + offset, length);
  };
  const vectors = array('vectors', Float32Array, 4);
  const norms = array('norms', Float64Array, 8);
  if (norms.length !== header.passages.length || vectors.length !== header.passages.length * header.dimension) {
    throw new Error('engine snapshot arrays do not match its passages');
  }
  const text = (prefix: '' | 'official.', terms: string[]): TermIndexData => ({
    terms,
    params: header.params,
    norms: array(`${prefix}norms`, Float64Array, 8),
    offsets: array(`${prefix}offsets`, Int32Array, 4),
    docs: array(`${prefix}docs`, Int32Array, 4),
    tfs: array(`${prefix}tfs`, Uint16Array, 2),
  });
  return {
    version: header.version,
    dimension: header.dimension,
    passages: header.passages,
    documents: header.documents,
    vectors,
    text: { ...text('', header.terms), norms },
    ...(header.officialTerms ? { officialText: text('official.', header.officialTerms) } : {}),
  };
}
