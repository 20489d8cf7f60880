import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../text/normalise.js';
import { chunkDocument } from '../chunk.js';
import { finishDocument } from '../parse-document.js';
import { renderBlocks } from './blocks.js';

describe('renderBlocks', () => {
  it('writes headings as # lines, a table of labels and values as "label: value" rows, and escapes stray heading marks', () => {
    const { body, pages } = renderBlocks([
      { kind: 'heading', level: 2, text: 'Task  areas\n' },
      { kind: 'paragraph', text: '# not a heading\n\n\nsame paragraph' },
      {
        kind: 'table',
        rows: [
          ['Area', 'Measure'],
          ['', ''],
          ['Land', 'industrial land bank'],
        ],
      },
    ]);
    expect(body).toBe('## Task areas\n\n\\# not a heading\nsame paragraph\n\nArea: Measure\nLand: industrial land bank');
    expect(pages).toBeUndefined();
  });

  it('records where each page starts, on a body that normalising leaves unchanged', () => {
    const { body, pages } = renderBlocks([
      { kind: 'heading', level: 1, text: 'One', page: 1 },
      { kind: 'paragraph', text: 'first page text', page: 1 },
      { kind: 'paragraph', text: '  second page text  ', page: 2 },
      { kind: 'paragraph', text: 'third', page: 4 },
    ]);
    expect(normaliseText(body)).toBe(body);
    expect(pages).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: body.indexOf('second') },
      { page: 4, start: body.indexOf('third') },
    ]);
  });
});

describe('chunking a paged document', () => {
  it('gives every passage the page it lies on and never packs two pages into one passage', async () => {
    const { body, pages } = renderBlocks([
      { kind: 'heading', level: 1, text: 'Plan', page: 1 },
      { kind: 'paragraph', text: 'Short text on page one.', page: 1 },
      { kind: 'paragraph', text: 'Short text on page two.', page: 2 },
      { kind: 'paragraph', text: 'More text, still on page two.', page: 2 },
      { kind: 'paragraph', text: 'Page three.', page: 3 },
    ]);
    const doc = finishDocument({ file: 'plan.pdf', body, pages });
    const passages = await chunkDocument(doc);
    expect(passages.map((p) => [p.page, p.text])).toEqual([
      [1, 'Short text on page one.'],
      [2, 'Short text on page two.\n\nMore text, still on page two.'],
      [3, 'Page three.'],
    ]);
    for (const p of passages) expect(body.slice(p.charStart, p.charEnd)).toBe(p.text);
  });

  it('leaves unpaged documents without a page', async () => {
    const passages = await chunkDocument(finishDocument({ file: 'a.md', body: '# A\n\ntext' }));
    expect(passages[0]).not.toHaveProperty('page');
  });
});
