import { describe, expect, it } from 'vitest';
import { namedKind, namesMember, whichClassNoun, whichKind } from './kind-instances.js';

describe('class nouns answered by the name of a member', () => {
  it('reads the kind from the head noun only when the question asks which one', () => {
    expect(namedKind('부서', '제안요청서를 낸 부서는 어디인가요?')).toBe('unit');
    expect(namedKind('소관기관', '소관기관은 어디야?')).toBe('body');
    expect(namedKind('업체', '선정된 업체는 어디인가요?')).toBe('company');
    // 어떤 asks for a description ("어떤 업체가 참가할 수 있나"), not for a name.
    expect(namedKind('업체', '어떤 업체가 참가할 수 있나요?')).toBeUndefined();
    expect(namedKind('주차장', '주차장은 어디야?')).toBeUndefined();
  });

  it('reads the kind from the noun 어느 determines, wherever it stands', () => {
    expect(whichKind('우선협상대상자 어느 업체로 정해졌어?')).toBe('company');
    expect(whichKind('이 표준데이터는 어느 기관이 제공하나요?')).toBe('body');
    // Asked in English with "which" or "what" before the noun, a word of description between.
    expect(whichKind('Which events company won the contract for the harbour fair?')).toBe('company');
    expect(whichKind('What government agency publishes the berth data?')).toBe('body');
    expect(whichKind('Which department handles berth bookings?')).toBe('unit');
    expect(whichKind('Which pier opens first?')).toBeUndefined();
    expect(whichKind('제안서는 어느 부서에 내?')).toBe('unit');
    expect(whichKind('어떤 업체가 참가할 수 있나요?')).toBeUndefined();
    expect(whichKind('어느 날짜에 열려?')).toBeUndefined();
  });

  it('reads the class 어느 asks a member of, but not a measure or a kind told by its suffix', () => {
    expect(whichClassNoun('그 조례안은 어느 위원회에서 통과됐어?')).toBe('위원회');
    expect(whichClassNoun('탐사선은 어느 발사장에서 쏘나요?')).toBe('발사장');
    expect(whichClassNoun('수상자는 어느 학교를 다녀?')).toBe('학교');
    // Before another noun it classifies that noun, whose member the answer names without it ("양궁 훈련장").
    expect(whichClassNoun('수상자는 어느 학교 학생이야?')).toBeUndefined();
    expect(whichClassNoun('차관은 어느 종목 훈련장을 봐?')).toBeUndefined();
    expect(whichClassNoun('무대는 어느 크기로 만들어?')).toBeUndefined();
    expect(whichClassNoun('두 점수는 어느 정도의 비중이야?')).toBeUndefined();
    expect(whichClassNoun('어느 업체로 정해졌어?')).toBeUndefined();
    expect(whichClassNoun('어떤 위원회가 있어?')).toBeUndefined();
    // A number or a code is given by its digits, which never write the noun ("044-200-1111", "04").
    expect(whichClassNoun('항만청에 어느 번호로 전화해?')).toBeUndefined();
    expect(whichClassNoun('어느 코드를 넣어?')).toBeUndefined();
  });

  it('finds a unit of an office by its suffix, not a word that merely ends so', () => {
    expect(namesMember('unit', '장    소: 강북구청 문화관광체육과')).toBe(true);
    expect(namesMember('unit', '담당: 거대공공연구정책과')).toBe(true);
    expect(namesMember('unit', '제안서 평가결과 합산 점수가 가장 높은 업체')).toBe(false);
    expect(namesMember('unit', '기대효과 및 전국 확산')).toBe(false);
    expect(namesMember('unit', '장    소: 강북구청 3층 재난안전상황실')).toBe(false);
  });

  it('finds a body of government, a public body or a local government', () => {
    expect(namesMember('body', '소관기관: 국토교통부')).toBe(true);
    expect(namesMember('body', '제공기관: 지방자치단체')).toBe(true);
    expect(namesMember('body', '한국항공우주연구원과 함께 공모전을 실시하였다.')).toBe(true);
    expect(namesMember('body', '접수처에 직접 방문하여 세부 서류를 제출')).toBe(false);
  });

  it('finds a company only by its legal form', () => {
    expect(namesMember('company', '우선협상대상자: ㈜가나기획')).toBe(true);
    expect(namesMember('company', '다온 주식회사와 계약을 체결했다.')).toBe(true);
    expect(namesMember('company', '합산 점수가 가장 높은 업체를 우선협상 대상자로 선정')).toBe(false);
  });
});
