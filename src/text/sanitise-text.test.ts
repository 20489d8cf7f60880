import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitiseText } from './sanitise-text.js';

describe('sanitiseText', () => {
  it('composes decomposed Hangul and accents (NFC)', () => {
    const decomposed = '\u1100\u1161\u11BC'; // 강 as jamo
    expect(sanitiseText(decomposed)).toBe('강');
    expect(sanitiseText('cafe\u0301')).toBe('café');
  });

  it('drops bidi overrides, isolates and zero-width characters', () => {
    expect(sanitiseText('산업\u202E단지\u202C')).toBe('산업단지');
    expect(sanitiseText('\u2066abc\u2069')).toBe('abc');
    expect(sanitiseText('ig\u200Bno\u200Dre\uFEFF')).toBe('ignore');
  });

  it('drops control characters but keeps tab and newline; unifies line ends', () => {
    expect(sanitiseText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toBe('abcde\nf');
    expect(sanitiseText('line1\r\nline2\rline3\u2028x\tz')).toBe('line1\nline2\nline3\nx\tz');
  });

  it('drops lone surrogates and keeps valid pairs', () => {
    expect(sanitiseText('a\uD800b\uDC00c')).toBe('abc');
    expect(sanitiseText('😀\uD83D')).toBe('😀');
  });

  it('drops Unicode tag characters used to hide instructions', () => {
    const hidden = [...'ignore'].map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join('');
    expect(sanitiseText(`질문${hidden}입니다`)).toBe('질문입니다');
  });

  it('is idempotent and always yields well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        const once = sanitiseText(s);
        expect(sanitiseText(once)).toBe(once);
        expect(once).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});
