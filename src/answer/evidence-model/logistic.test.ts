import { describe, expect, it } from 'vitest';
import { balancedAccuracy, balancedThreshold, fitLogistic, probability } from './logistic.js';

describe('fitLogistic', () => {
  it('learns a separating weight and a calibrated threshold on separable data', () => {
    const examples = Array.from({ length: 40 }, (_, i) => {
      const x = i / 40;
      return { features: { x, noise: (i * 7) % 3 === 0 ? 1 : 0 }, label: (x >= 0.5 ? 1 : 0) as 0 | 1 };
    });
    const model = fitLogistic(['x', 'noise'] as const, examples, { epochs: 4000, rate: 1 });
    expect(model.weights.x).toBeGreaterThan(5);
    expect(Math.abs(model.weights.noise)).toBeLessThan(Math.abs(model.weights.x) / 5);
    model.threshold = balancedThreshold(model, examples);
    const scored = examples.map((e) => ({ p: probability(model, e.features), label: e.label }));
    expect(balancedAccuracy(scored, model.threshold)).toBeGreaterThanOrEqual(0.95);
  });

  it('weighs both classes equally however many of each there are, and counts example weights', () => {
    const many = Array.from({ length: 90 }, () => ({ features: { x: 0 }, label: 0 as const }));
    const few = Array.from({ length: 10 }, () => ({ features: { x: 0 }, label: 1 as const }));
    // Identical features: with balanced classes the best constant is a probability of one half.
    expect(probability(fitLogistic(['x'] as const, [...many, ...few]), { x: 0 })).toBeCloseTo(0.5, 1);
    const heavy = few.map((e) => ({ ...e, weight: 3 }));
    const light = many.map((e) => ({ ...e, weight: 1 }));
    expect(probability(fitLogistic(['x'] as const, [...light, ...heavy]), { x: 0 })).toBeCloseTo(0.5, 1);
  });

  it('keeps a weight at zero rather than let it take the sign it was forbidden', () => {
    // y follows x; z is anti-correlated with y in this sample only, so a free fit gives it a negative weight.
    const examples = Array.from({ length: 60 }, (_, i) => {
      const x = (i % 10) / 10;
      const label = (x >= 0.5 ? 1 : 0) as 0 | 1;
      return { features: { x, z: label === 1 ? 0 : 1 }, label };
    });
    const free = fitLogistic(['x', 'z'] as const, examples, { epochs: 2000 });
    expect(free.weights.z).toBeLessThan(-0.5);
    const signed = fitLogistic(['x', 'z'] as const, examples, { epochs: 2000, signs: { z: 1 } });
    expect(signed.weights.z).toBe(0);
    expect(signed.weights.x).toBeGreaterThan(1);
  });

  it('holds a fixed weight and fits the rest around it, as if the vetoed examples were settled', () => {
    // v vetoes: every example with v = 1 is negative whatever x says; among the rest y follows x.
    const examples = Array.from({ length: 80 }, (_, i) => {
      const x = (i % 20) / 20;
      const v = i % 4 === 0 ? 1 : 0;
      return { features: { x, v }, label: (v === 0 && x >= 0.5 ? 1 : 0) as 0 | 1 };
    });
    const withVeto = fitLogistic<'x' | 'v'>(['x'], examples, { epochs: 3000, rate: 1, fixed: { v: -20 } });
    expect(withVeto.weights.v).toBe(-20);
    // The fixed veto settles its examples, so the rest fit as if those were absent (classes are
    // balanced over what is left, up to the vetoed examples' tiny remaining loss).
    const alone = fitLogistic(
      ['x'] as const,
      examples.filter((e) => e.features.v === 0),
      { epochs: 3000, rate: 1 },
    );
    const bar = (m: { bias: number; weights: { x: number } }) => -m.bias / m.weights.x;
    expect(bar(withVeto)).toBeGreaterThan(0.4);
    expect(bar(withVeto)).toBeLessThan(0.6);
    // Without the veto the vetoed negatives drag the bar up: the fixed weight is what keeps it.
    const unvetoed = fitLogistic(['x'] as const, examples, { epochs: 3000, rate: 1 });
    expect(bar(unvetoed)).toBeGreaterThan(bar(withVeto) + 0.05);
    expect(Math.abs(bar(withVeto) - bar(alone))).toBeLessThan(0.05);
    expect(() => fitLogistic(['x'] as const, examples, { fixed: { x: 1 } })).toThrow(/fitted or fixed/);
  });
});
