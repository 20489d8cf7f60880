import { describe, expect, it } from 'vitest';
import { expandQuery, findGlossaryPhrases } from './glossary.js';

describe('glossary', () => {
  it('matches the longest phrase once, with particles glued to Korean terms', () => {
    const text = '기회발전특구의 지정 현황';
    const matches = findGlossaryPhrases(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['기회발전특구의', '지정', '현황']);
    expect(matches[0]?.en).toBe('opportunity development zone');
  });

  it('matches English phrases on word boundaries, plurals included', () => {
    const text = 'How many Opportunity Development Zones exist?';
    const matches = findGlossaryPhrases(text);
    expect(matches.map((m) => m.ko)).toEqual(['기회발전특구']);
    expect(findGlossaryPhrases('zonesaregreat')).toEqual([]);
  });

  it('does not read a month or counter out of a longer number', () => {
    expect(findGlossaryPhrases('2024년 11월').map((m) => m.ko)).toEqual(['11월']);
  });

  it('expands a question with the other language only', () => {
    expect(expandQuery('기회발전특구 지정', 'ko')).toBe('기회발전특구 지정 opportunity development zone designation');
    expect(expandQuery('Yongin semiconductor cluster', 'en')).toContain('반도체');
    expect(expandQuery('weather tomorrow', 'en')).toBe('weather tomorrow');
  });
});
