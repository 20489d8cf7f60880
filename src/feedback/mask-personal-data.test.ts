import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData } from './mask-personal-data.js';

describe('maskPersonalData', () => {
  it.each([
    ['연락처 010-1234-5678 입니다', `연락처 ${MASKS.phone} 입니다`],
    ['call 01012345678 please', `call ${MASKS.phone} please`],
    ['+82 10-9876-5432', MASKS.phone],
    ['사무실 02-123-4567, 031.1234.5678', `사무실 ${MASKS.phone}, ${MASKS.phone}`],
    ['주민번호 900101-1234567 확인', `주민번호 ${MASKS.residentNumber} 확인`],
    ['9001012234567', MASKS.residentNumber],
    ['851231 - 2345678', MASKS.residentNumber],
    // Issue 24: each format that was stored verbatim.
    ['(02) 123-4567 사무실', `${MASKS.phone} 사무실`],
    ['( 031 ) 1234-5678', MASKS.phone],
    ['전화 ０１０-９８７６-５４３２', `전화 ${MASKS.phone}`],
    ['전화 ０１０－９８７６－５４３２', `전화 ${MASKS.phone}`],
    ['010–9876–5432', MASKS.phone],
    ['010\u20109876\u20105432', MASKS.phone],
    ['010\u20119876\u20115432', MASKS.phone],
    ['010—9876—5432', MASKS.phone],
    ['010 - 9876 - 5432', MASKS.phone],
    ['010.9876.5432', MASKS.phone],
    ['010 9876 5432', MASKS.phone],
    ['+82-10-9876-5432', MASKS.phone],
    ['+82 (0)2... no', '+82 (0)2... no'],
    ['주민 850505—1234567', `주민 ${MASKS.residentNumber}`],
    ['주민 850505–1234567', `주민 ${MASKS.residentNumber}`],
    ['주민 ８５０５０５-１２３４５６７', `주민 ${MASKS.residentNumber}`],
    ['850505 1234567', MASKS.residentNumber],
    ['메일 hong.gildong@example.go.kr 로', `메일 ${MASKS.email} 로`],
    ['user+tag@mail.example.com', MASKS.email],
    ['ＨＯＮＧ＠ＥＸＡＭＰＬＥ．ＣＯＭ', MASKS.email],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    '산업단지 1,274개, 2025-01-22 발표',
    '제5차 기본계획(2025~2029)',
    '예산 3,000억 원과 10곳',
    'answer id 5f0c1c9e-1111-4a4a-9999-0123456789ab',
    '2024–2028 계획, 1–3단계',
    '문의는 홈페이지(www.kicox.or.kr)',
    '@mention 없음',
  ])('keeps ordinary figures: %s', (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });

  it('stays linear on long digit runs', () => {
    const started = performance.now();
    maskPersonalData(`${'0'.repeat(100_000)}-${'1'.repeat(100_000)}`);
    maskPersonalData(`${'a'.repeat(100_000)}@${'b.'.repeat(50_000)}`);
    maskPersonalData(`${'０ '.repeat(50_000)}`);
    // Linear work here is a few milliseconds; backtracking over 100,000 digits would take minutes.
    // The bound is that far from both so a loaded host cannot fail it (it once took 621 ms under load).
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
