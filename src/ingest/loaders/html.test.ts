import { describe, expect, it } from 'vitest';
import { loadDocument } from './load-document.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Issue 24 (7): a short article was indexed as its (longer) footer. */
describe('HTML loader: a short page keeps its article', () => {
  const footer = Array.from(
    { length: 6 },
    (_, i) => `<p>Footer line ${i + 1}: the agency's address, office hours, copyright notice and the list of related public institutions and portals.</p>`,
  ).join('');
  const page = (article: string) =>
    `<!doctype html><html><head><title>Notice</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
    `<div class="content">${article}</div><div class="site-footer">${footer}</div></body></html>`;

  it('indexes a short article, not the footer beside it', async () => {
    const doc = await loadDocument({
      file: 'notice.html',
      bytes: utf8(page('<article><h1>Smart park call</h1><p>Applications for the smart park pilot close on 30 June.</p></article>')),
    });
    expect(doc.body).toContain('Applications for the smart park pilot close on 30 June.');
    expect(doc.body).not.toContain('Footer line');
  });

  it('keeps a short page without an article element whole, minus its navigation', async () => {
    const doc = await loadDocument({ file: 'plain.html', bytes: utf8(page('<h1>Smart park call</h1><p>Applications close on 30 June.</p>')) });
    expect(doc.body).toContain('Applications close on 30 June.');
    expect(doc.body).not.toContain('News');
  });
});
