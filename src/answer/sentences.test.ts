import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits Korean and English sentences and keeps decimals whole', () => {
    const text = '특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다. 인허가는 45~90일 안에 처리된다.\n- The zones got KRW 40.5 trillion of investment. Done.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다.', '인허가는 45~90일 안에 처리된다.', 'The zones got KRW 40.5 trillion of investment.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
