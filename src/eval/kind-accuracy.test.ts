import { describe, expect, it } from 'vitest';
import { balancedAccuracy } from './kind-accuracy.js';

describe('balancedAccuracy', () => {
  it('weighs each kind the same within its class, and both classes the same', () => {
    const outcomes = [
      // 9 of 10 spoken questions answered, 0 of 1 formal: the kinds average to 0.45, not 9/11.
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'spoken', answerable: true, right: i > 0 })),
      { kind: 'formal', answerable: true, right: false },
      { kind: 'absent-year', answerable: false, right: true },
      { kind: 'absent-year', answerable: false, right: false },
    ];
    const figures = balancedAccuracy(outcomes);
    expect(figures.answerable).toBeCloseTo(0.45);
    expect(figures.unanswerable).toBeCloseTo(0.5);
    expect(figures.balanced).toBeCloseTo(0.475);
  });

  it('gives 0 for a class with no questions', () => {
    expect(balancedAccuracy([{ kind: 'tune', answerable: true, right: true }])).toEqual({ answerable: 1, unanswerable: 0, balanced: 0.5 });
  });
});
