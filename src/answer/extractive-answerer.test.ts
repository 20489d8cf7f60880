import { describe, expect, it } from 'vitest';
import { scoredPassage } from '../../test/support/scored-passage.js';
import type { Lang, ScoredPassage } from '../core/types.js';
import type { AnswerEvent } from './answerer.js';
import { ExtractiveAnswerer } from './extractive-answerer.js';

const passage = (id: string, lang: Lang, sectionPath: string, text: string) => scoredPassage(id, text, { lang, sectionPath, title: 'Harbour notes' });

async function answer(question: string, lang: Lang, passages: ScoredPassage[]): Promise<Extract<AnswerEvent, { type: 'done' }>['result']> {
  const events = new ExtractiveAnswerer().answer({ id: 't', question, lang, history: [], passages, questionVector: new Float32Array() });
  for await (const event of events) if (event.type === 'done') return event.result;
  throw new Error('no result');
}

describe('why-questions and their premise', () => {
  const en = passage('en', 'en', 'March 2024: Approval', 'The Ministry of Oceans approved the new Mokpo harbour on 8 March 2024. The harbour has 12 berths.');
  const ko = passage('ko', 'ko', '2024년 3월 승인', '해양수산부는 2024년 3월 8일 목포 신항을 승인했다. 목포 신항의 선석은 12개이다.');

  it('does not answer "why was it rejected" from evidence that it was approved: the premise is unsupported', async () => {
    const result = await answer('Why did the Ministry of Oceans reject the Mokpo harbour?', 'en', [en]);
    expect(result.grounded).toBe(false);
    expect(result.refusalReason).toBe('false_premise');
    expect(result.answer).toContain('8 March 2024');
    const korean = await answer('왜 해양수산부가 목포 신항을 거부했음?', 'ko', [ko]);
    expect(korean.refusalReason).toBe('false_premise');
  });

  it('answers a why-question whose event the evidence states', async () => {
    const result = await answer('Why did the Ministry of Oceans approve the Mokpo harbour?', 'en', [en]);
    expect(result.grounded).toBe(true);
  });
});
