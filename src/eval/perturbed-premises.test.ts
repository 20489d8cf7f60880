import { describe, expect, it } from 'vitest';
import { movedCount, movedYear } from './perturbed-premises.js';

describe('perturbed premises', () => {
  it('moves the first year two on, or three back from 2025', () => {
    expect(movedYear('Which harbours opened in 2019 and 2020?')).toBe('Which harbours opened in 2021 and 2020?');
    expect(movedYear('2026년 3월 항만계획은?')).toBe('2023년 3월 항만계획은?');
    expect(movedYear('Which harbours opened?')).toBeUndefined();
  });

  it('moves the first count with its counter three on', () => {
    expect(movedCount('처음 뽑힌 부두 6곳은 어디야?')).toBe('처음 뽑힌 부두 9곳은 어디야?');
    expect(movedCount('Name the 3 zones of 2024')).toBe('Name the 6 zones of 2024');
    expect(movedCount('How big is berth 12.5?')).toBeUndefined();
  });
});
