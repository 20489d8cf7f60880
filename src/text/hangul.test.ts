import { describe, expect, it } from 'vitest';
import { FINAL_SSANG_SIOS, jamoOf, syllableOf } from './hangul.js';

describe('Hangul syllables as jamo', () => {
  it('takes a syllable apart and puts it back', () => {
    expect(jamoOf('가')).toEqual({ initial: 0, medial: 0, final: 0 });
    expect(jamoOf('었')?.final).toBe(FINAL_SSANG_SIOS);
    for (const s of ['특', '틐', '여', '힣']) expect(syllableOf(jamoOf(s) as NonNullable<ReturnType<typeof jamoOf>>)).toBe(s);
  });
  it('has no jamo for anything but one precomposed syllable', () => {
    expect(jamoOf('a')).toBeUndefined();
    expect(jamoOf('ㄱ')).toBeUndefined();
    expect(jamoOf('가나')).toBeUndefined();
    expect(jamoOf(undefined)).toBeUndefined();
  });
});
