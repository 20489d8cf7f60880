import { describe, expect, it } from 'vitest';
import { contradictedTargetYear } from './target-years.js';

describe('target years', () => {
  const answer = [
    'At the ministers’ meeting of 3 May 2030, the ministry said it would build 12 new berths by 2034.',
    '항만청은 2034년까지 부두 12곳을 새로 짓겠다고 밝혔다.',
  ];

  it('fails a premise that sets the plan to end in another year than the answer does', () => {
    expect(contradictedTargetYear('When did the ministry decide to build 12 new berths by 2031?', answer).map((s) => s.text)).toEqual(['2031']);
    expect(contradictedTargetYear('항만청이 2031년까지 부두 12곳 짓겠다고 한 게 언제야?', answer).map((s) => s.text)).toEqual(['2031']);
  });

  it('holds the premise when the answer gives the same target, or states another plan', () => {
    expect(contradictedTargetYear('When did the ministry decide to build 12 new berths by 2034?', answer)).toEqual([]);
    expect(contradictedTargetYear('When will the ferry fleet be renewed by 2031?', answer)).toEqual([]);
    // No target in the question: a year it names is judged elsewhere.
    expect(contradictedTargetYear('How many berths were built in 2031?', answer)).toEqual([]);
  });
});
