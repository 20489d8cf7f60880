import { describe, expect, it } from 'vitest';
import { highlightQuote } from './quote-highlight.js';

describe('highlightQuote', () => {
  it('finds a verbatim quote', () => {
    expect(highlightQuote('앞 문장. 인용된 문장이다. 뒤 문장.', '인용된 문장이다.')).toEqual({
      before: '앞 문장. ',
      quote: '인용된 문장이다.',
      after: ' 뒤 문장.',
    });
  });

  it('finds a quote whose whitespace was normalised, and returns the passage text itself', () => {
    const passage = 'The plan\n  aims to realise  future-oriented clusters. Next.';
    const found = highlightQuote(passage, 'aims to realise future-oriented clusters.');
    expect(found?.quote).toBe('aims to realise  future-oriented clusters.');
    expect(`${found?.before}${found?.quote}${found?.after}`).toBe(passage);
  });

  it('gives up on a quote that is not in the passage', () => {
    expect(highlightQuote('nothing here', 'something else')).toBeUndefined();
    expect(highlightQuote('nothing here', '  ')).toBeUndefined();
  });
});
