import { describe, expect, it } from 'vitest';
import { outlineMarker } from './outline.js';

describe('outlineMarker', () => {
  it('names the family of each numbering and bullet style', () => {
    const kinds = [
      'Ⅱ. 과업 세부내용',
      'IV. Tasks',
      '2. 행사장 조성',
      '가. 행사명',
      '1) 문화행사',
      '나) 장소',
      '(1) 근무인력',
      '(가) 세부',
      '① 입찰가격',
      '□ 기본 정보',
      'o 세부 내용',
      'ㅇ 근무인력 현황',
      '- 항목',
      '⇨ 관람객',
      '※ 참고',
    ].map((line) => outlineMarker(line)?.kind);
    expect(kinds).toEqual([
      'roman',
      'roman',
      'number',
      'hangul',
      'number-paren',
      'hangul-paren',
      'number-enclosed',
      'hangul-enclosed',
      'circled',
      'bullet:□',
      'bullet:o',
      'bullet:o',
      'bullet:-',
      'bullet:⇨',
      'bullet:※',
    ]);
  });

  it('does not take dates, figures or words for markers', () => {
    for (const line of ['2023. 7. 5. 공고', '1. 2. 장미란 제2차관 방문', '-5% 감소', 'only one', '다. ', '1.5배 확대', '119)']) {
      expect(outlineMarker(line), line).toBeUndefined();
    }
  });
});
