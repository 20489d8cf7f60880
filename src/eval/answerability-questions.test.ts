import { describe, expect, it } from 'vitest';
import type { Passage } from '../core/types.js';
import { statsOfTexts } from '../retrieve/corpus-stats.js';
import { trainingQuestions } from './answerability-questions.js';

const passage = (id: string, docId: string, lang: 'ko' | 'en', text: string): Passage =>
  ({ id, docId, lang, text, title: docId, sectionPath: 'Section', ordinal: 0 }) as unknown as Passage;

const passages = [
  passage('a', 'harbour', 'en', 'The harbour authority opened a container terminal in Mokpo in 2021 with twelve cranes.'),
  passage('b', 'rail', 'en', 'The rail agency electrified the freight corridor between Iksan and Yeosu, cutting diesel use.'),
  passage('c', 'farm', 'ko', '농업기술센터는 2022년 스마트팜 보급 사업으로 청년 농업인 40명을 지원했다.'),
];

describe('trainingQuestions', () => {
  const questions = trainingQuestions({ passages, stats: statsOfTexts(passages.map((p) => p.text)) });

  it('makes answerable questions in several registers and unanswerable ones by perturbation', () => {
    const kinds = new Set(questions.map((q) => q.kind));
    expect(questions.some((q) => q.answerable)).toBe(true);
    expect(questions.some((q) => !q.answerable)).toBe(true);
    for (const kind of ['foreign-head', 'absent-year', 'absent-place']) expect(kinds).toContain(kind);
  });

  it('names an absent year or place only when the corpus lacks it', () => {
    const corpusYears = new Set(['2021', '2022']);
    for (const q of questions.filter((q) => q.kind === 'absent-year')) {
      expect((q.question.match(/\d{4}/g) ?? []).some((y) => !corpusYears.has(y))).toBe(true);
    }
    for (const q of questions.filter((q) => q.kind === 'absent-place')) expect(q.question).not.toMatch(/Mokpo|Iksan|Yeosu/);
  });

  it('is repeatable for one seed', () => {
    expect(trainingQuestions({ passages, stats: statsOfTexts(passages.map((p) => p.text)) })).toEqual(questions);
  });

  it('asks the same passage with part of its words, about a facet, in two parts, and in the other language', () => {
    const kinds = new Set(questions.map((q) => q.kind));
    for (const kind of ['aspect', 'two-part']) expect(kinds).toContain(kind);
    const pairs = [{ ko: '스마트팜', en: 'smart farm' }];
    const crossed = trainingQuestions({ passages, stats: statsOfTexts(passages.map((p) => p.text)), termPairs: pairs }).filter(
      (q) => q.kind === 'other-language',
    );
    // The Korean passage holds 스마트팜: it is asked in English, as the pair's other side.
    expect(crossed.map((q) => q.lang)).toEqual(['en']);
    expect(crossed[0]?.question).toContain('smart farm');
    expect(crossed[0]?.docId).toBe('farm');
  });

  it('tags questions made from uploaded documents, so they are judged on the uploads', () => {
    const uploaded = trainingQuestions({ passages, stats: statsOfTexts(passages.map((p) => p.text)), source: 'upload' });
    expect(uploaded.length).toBeGreaterThan(0);
    expect(uploaded.every((q) => q.source === 'upload')).toBe(true);
  });

  it("asks in the asker's own word for a topic word, one the corpus never uses", () => {
    const stats = statsOfTexts(passages.map((p) => p.text));
    const synonyms = (word: string) => (word === 'harbour' ? ['haven', 'terminal'] : []);
    const paraphrased = trainingQuestions({ passages, stats, synonyms }).filter((q) => q.kind === 'paraphrase');
    expect(paraphrased.length).toBeGreaterThan(0);
    // "terminal" is a corpus word: asking with it paraphrases nothing.
    for (const q of paraphrased) {
      expect(q.answerable).toBe(true);
      expect(q.question).toContain('haven');
      expect(q.question).not.toContain('harbour');
    }
  });
});
