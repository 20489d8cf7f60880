import { describe, expect, it } from 'vitest';
import { buildBm25Index } from './bm25.js';

const words = (text: string) => text.split(' ');

describe('buildBm25Index', () => {
  const docs = [
    words('cluster policy plan'),
    words('cluster cluster cluster budget'),
    words('budget report for the year with many other words in it'),
    words('smart green cluster'),
  ];
  const index = buildBm25Index(docs);

  it('scores a single term with the textbook formula', () => {
    // "budget": n = 2 of N = 4 documents; document 1 has tf 1 and length 4, average length 5.25.
    const idf = Math.log(1 + (4 - 2 + 0.5) / (2 + 0.5));
    const expected = (idf * 1 * 2.2) / (1 + 1.2 * (1 - 0.75 + (0.75 * 4) / 5.25));
    const hit = index.search({ terms: ['budget'], k: 5 }).find((h) => h.index === 1);
    expect(hit?.score).toBeCloseTo(expected, 10);
  });

  it('ranks by term frequency, rarity and document length', () => {
    expect(index.search({ terms: ['cluster'], k: 1 })[0]?.index).toBe(1);
    // "budget" is in the short document 1 and the long document 2: the short one wins.
    expect(index.search({ terms: ['budget'], k: 2 }).map((h) => h.index)).toEqual([1, 2]);
    // "policy" is rarer than "cluster", so the document holding both beats one holding cluster thrice.
    expect(index.search({ terms: ['cluster', 'policy'], k: 1 })[0]?.index).toBe(0);
  });

  it('counts a repeated query term once and ignores unknown terms', () => {
    expect(index.search({ terms: ['budget', 'budget', 'nowhere'], k: 5 })).toEqual(index.search({ terms: ['budget'], k: 5 }));
  });

  it('filters documents and bounds the result count', () => {
    expect(index.search({ terms: ['cluster'], k: 5, accept: (i) => i !== 1 }).map((h) => h.index)).not.toContain(1);
    expect(index.search({ terms: ['cluster'], k: 2 })).toHaveLength(2);
    expect(buildBm25Index([]).search({ terms: ['x'], k: 3 })).toEqual([]);
  });
});
