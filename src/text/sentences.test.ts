import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits Korean and English sentences and keeps decimals whole', () => {
    const text = '특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다. 인허가는 45~90일 안에 처리된다.\n- The zones got KRW 40.5 trillion of investment. Done.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      '특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다.',
      '인허가는 45~90일 안에 처리된다.',
      'The zones got KRW 40.5 trillion of investment.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences with lists and abbreviations', () => {
  it('quotes a list together with the sentence that introduces it', () => {
    const text = '첫 문화선도산업단지 3곳을 발표했다. 선정된 곳은 다음과 같다.\n\n1. 구미국가산업단지\n2. 창원국가산업단지\n\n그 뒤 공모가 열렸다.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      '첫 문화선도산업단지 3곳을 발표했다.',
      '선정된 곳은 다음과 같다.\n\n1. 구미국가산업단지\n2. 창원국가산업단지',
      '그 뒤 공모가 열렸다.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence after "No." before a number', () => {
    const spans = splitSentences('The Act was enacted on 13 January 1990 as Act No. 4216. It was renamed later.');
    expect(spans.map((s) => s.text)).toEqual(['The Act was enacted on 13 January 1990 as Act No. 4216.', 'It was renamed later.']);
  });
});
