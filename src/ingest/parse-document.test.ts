import { describe, expect, it } from 'vitest';
import { ParseError, parseDocument } from './parse-document.js';

describe('parseDocument', () => {
  it('reads front matter fields', () => {
    const doc = parseDocument('a.md', '---\nid: a-en\ntitle: A\nlang: en\nasOf: 2025-02-01\nsources:\n  - https://x.org\n---\n# A\n\nText.');
    expect(doc).toMatchObject({ id: 'a-en', title: 'A', lang: 'en', publishedAt: '2025-02-01', sourceUrl: 'https://x.org', sources: ['https://x.org'] });
  });

  it('detects the language and derives an id when there is no front matter', () => {
    const doc = parseDocument('notes/My Notes.txt', '산업단지는 제조업 생산의 큰 몫을 차지한다.');
    expect(doc.lang).toBe('ko');
    expect(doc.id).toBe('my-notes');
  });

  it('keeps headings and drops navigation from HTML', () => {
    const doc = parseDocument(
      'p.html',
      '<html><head><title>Page</title></head><body><nav>Menu Home</nav><main><h2>Goal</h2><p>Build clusters &amp; zones.</p></main></body></html>',
    );
    expect(doc.title).toBe('Page');
    expect(doc.body).toContain('## Goal');
    expect(doc.body).toContain('Build clusters & zones.');
    expect(doc.body).not.toContain('Menu');
  });

  it('leaves an unknown entity as written, even one named like an object property', () => {
    const doc = parseDocument('p.html', '<html><body><main><p>Rule &constructor; and &toString; stay.</p></main></body></html>');
    expect(doc.body).toContain('Rule &constructor; and &toString; stay.');
  });

  it.each([
    ['bad.md', '---\nid: [unclosed\n---\ntext', /front matter is not valid YAML/],
    ['empty.md', '   \n\n', /no text/],
    ['bin.txt', 'abc\u0000def', /binary/],
    ['x.pdf', 'whatever', /unsupported file type/],
    ['l.md', '---\nlang: fr\n---\ntext', /lang must be/],
  ])('rejects %s with a reason naming the file', (file, raw, reason) => {
    expect(() => parseDocument(file, raw)).toThrow(ParseError);
    expect(() => parseDocument(file, raw)).toThrow(reason);
    expect(() => parseDocument(file, raw)).toThrow(file);
  });
});
