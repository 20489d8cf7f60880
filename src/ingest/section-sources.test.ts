import { describe, expect, it } from 'vitest';
import { chunkDocument } from './chunk.js';
import { finishDocument, ParseError, parseDocument } from './parse-document.js';
import { declaredSources, extractSourceMarkers, shiftOffset, sourceAt } from './section-sources.js';

const A = 'https://a.example/report';
const B = 'https://b.example/news';
const C = 'https://c.example/plain';

const DOC = `---
id: zones-en
title: Zones
lang: en
sources:
  - id: a-report
    url: ${A}
  - id: b-news
    url: ${B}
  - ${C}
---
# Zones

Intro text without a marker.

## First round

Source: a-report

The first round named eight regions.

### Detail

A detail under the first round.

## Second round

Source: b-news

The second round named six regions.

Source: ${C}

A later paragraph from the plain source.

## Sources

- ${A}
`;

describe('declared sources', () => {
  it('reads id/url mappings and plain URLs, dropping non-web links', () => {
    expect(declaredSources([{ id: 'x', url: A }, B, 'javascript:alert(1)', { id: 'y', url: 'ftp://z' }])).toEqual([{ id: 'x', url: A }, { url: B }]);
    expect(declaredSources(A)).toEqual([{ url: A }]);
    expect(declaredSources(undefined)).toEqual([]);
  });

  it("reads a source's own date, and refuses a malformed one", () => {
    expect(
      declaredSources([
        { id: 'x', url: A, date: '2026-01-22' },
        { url: B, date: new Date('2018-12-27T00:00:00Z') },
      ]),
    ).toEqual([
      { id: 'x', url: A, date: '2026-01-22' },
      { url: B, date: '2018-12-27' },
    ]);
    expect(() => declaredSources([{ id: 'x', url: A, date: '22 January 2026' }])).toThrow(/date "22 January 2026" is not a date/);
    expect(() => declaredSources([{ id: 'x', url: A, date: '2026-13-45' }])).toThrow(/is not a date/);
  });

  it('dates each passage by the source it cites, and by the document where that source names no date', async () => {
    const dated = DOC.replace('lang: en\n', 'lang: en\nasOf: 2018-12-27\n').replace(`url: ${B}\n`, `url: ${B}\n    date: 2026-01-22\n`);
    const passages = await chunkDocument(parseDocument('zones.en.md', dated));
    const of = (text: string) => passages.find((p) => p.text.includes(text));
    expect(of('The second round')).toMatchObject({ sourceUrl: B, publishedAt: '2026-01-22' });
    expect(of('The first round')).toMatchObject({ sourceUrl: A, publishedAt: '2018-12-27' });
    expect(of('A later paragraph')).toMatchObject({ sourceUrl: C, publishedAt: '2018-12-27' });
  });

  it("keeps the admin's publishedAt for the upload's own source", async () => {
    const dated = DOC.replace(`url: ${A}\n`, `url: ${A}\n    date: 2020-01-01\n`);
    const passages = await chunkDocument(parseDocument('zones.en.md', dated, { sourceUrl: A, publishedAt: '2025-01-22' }));
    expect(passages.find((p) => p.text.includes('The first round'))?.publishedAt).toBe('2025-01-22');
  });

  it('rejects a duplicated id', () => {
    expect(() =>
      declaredSources([
        { id: 'x', url: A },
        { id: 'x', url: B },
      ]),
    ).toThrow(/declared twice/);
  });
});

describe('source markers', () => {
  it('ties each stretch of text to its marker, inheriting into subsections and ending at the next heading', () => {
    const doc = parseDocument('zones.en.md', DOC);
    expect(doc.sourceUrl).toBe(A);
    expect(doc.sources).toEqual([A, B, C]);
    expect(doc.body).not.toMatch(/^Source:/m);
    const at = (text: string) => sourceAt(doc.sourceStarts, doc.body.indexOf(text), doc.sourceUrl);
    expect(at('Intro text')).toBe(A); // no marker: the document's own source
    expect(at('The first round')).toBe(A);
    expect(at('A detail under')).toBe(A);
    expect(at('The second round')).toBe(B);
    expect(at('A later paragraph')).toBe(C);
  });

  it('gives each passage the source of its stretch, never packing two sources into one passage', async () => {
    const passages = await chunkDocument(parseDocument('zones.en.md', DOC));
    const of = (text: string) => passages.find((p) => p.text.includes(text));
    expect(of('The second round')?.sourceUrl).toBe(B);
    expect(of('A later paragraph')?.sourceUrl).toBe(C);
    expect(of('The second round')).not.toBe(of('A later paragraph'));
    expect(of('Intro text')?.sourceUrl).toBe(A);
    expect(passages.some((p) => p.text.includes('Source:'))).toBe(false);
  });

  it('ends a marker at the next heading of the same level, falling back to the document source', () => {
    const body = '# T\n\n## One\n\nSource: b\n\nfrom b\n\n## Two\n\nfrom default';
    const out = extractSourceMarkers(body, [{ id: 'b', url: B }], A);
    expect(out.body).toBe('# T\n\n## One\n\nfrom b\n\n## Two\n\nfrom default');
    expect(sourceAt(out.starts, out.body.indexOf('from b'), A)).toBe(B);
    expect(sourceAt(out.starts, out.body.indexOf('from default'), A)).toBe(A);
  });

  it('leaves prose that only looks like a marker ("Source: KICOX") when the document declares no ids', () => {
    const out = extractSourceMarkers('## Figures\n\nSource: KICOX\n\n1,330 complexes.', [{ url: A }], A);
    expect(out.body).toContain('Source: KICOX');
    expect(out.starts).toEqual([]);
  });

  it('takes a full URL as a marker in any document and adds it to the sources', () => {
    const doc = parseDocument('r.md', `# R\n\nOpening.\n\n## Part\n\nSource: ${B}\n\nBody of the part.`);
    expect(doc.sources).toContain(B);
    expect(sourceAt(doc.sourceStarts, doc.body.indexOf('Body of the part'), doc.sourceUrl)).toBe(B);
  });

  it('ignores marker-shaped lines inside code fences', () => {
    const body = '## Code\n\n```\nSource: https://b.example/news\n```';
    expect(extractSourceMarkers(body, [], A).body).toBe(body);
  });

  it('names the file when a marker refers to an undeclared id', () => {
    const raw = `---\nsources:\n  - id: a-report\n    url: ${A}\n---\n## S\n\nSource: a-reprot\n\nText.`;
    expect(() => parseDocument('typo.md', raw)).toThrow(ParseError);
    expect(() => parseDocument('typo.md', raw)).toThrow(/typo\.md: .*a-reprot/);
  });

  it('moves offsets of later text back by the lines taken out', () => {
    const body = 'one\nSource: x\ntwo';
    expect(shiftOffset(body.indexOf('two'), [[4, 10]])).toBe(4);
    expect(shiftOffset(2, [[4, 10]])).toBe(2);
  });

  it('keeps page offsets of a paged document on their text when marker lines are taken out', () => {
    const body = `Page one text.\n\nSource: ${B}\n\nPage two text.`;
    const doc = finishDocument({
      file: 'r.pdf',
      body,
      pages: [
        { page: 1, start: 0 },
        { page: 2, start: body.indexOf('Page two') },
      ],
    });
    expect(doc.body).toBe('Page one text.\n\nPage two text.');
    expect(doc.pages).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: doc.body.indexOf('Page two') },
    ]);
    expect(sourceAt(doc.sourceStarts, doc.body.indexOf('Page two'), doc.sourceUrl)).toBe(B);
  });
});
