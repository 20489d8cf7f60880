import { describe, expect, it } from 'vitest';
import { splitQuestionParts } from './question-parts.js';

describe('question parts', () => {
  it('splits a multi-part question at "and", commas and Korean conjunctions', () => {
    expect(splitQuestionParts('Which law applies, and what incentives are there?')).toEqual(['Which law applies', 'what incentives are there']);
    expect(splitQuestionParts('기회발전특구는 언제 지정되었고 세제 혜택은 무엇인가요?')).toEqual(['기회발전특구는 언제 지정되었', '세제 혜택은 무엇인가요']);
    expect(splitQuestionParts('What is the goal of the 5th plan?')).toEqual(['What is the goal of the 5th plan']);
    // The connective -며 lists clauses as -고 does: where it meets, and how many sit on it.
    expect(splitQuestionParts('부두 위원회는 어디에서 열리며 위원은 몇 명인가요?')).toEqual(['부두 위원회는 어디에서 열리', '위원은 몇 명인가요']);
  });

  it('drops parts without a content word', () => {
    expect(splitQuestionParts('How many, and when?')).toEqual([]);
  });
});

describe('the colloquial conjunction 이랑', () => {
  it('splits two things asked about each', () => {
    expect(splitQuestionParts('부두 예산, 신항이랑 구항 각각 얼마씩임?')).toEqual(['부두 예산', '신항', '구항 각각 얼마씩임']);
  });
});
