import { describe, expect, it } from 'vitest';
import { joinLetterSpacing } from './letter-spacing.js';
import { normaliseText } from './normalise.js';

describe('joinLetterSpacing', () => {
  it('joins a label spread over its column, after an outline number or bullet and before its colon', () => {
    expect(joinLetterSpacing('가. 사 업 명: 제3회 봄꽃 축제')).toBe('가. 사업명: 제3회 봄꽃 축제');
    expect(joinLetterSpacing('나. 장    소: 시청 2층 회의실')).toBe('나. 장소: 시청 2층 회의실');
    expect(joinLetterSpacing('□ 기    간 : 2031. 4. 1. ~ 4. 30.')).toBe('□ 기간 : 2031. 4. 1. ~ 4. 30.');
    expect(joinLetterSpacing('o 대 상 : 관내 주민')).toBe('o 대상 : 관내 주민');
  });

  it('leaves a spaced table cell or line that labels no value as it is', () => {
    expect(joinLetterSpacing('성 명 | | 생년월일 | (인)')).toBe('성 명 | | 생년월일 | (인)');
    expect(joinLetterSpacing('해 운 구 청\n(복지정책과)')).toBe('해 운 구 청\n(복지정책과)');
  });

  it('joins syllables spaced wider than prose inside a longer field', () => {
    expect(joinLetterSpacing('일    시 2031. 5. 2.')).toBe('일시 2031. 5. 2.');
  });

  it('leaves prose, mixed fields, single syllables and numbers alone', () => {
    for (const text of ['이 법은 공포한 날부터 시행한다.', '그 후 곧 시작했다', '신청서 및 지 급 확 약 | 본인은', '(인)', '2031.  5.  2.', '총 7 명'])
      expect(joinLetterSpacing(text)).toBe(text);
  });

  it('is idempotent, and document text is indexed joined', () => {
    const text = '가. 사 업 명: 봄꽃 축제\n나. 장    소: 시청';
    expect(joinLetterSpacing(joinLetterSpacing(text))).toBe(joinLetterSpacing(text));
    expect(normaliseText(text)).toBe('가. 사업명: 봄꽃 축제\n나. 장소: 시청');
  });
});
