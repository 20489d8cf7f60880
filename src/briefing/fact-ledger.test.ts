import { describe, expect, it } from 'vitest';
import { FactLedger, factKeys } from './fact-ledger.js';

describe('FactLedger', () => {
  it('keeps a fact once: the same figure and date, or the same day, told again in other words', () => {
    const ledger = new FactLedger();
    expect(ledger.add('5차 계획안은 3년 안에 문화선도산업단지(문화선도산단) 10곳을 지정하는 방안을 제시했다.', '2025-01-22')).toBe(true);
    expect(ledger.add('2025년 1월 공개된 제5차 산업집적활성화 기본계획(안)은 3년 안에 문화선도산단 10곳을 지정하는 방안을 담았다.')).toBe(false);
    expect(ledger.add('산업통상자원부는 2025년 1월 21일 오후 한국기술센터에서 5차 계획안에 관한 전문가 간담회를 개최했다.')).toBe(true);
    expect(ledger.add('산업통상자원부는 2025년 1월 21일 제5차 산업집적활성화 기본계획(안)에 관한 전문가 간담회를 열었다.')).toBe(false);
  });

  it('keeps different facts that share a figure, or sentences without figures that differ', () => {
    const ledger = new FactLedger();
    expect(ledger.add('정부는 2026년 문화선도산업단지 3곳을 추가로 선정하기 위한 절차에 착수했다.')).toBe(true);
    expect(ledger.add('2018년 6월 첫 선정에서 청년친화형 선도 산업단지 3곳이 포함되었다.')).toBe(true);
    expect(ledger.add('5차 계획안의 목표는 첨단산업을 선도하는 미래형 산업집적지 실현이다.')).toBe(true);
    expect(ledger.add('산업집적활성화 기본계획의 법적 근거는 산업집적법 제3조이다.')).toBe(true);
  });

  it('never drops a near copy that states a figure the briefing lacks; compares sentences without their bracketed glosses', () => {
    const ledger = new FactLedger();
    expect(ledger.add('용인 국가산업단지 부지는 약 778만㎡로 확대되었다.')).toBe(true);
    expect(ledger.add('용인 국가산업단지 부지는 777만㎡로 확대되었다.')).toBe(true);
    expect(
      ledger.add(
        'The Special Act on Promoting Balanced Regional Investment is to contain incentives such as regulatory exceptions inside Opportunity Development Zones.',
      ),
    ).toBe(true);
    expect(ledger.add('The special act is to contain incentives such as regulatory exceptions inside Opportunity Development Zones (기회발전특구).')).toBe(
      false,
    );
  });

  it('reads figures with their month, days and quoted names as the facts of a sentence', () => {
    expect(factKeys("2025년 1월 21일 '지역균형투자촉진특별법' 제정과 10곳 지정")).toEqual([
      'figure:10 count@2025-1',
      'name:지역균형투자촉진특별법',
      'day:2025-1-21',
    ]);
  });
});
