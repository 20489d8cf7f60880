import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { ENDING_RULES, memoEnding, memoLine } from './memo-style.js';

const HANGUL_BASE = 0xac00;
const jong = (syllable: string) => (syllable.charCodeAt(0) - HANGUL_BASE) % 28;
const JONG_NIEUN = 4;
const JONG_RIEUL_MIEUM = 10;

/** Every sentence of the Korean corpus documents' bodies (no front matter, headings, source lines or reference lists). */
function corpusSentences(): string[] {
  const dir = path.resolve('corpus');
  const sentences: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ko.md'))) {
    const body = readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    let inReferences = false;
    for (const line of body.split('\n')) {
      if (/^#/.test(line)) {
        inReferences = /^#+\s*(출처|참고)/.test(line);
        continue;
      }
      if (inReferences || /^(Source|출처)\s*:/.test(line) || !line.trim()) continue;
      for (const s of splitSentences(line.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''), 1)) sentences.push(s.text);
    }
  }
  return sentences;
}

describe('개조식 ending rules', () => {
  it('turn each example of the table into its stated form', () => {
    for (const rule of ENDING_RULES) expect(memoLine(rule.example[0]), rule.form).toBe(rule.example[1]);
  });

  it('never yield a broken form over every sentence ending in the corpus; what no rule fits stays whole', () => {
    const sentences = corpusSentences();
    expect(sentences.length).toBeGreaterThan(300);
    let converted = 0;
    const kept = new Set<string>();
    for (const sentence of sentences) {
      const { text, rule } = memoEnding(sentence);
      if (!rule) {
        expect(text).toBe(sentence.trim());
        if (/다\.?$/.test(text)) kept.add(text.split(' ').slice(-2).join(' '));
        continue;
      }
      converted++;
      const body = sentence.trim().replace(/\.$/, '');
      const last = text.at(-1) ?? '';
      // Only the ending changes: everything before it is the sentence's own.
      const stem = text.replace(/\s*(?:예정|계획|:|[가-힣·]{2,}|했음|됨|함|음|임|아님|않음|[가-힣])$/, '');
      expect(body.startsWith(stem.replace(/ $/, '')), `${sentence} -> ${text}`).toBe(true);
      expect(text, sentence).not.toMatch(/다$/);
      // ㄹ-stems nominalised with ㅁ ("줆", "엶", "만듦"): grammatical, but no report writes them.
      if (/[가-힣]/.test(last)) expect(jong(last), `${sentence} -> ${text}`).not.toBe(JONG_RIEUL_MIEUM);
      // A present-tense verb ("바꾼다", "늘어난다") becomes 함, 됨, 않음 or its verbal noun ("…을 정리한다" ->
      // "… 정리"), never a -ㅁ form of its own ("바꿈").
      const beforeDa = body.at(-2) ?? '';
      if (/[가-힣]/.test(beforeDa) && jong(beforeDa) === JONG_NIEUN && rule.form !== '명사 종결') expect(text, sentence).toMatch(/(?:함|됨|않음)$/);
      // A noun ending never leaves a case particle dangling.
      expect(text, sentence).not.toMatch(/(?:을|를|에)$/);
    }
    console.log(`개조식: ${converted} of ${sentences.length} corpus sentences converted; kept whole (no rule): ${[...kept].join(' | ')}`);
    expect(converted).toBeGreaterThan(sentences.length * 0.8);
  });

  it('writes the broken forms of issue 26 as reports do', () => {
    expect(memoLine('사업기간은 기존 7년에서 5년으로 3분의 1 줄었다.')).toBe('사업기간은 기존 7년에서 5년으로 3분의 1 줄었음');
    expect(memoLine('산업통상자원부는 간담회를 열었다.')).toBe('산업통상자원부는 간담회를 열었음');
    expect(memoLine('산업단지 수는 1,330개로 늘어났다.')).toBe('산업단지 수는 1,330개로 늘어났음');
    expect(memoLine('3. 산업단지를 청년친화 공간으로 바꾼다.')).toBe('3. 산업단지를 청년친화 공간으로 바꾼다.');
  });
});
