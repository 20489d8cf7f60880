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
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    '산업단지 1,274개, 2025-01-22 발표',
    '제5차 기본계획(2025~2029)',
    '예산 3,000억 원과 10곳',
    'answer id 5f0c1c9e-1111-4a4a-9999-0123456789ab',
  ])('keeps ordinary figures: %s', (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });

  it('stays linear on long digit runs', () => {
    const started = performance.now();
    maskPersonalData(`${'0'.repeat(100_000)}-${'1'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
