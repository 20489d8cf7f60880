import { describe, expect, it } from 'vitest';
import { condenseByRules, condenseQuestion, looksLikeFollowUp } from './condense.js';
import { LlmFailure } from './llm-failure.js';

const history = (q: string) => [
  { role: 'user' as const, content: q },
  { role: 'assistant' as const, content: 'an answer [1]' },
];

describe('condenseByRules', () => {
  it('carries the topic of the previous question into a Korean follow-up', () => {
    const out = condenseByRules({ question: '그 중 두 번째는?', history: history('처음 선정된 문화선도산업단지는 어디인가요?') });
    expect(out).toMatch(/문화선도산업단지/);
    expect(out.endsWith('그 중 두 번째는?')).toBe(true);
  });

  it('carries it into an English follow-up, but leaves a self-contained question alone', () => {
    expect(condenseByRules({ question: 'what about the second one?', history: history('Which opportunity development zones were designated first?') })).toMatch(
      /^.*opportunity development zones.*what about the second one\?$/,
    );
    const standalone = 'How many industrial complexes did KICOX count nationwide at the end of 2024?';
    expect(condenseByRules({ question: standalone, history: history('Which culture-leading complexes were selected first?') })).toBe(standalone);
  });

  it('answers a complete new question as asked, however short', () => {
    const question = '내년 최저임금은 얼마인가요?';
    expect(looksLikeFollowUp(question)).toBe(false);
    expect(condenseByRules({ question, history: history('기회발전특구의 세제 혜택은 무엇인가요?') })).toBe(question);
    expect(looksLikeFollowUp('그럼 예산은?')).toBe(true);
    expect(looksLikeFollowUp('Then when?')).toBe(true);
  });

  it('recognises follow-ups by pronouns, ordinals and a missing content word', () => {
    expect(looksLikeFollowUp('그 중 두 번째는?')).toBe(true);
    expect(looksLikeFollowUp('그것의 법적 근거는?')).toBe(true);
    expect(looksLikeFollowUp('And in 2024?')).toBe(true);
    // "Then" in time points back as a pronoun does.
    expect(looksLikeFollowUp('그때 예상된 투자 규모는 얼마였나요?')).toBe(true);
    expect(looksLikeFollowUp('당시 투자 규모는?')).toBe(true);
    expect(looksLikeFollowUp('How much investment was expected at the time?')).toBe(true);
    expect(looksLikeFollowUp('2018년 당시 산업단지 수는 몇 개였나요?')).toBe(false);
    expect(looksLikeFollowUp('기회발전특구의 세제 혜택은 무엇인가요?')).toBe(false);
    expect(looksLikeFollowUp('What tax benefits do opportunity development zones offer?')).toBe(false);
  });
});

describe('condenseQuestion', () => {
  it('leaves a first question untouched and uses the model when there is history', async () => {
    const condenser = { condense: async () => 'standalone from the model' };
    expect(await condenseQuestion({ question: 'q?', history: [], lang: 'en', condenser })).toEqual({ question: 'q?' });
    expect(await condenseQuestion({ question: 'and that?', history: history('Which zones?'), lang: 'en', condenser })).toEqual({
      question: 'standalone from the model',
    });
  });

  it('falls back to the rules when the model fails, and reports an outage', async () => {
    const down = { condense: async () => Promise.reject(new LlmFailure('timeout', 'slow')) };
    const out = await condenseQuestion({
      question: 'what about the second one?',
      history: history('Which culture-leading complexes were selected first?'),
      lang: 'en',
      condenser: down,
    });
    expect(out.outage).toBe('timeout');
    expect(out.question).toMatch(/culture.leading.*what about the second one\?$/);
    const broken = { condense: async () => Promise.reject(new LlmFailure('malformed_stream', 'bad')) };
    expect((await condenseQuestion({ question: 'and that?', history: history('Which zones?'), lang: 'en', condenser: broken })).outage).toBeUndefined();
  });

  it('reads a demonstrative "that" and a closing "there" as pointing back, the "that" of a clause as not', () => {
    expect(looksLikeFollowUp('how is that grant spent?')).toBe(true);
    expect(looksLikeFollowUp('how many berths are they building there?')).toBe(true);
    expect(looksLikeFollowUp('Did the ministry say that the harbour opened in 2024?')).toBe(false);
  });
});

describe('a demonstrative that names what it points back at', () => {
  const turns = (user: string, assistant: string) => [
    { role: 'user' as const, content: user },
    { role: 'assistant' as const, content: assistant },
  ];

  it('takes the name from the last answer: a Korean compound ends in its head noun', () => {
    const history = turns('항만 계획에서 새로 만든다는 법 이름이 뭐야?', "'신항만개발촉진특별법' 제정을 추진한다고 했습니다.");
    expect(condenseByRules({ question: '그 법에는 어떤 지원이 들어가?', history })).toBe('신항만개발촉진특별법에는 어떤 지원이 들어가?');
  });

  it('takes a capitalised English name ending in the noun', () => {
    const history = turns('which new law does the harbour plan propose?', 'It proposes the New Harbour Development Special Act.');
    expect(condenseByRules({ question: 'what support will that act give?', history })).toBe('what support will New Harbour Development Special Act give?');
  });

  it('falls back to the previous question when nothing earlier ends in the noun', () => {
    const history = turns('부산 신항 어디에 있어?', '강서구에 있습니다.');
    expect(condenseByRules({ question: '그 단지는 언제 지정됐어?', history })).toBe('부산 신항 그 단지는 언제 지정됐어?');
  });
});
