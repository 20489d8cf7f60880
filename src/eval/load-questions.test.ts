import { describe, expect, it } from 'vitest';
import { parseQuestions, QuestionFileError } from './load-questions.js';

const good = {
  id: 'q-1',
  split: 'tune',
  lang: 'en',
  type: 'fact',
  question: 'When did the harbour levy start?',
  expected: { docIds: ['harbour', ['levy-en', 'levy-ko']] },
  keyFacts: [['2021']],
};

describe('parseQuestions', () => {
  it('reads each line, interchangeable documents as alternatives', () => {
    const [q] = parseQuestions(`${JSON.stringify(good)}\n\n`, 'x.jsonl');
    expect(q?.expected.docIds).toEqual([['harbour'], ['levy-en', 'levy-ko']]);
  });

  it('names the file and line of every bad line: not JSON, or against the schema', () => {
    const text = [JSON.stringify(good), '{not json', JSON.stringify({ ...good, id: 'q-2', type: 'out-of-scope' })].join('\n');
    expect(() => parseQuestions(text, 'x.jsonl')).toThrow(QuestionFileError);
    expect(() => parseQuestions(text, 'x.jsonl')).toThrow(/x\.jsonl:2: not valid JSON[\s\S]*x\.jsonl:3: .*no key facts/);
  });
});
