import { percentile } from '../core/percentile.js';
import type { AnswerLogEntry } from '../feedback/answer-log.js';
import type { FeedbackRecord } from '../feedback/feedback-schema.js';
import { maskPersonalData } from '../feedback/mask-personal-data.js';

/** What the log says about refusals that carry no reason (entries written before reasons existed). */
export const NO_REASON = 'refused';
/** Days the charts cover at most: a month reads at a glance; the answer log may keep more. */
export const MAX_CHART_DAYS = 31;

export interface DayStats {
  /** YYYY-MM-DD (UTC). */
  day: string;
  questions: number;
  answered: number;
  /** Refusals by reason; NO_REASON for those the log gives none. */
  refused: Record<string, number>;
  /** Latency of the day's answers (ms), nearest rank; undefined when none was timed. */
  p50?: number;
  p95?: number;
  up: number;
  down: number;
}

export interface RefusedQuestion {
  /** As asked (personal data masked); the most recent wording of the group. */
  question: string;
  count: number;
  lastAsked: string;
  reasons: string[];
}

export interface DownVote {
  ratedAt: string;
  question?: string;
  answer: string;
  comment?: string;
  sources: string[];
}

export interface OperatorStats {
  days: DayStats[];
  topRefused: RefusedQuestion[];
  /** Refused answers whose question was not logged (LOG_QUESTIONS off). */
  refusedWithoutQuestion: number;
  downVotes: DownVote[];
  /** Down-votes whose answer the log no longer (or never) held. */
  downVotesWithoutAnswer: number;
  maxDays: number;
}

const dayOf = (iso: string) => iso.slice(0, 10);

function dayRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days.slice(-MAX_CHART_DAYS);
}

/** Questions that differ only in case, spacing or a final question mark are one question. */
function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[?？.!\s]+$/, '')
    .trim();
}

/**
 * Per-day counts, the most often refused questions and the down-voted answers, from the answer log
 * and the ratings. Ratings older than `maxDays` (the answer log's retention) are left out too, so
 * the dashboard shows nothing the log no longer keeps. Every text shown is masked again: older
 * entries may predate masking.
 */
export function operatorStats(input: { entries: AnswerLogEntry[]; ratings: FeedbackRecord[]; maxDays: number; now?: Date; top?: number }): OperatorStats {
  const now = input.now ?? new Date();
  const cutoff = now.getTime() - input.maxDays * 86_400_000;
  const entries = input.entries.filter((e) => Date.parse(e.answeredAt) >= cutoff);
  const ratings = input.ratings.filter((r) => Date.parse(r.createdAt) >= cutoff);
  const top = input.top ?? 10;

  const firstDay = [...entries.map((e) => dayOf(e.answeredAt)), ...ratings.map((r) => dayOf(r.createdAt))].sort()[0] ?? dayOf(now.toISOString());
  const byDay = new Map<string, DayStats & { latencies: number[] }>(
    dayRange(firstDay, dayOf(now.toISOString())).map((day) => [day, { day, questions: 0, answered: 0, refused: {}, up: 0, down: 0, latencies: [] }]),
  );
  for (const entry of entries) {
    const day = byDay.get(dayOf(entry.answeredAt));
    if (!day) continue;
    day.questions++;
    if (entry.grounded) day.answered++;
    else {
      const reason = entry.refusalReason ?? NO_REASON;
      day.refused[reason] = (day.refused[reason] ?? 0) + 1;
    }
    if (typeof entry.ms === 'number') day.latencies.push(entry.ms);
  }
  for (const rating of ratings) {
    const day = byDay.get(dayOf(rating.createdAt));
    if (day) day[rating.rating]++;
  }
  const days = [...byDay.values()].map(({ latencies, ...day }) =>
    latencies.length > 0 ? { ...day, p50: percentile(latencies, 50), p95: percentile(latencies, 95) } : day,
  );

  const refusedGroups = new Map<string, RefusedQuestion>();
  let refusedWithoutQuestion = 0;
  for (const entry of entries) {
    if (entry.grounded) continue;
    if (!entry.question) {
      refusedWithoutQuestion++;
      continue;
    }
    const question = maskPersonalData(entry.question);
    const key = questionKey(question);
    const group = refusedGroups.get(key) ?? { question, count: 0, lastAsked: entry.answeredAt, reasons: [] };
    group.count++;
    if (entry.answeredAt >= group.lastAsked) Object.assign(group, { question, lastAsked: entry.answeredAt });
    const reason = entry.refusalReason ?? NO_REASON;
    if (!group.reasons.includes(reason)) group.reasons.push(reason);
    refusedGroups.set(key, group);
  }
  const topRefused = [...refusedGroups.values()].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked)).slice(0, top);

  const answers = new Map(entries.map((e) => [e.id, e]));
  const downVotes: DownVote[] = [];
  let downVotesWithoutAnswer = 0;
  for (const rating of [...ratings].reverse()) {
    if (rating.rating !== 'down') continue;
    const entry = answers.get(rating.answerId);
    if (!entry) {
      downVotesWithoutAnswer++;
      continue;
    }
    if (downVotes.length >= top * 2) continue;
    downVotes.push({
      ratedAt: rating.createdAt,
      ...(entry.question ? { question: maskPersonalData(entry.question) } : {}),
      answer: maskPersonalData(entry.answer),
      ...(rating.comment ? { comment: maskPersonalData(rating.comment) } : {}),
      sources: [...new Set(entry.citations.map((c) => c.title))],
    });
  }
  return { days, topRefused, refusedWithoutQuestion, downVotes, downVotesWithoutAnswer, maxDays: input.maxDays };
}
