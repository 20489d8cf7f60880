import { describe, expect, it } from 'vitest';
import { answerForSpeech, answerSegments } from './answer-segments.js';

describe('answerSegments', () => {
  it('turns cited [n] markers into footnotes and keeps the text around them', () => {
    expect(answerSegments('목표는 미래형 산업집적지 실현이다 [1]. 또한 [2][3]', new Set([1, 2, 3]))).toEqual([
      { kind: 'text', text: '목표는 미래형 산업집적지 실현이다 ' },
      { kind: 'cite', n: 1 },
      { kind: 'text', text: '. 또한 ' },
      { kind: 'cite', n: 2 },
      { kind: 'cite', n: 3 },
    ]);
  });

  it('splits grouped markers and leaves numbers without a citation as text', () => {
    expect(answerSegments('a [1, 2] b [7] c [x]', new Set([1, 2]))).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'cite', n: 1 },
      { kind: 'cite', n: 2 },
      { kind: 'text', text: ' b [7] c [x]' },
    ]);
  });

  it('leaves a marker cut in half by streaming as text until it completes', () => {
    expect(answerSegments('answer [1', new Set([1]))).toEqual([{ kind: 'text', text: 'answer [1' }]);
  });

  it('reads answers without markers for screen readers', () => {
    expect(answerForSpeech('First [1]. Second [2, 3]\n third.')).toBe('First. Second third.');
  });
});
