import { describe, expect, it } from 'vitest';
import { figureDateProblems } from './figure-date-check.js';
import { figureIdentity } from './figure-identity.js';
import { extractKeyFigures, figuresIn } from './key-figures.js';
import type { Briefing, BriefingCitation } from './types.js';

function citation(n: number, quote: string): BriefingCitation {
  return {
    n,
    quote,
    passageId: `p${n}`,
    docId: 'yongin-semiconductor-en',
    title: 'Yongin',
    sectionPath: 'March 2023: National High-Tech Industrial Belt Plan',
    sourceUrl: 'https://example.org/a',
    reference: 1,
  } as BriefingCitation;
}

describe('figure identity', () => {
  it('is one across languages, scale words and unit spellings', () => {
    expect(figureIdentity('약 778만㎡')).toBe(figureIdentity('about 7.78 million m²'));
    expect(figureIdentity('4,076만㎡')).toBe(figureIdentity('40.76 million m²'));
    expect(figureIdentity('360조 원')).toBe(figureIdentity('KRW 360 trillion'));
    expect(figureIdentity('1,200만 평')).toBe(figureIdentity('12 million pyeong'));
    expect(figureIdentity('37%')).toBe(figureIdentity('37 per cent'));
    expect(figureIdentity('15개')).toBe(figureIdentity('15 candidate sites'));
    expect(figureIdentity('15 candidate sites')).toBe(figureIdentity('15 candidate national complexes'));
    expect(figureIdentity('6기')).toBe(figureIdentity('six Samsung Electronics system-semiconductor fabs'));
    // Different values or different units stay apart.
    expect(figureIdentity('778만㎡')).not.toBe(figureIdentity('777만㎡'));
    expect(figureIdentity('150만 평')).not.toBe(figureIdentity('150만㎡'));
    expect(figureIdentity('50%')).not.toBe(figureIdentity('50개'));
  });

  it('finds counts written in words and counts of a listed noun, as the Korean counter finds them', () => {
    const en = 'The complex is to host six Samsung Electronics system-semiconductor fabs and more than 80 materials, parts, equipment and design companies.';
    const ko = '용인 국가산업단지에는 삼성전자의 시스템반도체 생산설비(팹) 6기와 80여 개 소재·부품·장비·설계 기업이 입주할 예정이다.';
    expect(figuresIn(en).map((f) => figureIdentity(f.text))).toEqual(figuresIn(ko).map((f) => figureIdentity(f.text)));
    expect(figuresIn(en).map((f) => figureIdentity(f.text))).toEqual(['6 count', '80 count']);
  });

  it('puts a figure in the table once, however its sentences name what it counts', () => {
    const citations = [
      citation(1, 'On 15 March 2023, the government announced its plan with 15 candidate sites for national industrial complexes.'),
      citation(2, 'The 15 candidate national complexes announced in March 2023 cover a total of 40.76 million m² (about 12 million pyeong).'),
    ];
    const rows = extractKeyFigures(citations, (c) => ({ sectionPath: c.sectionPath }));
    const figures = rows.flatMap((r) => r.values.map((v) => v.figure));
    expect(figures).toEqual(['15 candidate sites', '40.76 million m²', '12 million pyeong']);
  });

  it('makes the table check report one figure listed twice in other words', () => {
    const citations = [
      citation(1, 'The plan named 15 candidate sites in March 2023.'),
      citation(2, 'The 15 candidate national complexes were named in March 2023.'),
    ];
    const value = (figure: string, n: number) => ({ figure, context: figure, referenceDate: 'March 2023', citation: n, reference: 1 });
    const briefing = {
      keyFigures: [{ values: [value('15 candidate sites', 1)] }, { values: [value('15 candidate national complexes', 2)] }],
      citations,
      references: [{ n: 1, sourceUrl: 'https://example.org/a', titles: [], sections: [] }],
    } as unknown as Briefing;
    expect(figureDateProblems(briefing)).toEqual(['15 candidate national complexes: listed twice']);
  });
});
