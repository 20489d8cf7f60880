import { describe, expect, it } from 'vitest';
import { statsOfTexts } from '../retrieve/corpus-stats.js';
import type { Answerability } from './answerability.js';
import { weightUnits } from './answerability.js';
import { questionUnits } from './question-units.js';
import { officialLeavesOpen } from './upload-evidence.js';

const OFFICIAL = statsOfTexts([
  '로켓 발사장은 남해안에 있다.',
  '법률의 이름은 2002년에 바뀌었다.',
  '특구 기업은 세금을 감면받는다.',
  '산업단지 지원 정책을 정리했다.',
]);

/** An "answerable" official judgment of `question` whose evidence lacks `uncovered`. */
function judged(question: string, uncovered: string[], answerable = true): Answerability {
  const units = weightUnits(questionUnits(question), OFFICIAL);
  return {
    answerable,
    probability: answerable ? 0.7 : 0.2,
    features: {
      share: 0.5,
      single: 0.5,
      first: 0.5,
      uncoveredRare: uncovered.length > 0 ? 0.5 : 0,
      unknownWeight: 0,
      unknownHead: 0,
      unknownName: 0,
      unsupported: 0,
      units: 0.3,
    },
    unsupported: [],
    share: 0.5,
    uncovered,
    units,
    topical: [],
  };
}

describe('officialLeavesOpen', () => {
  it('leaves a question to uploads when the official evidence does not answer it', () => {
    expect(officialLeavesOpen(judged('특구 세금은?', [], false), OFFICIAL)).toBe(true);
  });

  it('keeps an answer whose evidence covers every rare word', () => {
    expect(officialLeavesOpen(judged('특구 세금은?', []), OFFICIAL)).toBe(false);
  });

  it('leaves it open when a rare word the official documents use elsewhere is missing from the evidence', () => {
    expect(officialLeavesOpen(judged('발사장 이름은?', ['발사장']), OFFICIAL)).toBe(true);
  });

  it('keeps the answer when the missing word is one the official documents never use (a paraphrase or an unknown topic)', () => {
    expect(officialLeavesOpen(judged('특구 세금 혜택은?', ['혜택']), OFFICIAL)).toBe(false);
  });
});
