import { describe, expect, it } from 'vitest';
import { contentWords } from './query-words.js';

describe('question content words (Korean)', () => {
  it('strips particles, quotative endings and existence verbs', () => {
    expect(contentWords('산업집적이 법에서 뭐라고 정의돼 있어?')).toEqual(['산업집적', '정의']);
    expect(contentWords('기회발전특구의 법적 근거는 무엇인가요?')).toEqual(['기회발전특구', '법적', '근거']);
  });

  it('keeps a two-syllable noun whose last syllable looks like an ending', () => {
    expect(contentWords('몇 개 분야로 구성됐나요?')).toContain('분야');
  });
});
