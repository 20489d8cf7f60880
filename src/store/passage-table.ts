import { createRequire } from 'node:module';
import type { FixedSizeList, Float32 as Float32Type, RecordBatch, Schema, Table } from 'apache-arrow';
import { ITEMS_PER_STEP, type Steps } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import { indexTerms } from '../text/terms.js';

/**
 * Arrow as LanceDB loads it (its CommonJS build). The ES module build is a second copy of every
 * class, and LanceDB takes a table made from it for a foreign object and rebuilds it (which fails).
 */
const {
  Field,
  FixedSizeList: FixedSizeListType,
  Float32,
  Int32,
  makeData,
  RecordBatch: Batch,
  Schema: SchemaType,
  Struct,
  Table: TableType,
  Utf8,
  vectorFromArray,
} = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

/** The "passages" table: each passage with its index terms (space-separated) and its vector. */
export function passageSchema(dimension: number): Schema {
  return new SchemaType([
    new Field('id', new Utf8(), false),
    new Field('docId', new Utf8(), false),
    new Field('ordinal', new Int32(), false),
    new Field('title', new Utf8(), false),
    new Field('sectionPath', new Utf8(), false),
    new Field('page', new Int32(), true),
    new Field('lang', new Utf8(), false),
    new Field('text', new Utf8(), false),
    new Field('terms', new Utf8(), false),
    new Field('charStart', new Int32(), false),
    new Field('charEnd', new Int32(), false),
    new Field('sourceUrl', new Utf8(), false),
    new Field('publishedAt', new Utf8(), false),
    new Field('contentHash', new Utf8(), false),
    new Field('vector', new FixedSizeListType(dimension, new Field('item', new Float32(), true)), false),
  ]);
}

/** The terms column of a passage: what the engine and the full-text index search. */
export function passageTerms(p: Pick<Passage, 'title' | 'sectionPath' | 'text'>): string {
  return indexTerms(`${p.title} ${p.sectionPath} ${p.text}`).join(' ');
}

/** Passages per term-splitting step: splitting takes about 0.1 ms a passage. */
const TERMS_PER_STEP = 32;

/**
 * The rows of `passages` as an Arrow table of `passageSchema`, built column by column (vectors
 * copied as packed floats, never as JavaScript numbers) in steps, so a document of thousands of
 * passages is turned into rows without holding the event loop (issue 24: 8,572 passages once held
 * it for seconds in LanceDB's row-by-row conversion).
 */
export function* passageTableSteps(passages: readonly Passage[], vectors: readonly Float32Array[], dimension: number): Steps<Table> {
  if (vectors.length !== passages.length) throw new Error(`${passages.length} passages but ${vectors.length} vectors`);
  const schema = passageSchema(dimension);
  const fields = schema.fields;
  const batches: RecordBatch[] = [];
  for (let start = 0; start < passages.length; start += ITEMS_PER_STEP) {
    const slice = passages.slice(start, start + ITEMS_PER_STEP);
    const terms: string[] = [];
    for (const p of slice) {
      terms.push(passageTerms(p));
      if (terms.length % TERMS_PER_STEP === 0) yield;
    }
    const packed = new Float32Array(slice.length * dimension);
    slice.forEach((p, i) => {
      const vector = vectors[start + i] as Float32Array;
      if (vector.length !== dimension) throw new Error(`passage ${p.id} has a vector of ${vector.length} dimensions, the index ${dimension}`);
      packed.set(vector, i * dimension);
    });
    const text = (pick: (p: Passage) => string) => vectorFromArray(slice.map(pick), new Utf8()).data[0];
    const int = (pick: (p: Passage) => number | null) => vectorFromArray(slice.map(pick), new Int32()).data[0];
    const vectorType = fields[14]?.type as FixedSizeList<Float32Type>;
    const columns = [
      text((p) => p.id),
      text((p) => p.docId),
      int((p) => p.ordinal),
      text((p) => p.title),
      text((p) => p.sectionPath),
      int((p) => p.page ?? null),
      text((p) => p.lang),
      text((p) => p.text),
      vectorFromArray(terms, new Utf8()).data[0],
      int((p) => p.charStart),
      int((p) => p.charEnd),
      text((p) => p.sourceUrl),
      text((p) => p.publishedAt),
      text((p) => p.contentHash),
      makeData({ type: vectorType, length: slice.length, nullCount: 0, child: makeData({ type: new Float32(), length: packed.length, data: packed }) }),
    ];
    batches.push(new Batch(schema, makeData({ type: new Struct(fields), length: slice.length, nullCount: 0, children: columns as never })));
    yield;
  }
  return new TableType(schema, batches);
}
