import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { answerTypes, continuesPrevious, takesNext } from './evidence-window.js';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('evidence window', () => {
  it('reads the answer type from the question in both languages', () => {
    expect(answerTypes('How many complexes were there?')).toContain('count');
    expect(answerTypes('기회발전특구는 언제 지정됐어?')).toContain('date');
    expect(answerTypes('Which regions were designated?')).toContain('names');
    expect(answerTypes('문화선도산단은 어디어디야?')).toContain('names');
  });

  it('takes the next sentence when it continues the chosen one', () => {
    expect(continuesPrevious('These comprised 53 national and 700 general complexes.')).toBe(true);
    expect(continuesPrevious('이 가운데 국가산단은 53곳이다.')).toBe(true);
    expect(continuesPrevious('The act was amended in 2024.')).toBe(false);
  });

  it('takes the next sentence when it carries the names asked for and the chosen one does not', () => {
    const chosen = span('The ministries announced the first three culture-leading complexes on 25 March 2025.');
    const next = span('They were Gumi, Changwon and Wanju.');
    const unrelated = span('The programme runs until 2027.');
    expect(takesNext('Which complexes were picked first?', chosen, next)).toBe(true);
    expect(takesNext('Which complexes were picked first?', chosen, unrelated)).toBe(false);
  });

  it('keeps a list whole with the sentence that introduces it, as a verbatim span', () => {
    const text = 'The first round covered the following regions:\n- Daegu\n- Busan\n- Jeju';
    const [intro] = splitSentences(text);
    expect(intro?.text).toContain('Jeju');
    expect(text.slice(intro?.start, intro?.end)).toBe(intro?.text);
  });
});
