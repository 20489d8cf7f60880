import { describe, expect, it } from 'vitest';
import type { Citation } from '../core/types.js';
import { askedSentences, joinPartAnswers } from './asked-sentences.js';

describe('askedSentences', () => {
  it('reads one question per question mark', () => {
    expect(askedSentences('제안서 종이로 몇 부 뽑아 가야 돼? 파일은 뭐에 담아서 내?')).toEqual(['제안서 종이로 몇 부 뽑아 가야 돼?', '파일은 뭐에 담아서 내?']);
    expect(askedSentences('When is it due? Where do I send it?')).toEqual(['When is it due?', 'Where do I send it?']);
  });

  it('keeps a statement with the question it leads to, and a tail with the last question', () => {
    expect(askedSentences('세종시는 시군구가 없잖아. 그럼 시군구명 칸엔 뭐라고 적어?')).toHaveLength(1);
    expect(askedSentences('제안서 제출 장소가 어디야? 꼭 알려줘')).toEqual(['제안서 제출 장소가 어디야? 꼭 알려줘']);
  });

  it('drops a part without a content word', () => {
    expect(askedSentences('응? 제출 마감은 언제야?')).toEqual(['제출 마감은 언제야?']);
  });
});

const cite = (n: number, passageId: string, quote: string): Citation => ({
  n,
  passageId,
  docId: 'rfp',
  title: '제안요청서',
  sectionPath: '',
  quote,
  sourceUrl: '',
  score: 1,
});

describe('joinPartAnswers', () => {
  const texts = new Map([
    ['a', '1) 제안서 출력물 총 12부\n\n2) 제안서 파일(USB에 제출)'],
    ['b', '가. 제출수량: 1부'],
  ]);
  const text = (id: string) => texts.get(id);

  it('numbers the citations across the parts, each passage once, its quote spanning both parts', () => {
    const joined = joinPartAnswers(
      [
        { answer: '제출수량: 1부 [1] 제안서 출력물 총 12부 [2]', citations: [cite(1, 'b', '제출수량: 1부'), cite(2, 'a', '제안서 출력물 총 12부')] },
        { answer: '제안서 파일(USB에 제출) [1]', citations: [cite(1, 'a', '제안서 파일(USB에 제출)')] },
      ],
      text,
    );
    expect(joined.answer).toBe('제출수량: 1부 [1] 제안서 출력물 총 12부 [2] 제안서 파일(USB에 제출) [2]');
    expect(joined.citations.map((c) => [c.n, c.passageId])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
    expect(joined.citations[1]?.quote).toBe('제안서 출력물 총 12부\n\n2) 제안서 파일(USB에 제출)');
  });

  it('does not repeat a sentence an earlier part already quoted', () => {
    const joined = joinPartAnswers(
      [
        { answer: '제안서 출력물 총 12부 [1]', citations: [cite(1, 'a', '제안서 출력물 총 12부')] },
        { answer: '제안서 출력물 총 12부 [1] 제출수량: 1부 [2]', citations: [cite(1, 'a', '제안서 출력물 총 12부'), cite(2, 'b', '제출수량: 1부')] },
      ],
      text,
    );
    expect(joined.answer).toBe('제안서 출력물 총 12부 [1] 제출수량: 1부 [2]');
  });

  it('cites a passage twice rather than misquote it when a quote is not found in its text', () => {
    const joined = joinPartAnswers(
      [
        { answer: 'x [1]', citations: [cite(1, 'a', '제안서 출력물 총 12부')] },
        { answer: 'y [1]', citations: [cite(1, 'a', 'not in the passage')] },
      ],
      text,
    );
    expect(joined.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(joined.answer).toBe('x [1] y [2]');
  });
});
