import { describe, expect, it } from 'vitest';
import { searchTerms } from '../text/search-terms.js';
import { isContentsLine, isFormSection, lineAt, restatesTitle } from './non-evidence.js';

describe('text that states nothing about a document’s matter', () => {
  it('knows a table of contents line', () => {
    expect(isContentsLine('Ⅰ. 과업안내 1 Ⅱ. 과업 세부내용 2 Ⅲ. 입찰 및 계약 5 Ⅳ. 제안서 및 입찰서류 작성 지침 13')).toBe(true);
    expect(isContentsLine('과업안내 ··········· 1')).toBe(true);
    expect(isContentsLine('평가는 기술능력평가 90%, 가격평가 10%임')).toBe(false);
    expect(isContentsLine('1. 행사개요 2. 과업개요')).toBe(false);
  });

  it('finds the line a sentence sits in', () => {
    const text = '첫 줄\n둘째 줄의 문장. 다음 문장\n셋째 줄';
    expect(lineAt(text, text.indexOf('다음'))).toBe('둘째 줄의 문장. 다음 문장');
    expect(lineAt(text, 0)).toBe('첫 줄');
  });

  it('knows a sentence that only repeats the title', () => {
    const title = new Set(searchTerms('『제2회 가을밤의 음악축제』 행사대행 용역 제안요청서'));
    expect(restatesTitle('『제2회 가을밤의 음악축제』', title)).toBe(true);
    expect(restatesTitle('행사일시: 2023. 10. 21.(토)', title)).toBe(false);
  });

  it('knows a section of forms, not a habitat', () => {
    expect(isFormSection('Ⅵ. 제출목록 및 서식 > 3. 자격증 사본 및 경력증명서 첨부')).toBe(true);
    expect(isFormSection('붙임 > [별지 제1호 서식]')).toBe(true);
    expect(isFormSection('Ⅲ. 입찰 및 계약 > 3. 입찰서류 및 제안서 제출')).toBe(false);
    expect(isFormSection('2. 철새 서식지 보전')).toBe(false);
  });
});
