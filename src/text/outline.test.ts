import { describe, expect, it } from 'vitest';
import { outlineMarker, parentItems, pathItems } from './outline.js';

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

describe('parentItems', () => {
  const text = [
    '아. 입찰관련 주요 추진일정',
    '1) 제안서 제출',
    '가) 일    시: 2023. 7. 25.(화) 9:00 ~ 17:00',
    '나) 장    소: 강북구청 문화관광체육과',
    '2) 제안서 평가위원회 개최',
    '가) 일    시: 2023. 8. 1.(화) 10:00 ~ 12:00',
    '※ 변경 가능',
    '본문 문장입니다.',
  ].join('\n');
  const at = (needle: string) => text.indexOf(needle);

  it('names the items an outline item sits under, nearest first, without their markers', () => {
    expect(parentItems(text, at('장    소'))).toEqual(['제안서 제출', '입찰관련 주요 추진일정']);
    expect(parentItems(text, at('일    시: 2023. 8.'))).toEqual(['제안서 평가위원회 개최', '입찰관련 주요 추진일정']);
  });

  it('reads a note as annotating the item above it', () => {
    expect(parentItems(text, at('변경 가능'))[0]).toBe('일    시: 2023. 8. 1.(화) 10:00 ~ 12:00');
  });

  it('gives prose no parents', () => {
    expect(parentItems(text, at('본문'))).toEqual([]);
  });
});

describe('pathItems', () => {
  it('reads the items a section path names below its two outline levels, without markers', () => {
    expect(pathItems('Ⅲ. 입찰 및 계약 > 4. 제안서평가 > 아. 배점표(총괄)')).toEqual(['배점표(총괄)']);
    expect(pathItems('Ⅲ. 입찰 및 계약 > 4. 제안서평가')).toEqual([]);
    // Markdown headings without numbering are sections, not items.
    expect(pathItems('Budget > 2025 > Regional share')).toEqual([]);
  });
});
