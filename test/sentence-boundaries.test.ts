import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from '../src/ingest/chunk.js';
import { loadDocument } from '../src/ingest/loaders/load-document.js';
import { ParseError } from '../src/ingest/parse-document.js';
import { splitSentences } from '../src/text/sentences.js';

// Every document we index: the corpus and the real Korean public documents of the upload fixtures
// (outside the repo; absent in a clone without ../shared, and some no loader reads yet).
const FIXTURES = path.resolve('../shared/fixtures/korean-documents');
const files = [
  ...readdirSync('corpus')
    .filter((f) => f.endsWith('.md') && f === f.toLowerCase())
    .map((f) => path.join('corpus', f)),
  ...(existsSync(FIXTURES)
    ? readdirSync(FIXTURES)
        .filter((f) => /\.hwpx?$/i.test(f))
        .map((f) => path.join(FIXTURES, f))
    : []),
];

/** A Korean phone number as contact boxes write it: 044-203-3111, (02) 2110-2430. */
const PHONE = /(?<!\d)\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}(?!\d)/;

/** A key-value label of one-syllable words ("장    소:", "과 업 명 :"), at the start of a line or after its outline number. */
const SPACED_LABEL = /^[ \t]*(?:[가-하\d]{1,2}[.)][ \t]*)?[가-힣](?:[ \t]+[가-힣])+[ \t]*[:：]/mu;

/** A cut inside a date or an enumeration: the fragment ends in "2023." or "1." and its line goes on with a number or Korean. */
function cutAfterNumber(text: string, end: number, fragment: string): boolean {
  if (!/\d\.$/.test(fragment)) return false;
  return /^[ \t]+[\d\p{Script=Hangul}(]/u.test(text.slice(end));
}

/**
 * A Korean fragment ending in a bare year ("… ~ 2023."): Korean sentences end in a verb, not a year.
 * A table cell may hold a year ("예시: 2017"); a cell is a value, not a cut sentence.
 */
function koreanEndsInYear(fragment: string): boolean {
  const hangul = fragment.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = fragment.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul > latin && /(?:^|[^\s:|])\s+\d{4}\.?$|^\d{4}\.?$/.test(fragment);
}

describe('sentence and passage boundaries and sizes, and no phone number, over every corpus and fixture document', () => {
  it('finds the documents', () => {
    expect(files.filter((f) => f.startsWith('corpus')).length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(path.basename(file), async () => {
      let doc: Awaited<ReturnType<typeof loadDocument>>;
      try {
        doc = await loadDocument({ file: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
      } catch (error) {
        // A fixture a loader refuses (legacy HWP, no text) is the loaders' tests' business.
        if (error instanceof ParseError && !file.startsWith('corpus')) return;
        throw error;
      }
      const bad: string[] = [];
      for (const passage of await chunkDocument(doc)) {
        if (cutAfterNumber(doc.body, passage.charEnd, passage.text)) bad.push(`passage ends: …${passage.text.slice(-40)}`);
        // A table too: never one passage of thousands of characters.
        if (passage.text.length > DEFAULT_CHUNK_OPTIONS.maxChars) bad.push(`passage of ${passage.text.length} characters: ${passage.text.slice(0, 40)}…`);
        // A press release's contact box is document metadata: no phone number is ever a quotable passage.
        const phone = PHONE.exec(passage.text);
        if (phone) bad.push(`phone number in a passage: ${phone[0]}`);
        // A label spread over its column ("장    소:", "과 업 명:") reads as its word, or no question finds it.
        const spaced = SPACED_LABEL.exec(passage.text);
        if (spaced) bad.push(`letter-spaced label: ${spaced[0]}`);
        for (const s of splitSentences(passage.text, 1)) {
          if (cutAfterNumber(passage.text, s.end, s.text) || koreanEndsInYear(s.text)) bad.push(`sentence ends: …${s.text.slice(-40)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
