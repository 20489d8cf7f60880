import { describe, expect, it } from 'vitest';
import type { AnswerLogEntry } from '../feedback/answer-log.js';
import type { FeedbackRecord } from '../feedback/feedback-schema.js';
import { NO_REASON, operatorStats } from './operator-stats.js';

const NOW = new Date('2026-12-06T12:00:00Z');

function entry(id: string, at: string, grounded: boolean, extra: Partial<AnswerLogEntry> = {}): AnswerLogEntry {
  return { id, answeredAt: at, lang: 'ko', grounded, mode: 'extractive', retrieval: 'hybrid', answer: `answer ${id}`, citations: [], ...extra };
}
const rating = (answerId: string, at: string, value: 'up' | 'down', comment?: string): FeedbackRecord => ({
  id: `r-${answerId}-${value}`,
  answerId,
  rating: value,
  createdAt: at,
  ...(comment ? { comment } : {}),
});

describe('operatorStats', () => {
  const entries = [
    entry('old', '2026-10-01T09:00:00Z', false, { question: 'too old to keep' }),
    entry('a', '2026-12-04T09:00:00Z', true, { ms: 10 }),
    entry('b', '2026-12-04T10:00:00Z', true, { ms: 30 }),
    entry('c', '2026-12-06T08:00:00Z', false, { question: '전화 010-1234-5678 달 여행 비용?', ms: 5 }),
    entry('d', '2026-12-06T09:00:00Z', false, { question: '전화 010-1234-5678 달 여행 비용', refusalReason: 'no_evidence', ms: 7 }),
    entry('e', '2026-12-06T10:00:00Z', false),
    entry('f', '2026-12-06T11:00:00Z', true, {
      ms: 100,
      question: 'q f',
      citations: [{ n: 1, docId: 'x', title: 'Doc X', sectionPath: 's', quote: 'q', sourceUrl: '' }],
    }),
  ];
  const ratings = [
    rating('old', '2026-10-01T10:00:00Z', 'down'),
    rating('a', '2026-12-04T11:00:00Z', 'up'),
    rating('f', '2026-12-06T11:30:00Z', 'down', 'call 02-123-4567'),
    rating('gone', '2026-12-06T11:40:00Z', 'down'),
  ];
  const stats = operatorStats({ entries, ratings, maxDays: 30, now: NOW });

  it('counts each day from the first kept one to today, zero days included, nothing past retention', () => {
    expect(stats.days.map((d) => d.day)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06']);
    expect(stats.days[0]).toMatchObject({ questions: 2, answered: 2, refused: {}, p50: 10, p95: 30, up: 1, down: 0 });
    expect(stats.days[1]).toEqual({ day: '2026-12-05', questions: 0, answered: 0, refused: {}, up: 0, down: 0 });
    expect(stats.days[2]).toMatchObject({ questions: 4, answered: 1, refused: { [NO_REASON]: 2, no_evidence: 1 }, p50: 7, p95: 100, up: 0, down: 2 });
  });

  it('groups refused questions that differ only in punctuation, masks them, and counts the unlogged', () => {
    expect(stats.topRefused).toEqual([
      { question: '전화 [전화번호 삭제] 달 여행 비용', count: 2, lastAsked: '2026-12-06T09:00:00Z', reasons: [NO_REASON, 'no_evidence'] },
    ]);
    expect(stats.refusedWithoutQuestion).toBe(1);
  });

  it('joins down-votes with their answers, comments masked; a vote without its answer is only counted', () => {
    expect(stats.downVotes).toEqual([
      { ratedAt: '2026-12-06T11:30:00Z', question: 'q f', answer: 'answer f', comment: 'call [전화번호 삭제]', sources: ['Doc X'] },
    ]);
    expect(stats.downVotesWithoutAnswer).toBe(1);
  });
});
