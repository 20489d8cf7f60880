import { describe, expect, it } from 'vitest';
import { scoredPassage } from '../../test/support/scored-passage.js';
import type { Lang, ScoredPassage } from '../core/types.js';
import type { AnswerEvent } from './answerer.js';
import { ExtractiveAnswerer } from './extractive-answerer.js';

const passage = (id: string, lang: Lang, sectionPath: string, text: string) => scoredPassage(id, text, { lang, sectionPath, title: 'Harbour notes' });

async function answer(
  question: string,
  lang: Lang,
  passages: ScoredPassage[],
  premise?: string[],
  asked?: string,
): Promise<Extract<AnswerEvent, { type: 'done' }>['result']> {
  const events = new ExtractiveAnswerer().answer({
    id: 't',
    question,
    ...(asked ? { asked } : {}),
    lang,
    history: [],
    passages,
    questionVector: new Float32Array(),
    ...(premise ? { premise } : {}),
  });
  for await (const event of events) if (event.type === 'done') return event.result;
  throw new Error('no result');
}

describe('a false premise found before the answer', () => {
  const en = passage('en', 'en', 'March 2024: Approval', 'The Ministry of Oceans approved the new Mokpo harbour on 8 March 2024. The harbour has 12 berths.');

  it('says what the documents do state, cited, and that they do not support the premise', async () => {
    const result = await answer('When did the Ministry of Oceans approve the Mokpo harbour in Busan?', 'en', [en], ['Busan']);
    expect(result.grounded).toBe(false);
    expect(result.refusalReason).toBe('false_premise');
    expect(result.answer).toContain('8 March 2024');
    expect(result.answer).toContain('(Busan)');
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('refuses with the same reason when nothing in the evidence bears on the question', async () => {
    const result = await answer('What did the Busan port authority pay for its cranes?', 'en', [en], ['Busan']);
    expect(result.refusalReason).toBe('false_premise');
    expect(result.citations).toEqual([]);
  });
});

describe("a follow-up's specifics", () => {
  const rounds = passage(
    'rounds',
    'ko',
    '신항 부두 추가 지정',
    '2029년 11월 신항 부두 4곳이 추가로 지정되었다. 추가 지정으로 신항 부두는 모두 9곳으로 늘어났다.',
  );

  it('takes as given only what it says itself, not the month its topic carries from the turn before', async () => {
    // "그 뒤에" moves past the first round's month (2029년 3월), which the answer about the later round need not state.
    const carried = await answer(
      '2029년 3월 처음 지정된 신항 부두 그 뒤에 추가로 몇 곳 더 지정됐어?',
      'ko',
      [rounds],
      undefined,
      '그 뒤에 추가로 몇 곳 더 지정됐어?',
    );
    expect(carried.grounded).toBe(true);
    expect(carried.answer).toContain('4곳');
    expect(carried.answer).not.toContain('2029-03');
    // Typed in the question itself, the month is its premise, and the answer says the documents do not support it.
    const typed = await answer('2029년 3월 처음 지정된 신항 부두 그 뒤에 추가로 몇 곳 더 지정됐어?', 'ko', [rounds]);
    expect(typed.answer).toContain('2029-03');
  });
});

describe('a region the question names', () => {
  const caps = passage('caps', 'ko', '신항 부두 면적 상한', '신항 부두는 시·도별 면적 상한 안에서 지정되며, 면적 상한은 광역시 30만 평, 도 40만 평이다.');
  const regions = passage('regions', 'ko', '2024년 지정 지역', '2024년에는 부산, 전남, 제주 등 8곳이 지정되었다.');

  it('must be stated by the answer itself: the caps for every region are no answer about one', async () => {
    const result = await answer('제주 신항 부두 면적은 몇 평이야?', 'ko', [caps, regions]);
    expect(result.grounded).toBe(false);
  });

  it('answers when the answer states it', async () => {
    const result = await answer('2024년에 제주도 지정됐어?', 'ko', [caps, regions]);
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('제주');
  });
});

describe('a year the question asks about', () => {
  const winners = passage(
    'winners',
    'en',
    'First Selection in 2029',
    'The first three harbour parks selected in 2029 are Mokpo Park, Yeosu Park and Tongyeong Park.',
  );
  const call = passage('call', 'en', 'The 2031 Call', 'The ministry began the call for three more harbour parks for 2031.');

  it('must stand with the answer it qualifies: the 2029 winners beside the 2031 call are no answer about 2031', async () => {
    const result = await answer('Which three harbour parks won the 2031 selection?', 'en', [winners, call]);
    expect(result.grounded).toBe(false);
  });

  it('answers when the passage giving the names states it', async () => {
    const result = await answer('Which three harbour parks won the 2029 selection?', 'en', [winners, call]);
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('Yeosu Park');
  });
});

describe('a month with its year the question asks about', () => {
  const plan = passage(
    'plan',
    'en',
    'Harbour Plan',
    'In March 2031 the ministry announced a harbour plan with 12 new berths, to be finished in December 2033.',
  );
  const contract = passage('contract', 'en', 'Berth Contract', 'In December 2033 the ministry signed the berth contract.');

  it('must stand together in the answer: a March 2031 plan finished in December 2033 is no March 2033 plan', async () => {
    const result = await answer('How many berths did the March 2033 harbour plan announce?', 'en', [plan, contract]);
    expect(result.grounded).toBe(false);
  });

  it('answers when the answer dates it so', async () => {
    const result = await answer('How many berths did the March 2031 harbour plan announce?', 'en', [plan, contract]);
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('12');
  });
});

describe('a year alone', () => {
  const priorities = passage(
    'priorities',
    'en',
    'Authority Priorities',
    "The harbour authority's priorities for 2031 are dredging the channel and renewing the cranes.",
  );
  const plan = passage('plan', 'en', 'Berth Plan', 'On 15 March 2029, the ministry announced a harbour berth plan with 12 sites.');

  it('does not make a sentence part of the answer: the 2029 berth plan says nothing of the authority’s 2029 priorities', async () => {
    const result = await answer("What are the harbour authority's priorities for 2029?", 'en', [priorities, plan]);
    expect(result.grounded).toBe(false);
  });

  it('answers when the sentence giving the priorities states the year', async () => {
    const result = await answer("What are the harbour authority's priorities for 2031?", 'en', [priorities, plan]);
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('dredging');
  });
});
