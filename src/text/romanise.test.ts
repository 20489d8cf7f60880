import { describe, expect, it } from 'vitest';
import { romanise, romanisedNamePairs, romanisedNames, soundKey } from './romanise.js';

describe('romanise', () => {
  it('writes Hangul in the Revised Romanization, with the sound changes names depend on', () => {
    expect(romanise('강북구')).toBe('gangbukgu');
    expect(romanise('진천')).toBe('jincheon');
    // ㄹ after ㄹ is "l"; a final before a vowel is heard as the next initial.
    expect(romanise('울릉')).toBe('ulleung');
    expect(romanise('한국어')).toBe('hangugeo');
    expect(romanise('ABC 가')).toBe('ga');
  });

  it('finds the Korean words an English question names, glued to their kind or not', () => {
    const names = romanisedNames(['한지수 차관이 청도선수촌을 찾는다', '달서구 겨울밤 축제', '오이 농장']);
    expect(romanisedNamePairs('When will Vice Minister Han Ji-su visit Cheongdo? Dalseo-gu festival', names)).toEqual([
      { ko: '한지수', en: 'Han Ji-su' },
      { ko: '청도', en: 'Cheongdo' },
      { ko: '달서구', en: 'Dalseo-gu' },
    ]);
    // A romanised key of three letters or fewer ("Oi" for 오이) matches syllables by chance: it names nothing.
    expect(romanisedNamePairs('Oi, when?', names)).toEqual([]);
  });

  it("reads a person's name in the customary spellings English text uses, surname first", () => {
    const names = romanisedNames(['문화부 유인촌 장관과 임철호 원장, 최재식 교수, 박성경 국장이 만나기 전에 금이 갔다']);
    expect(romanisedNamePairs('Did Yoo In-chon meet Lim Chul-ho, Choi Jae-sik and Park Sung-kyung?', names)).toEqual([
      { ko: '유인촌', en: 'Yoo In-chon' },
      { ko: '임철호', en: 'Lim Chul-ho' },
      { ko: '최재식', en: 'Choi Jae-sik' },
      { ko: '박성경', en: 'Park Sung-kyung' },
    ]);
    expect(soundKey('Chul-ho')).toBe(soundKey(romanise('철호')));
    // Folded spellings match common words by chance (전에 jeone, 금이 geumi): only a name with its surname is read so.
    expect(romanisedNamePairs('What happened in June at Gumi?', names)).toEqual([]);
  });
});
