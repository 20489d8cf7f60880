import { describe, expect, it } from 'vitest';
import type { ScoredPassage } from '../core/types.js';
import { isAbsenceStatement, questionUnits, readingOrder, type ScoredSentence } from './select-evidence.js';

function sentence(passageId: string, passageRank: number, start: number, score: number): ScoredSentence {
  const passage = { id: passageId } as ScoredPassage;
  return { start, end: start + 10, text: `${passageId}@${start}`, passage, passageRank, coverage: 0, covered: [], score };
}

describe('select-evidence helpers', () => {
  it('orders passages by their best sentence and keeps document order inside a passage', () => {
    const ordered = readingOrder([sentence('a', 0, 0, 0.7), sentence('b', 5, 40, 0.8), sentence('b', 5, 0, 0.95)]);
    expect(ordered.map((s) => s.text)).toEqual(['b@0', 'b@40', 'a@0']);
  });

  it('treats glossary phrases as one unit with terms in both languages', () => {
    const units = questionUnits('How many Opportunity Development Zones were designated in 2024?');
    const zone = units.find((u) => u.word === 'Opportunity Development Zones');
    expect(zone?.ko.join('')).toContain('특구');
    expect(units.find((u) => u.word === '2024')?.ko).toEqual(['2024']);
  });

  it('recognises sentences that only say what the documents lack', () => {
    expect(isAbsenceStatement('최종 계획의 예산은 이 문서의 출처에서 확인되지 않는다.')).toBe(true);
    expect(isAbsenceStatement('The budget is not stated in the sources.')).toBe(true);
    expect(isAbsenceStatement('기회발전특구는 2024년에 48개가 지정되었다.')).toBe(false);
  });
});
