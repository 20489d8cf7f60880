import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AskResult, Citation } from '../core/types.js';
import { feedbackDirFor } from './jsonl-feedback-store.js';
import { maskPersonalData } from './mask-personal-data.js';

export const ANSWER_LOG_FILE = 'answers.jsonl';

/** What an operator needs beside a rating: what was answered, and from which sources. */
export interface AnswerLogEntry {
  id: string;
  answeredAt: string;
  /**
   * Present only when LOG_QUESTIONS is on: questions can carry personal data, so phone and resident
   * registration numbers are masked before the question is stored.
   */
  question?: string;
  lang: AskResult['lang'];
  grounded: boolean;
  /** Why a refused answer was refused; absent in entries older than the field. */
  refusalReason?: AskResult['refusalReason'];
  /** Time to answer (AskResult.timingsMs.total); absent in entries older than the field. */
  ms?: number;
  mode: AskResult['mode'];
  retrieval: AskResult['retrieval'];
  answer: string;
  citations: Pick<Citation, 'n' | 'docId' | 'title' | 'sectionPath' | 'page' | 'quote' | 'sourceUrl'>[];
}

export interface AnswerRetention {
  maxEntries: number;
  maxDays: number;
}

export function answerLogEntry(result: AskResult, question: string | undefined, now = new Date()): AnswerLogEntry {
  return {
    id: result.id,
    answeredAt: now.toISOString(),
    // Questions are kept only with LOG_QUESTIONS on, and then with personal data masked.
    ...(question === undefined ? {} : { question: maskPersonalData(question) }),
    lang: result.lang,
    grounded: result.grounded,
    ...(!result.grounded && result.refusalReason ? { refusalReason: result.refusalReason } : {}),
    ...(typeof result.timingsMs?.total === 'number' ? { ms: Math.round(result.timingsMs.total) } : {}),
    mode: result.mode,
    retrieval: result.retrieval,
    answer: result.answer,
    citations: result.citations.map(({ n, docId, title, sectionPath, page, quote, sourceUrl }) => ({
      n,
      docId,
      title,
      sectionPath,
      ...(page === undefined ? {} : { page }),
      quote,
      sourceUrl,
    })),
  };
}

/** Keeps the newest `maxEntries` entries younger than `maxDays`; the input is oldest first. */
export function retained(entries: AnswerLogEntry[], retention: AnswerRetention, now = Date.now()): AnswerLogEntry[] {
  const cutoff = now - retention.maxDays * 86_400_000;
  return entries.filter((e) => Date.parse(e.answeredAt) >= cutoff).slice(-retention.maxEntries);
}

function parseLines(text: string): AnswerLogEntry[] {
  const entries: AnswerLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as AnswerLogEntry);
    } catch {
      // A torn final line from a crash mid-append; the entries before it are whole.
    }
  }
  return entries;
}

/**
 * DATA_DIR/answers/answers.jsonl: one line per answer given, so that a feedback export can show
 * what was rated. Bounded: when an append leaves the file a quarter over `maxEntries`, or on the
 * first append of a process, it is rewritten (temp file, then rename) with only what retention keeps.
 * Appends are best-effort (no fsync): losing the last answers in a crash costs little, unlike a rating.
 */
export class JsonlAnswerLog {
  readonly file: string;
  private queue: Promise<void> = Promise.resolve();
  private pending: string[] = [];
  private count: number | undefined;

  constructor(
    readonly dir: string,
    private readonly retention: AnswerRetention,
  ) {
    this.file = path.join(dir, ANSWER_LOG_FILE);
  }

  append(entry: AnswerLogEntry): Promise<void> {
    this.pending.push(`${JSON.stringify(entry)}\n`);
    const write = this.queue.then(() => this.writePending());
    this.queue = write.catch(() => undefined);
    return write;
  }

  /**
   * Every line queued since the last write, in one append: a busy server answers many questions
   * during one write, and one file open per answer cost it more than the answer's JSON. A call
   * whose line an earlier call already wrote has nothing left to do.
   */
  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    if (this.count === undefined) {
      await mkdir(this.dir, { recursive: true });
      await this.compact();
    }
    await writeFile(this.file, lines.join(''), { flag: 'a' });
    this.count = (this.count ?? 0) + lines.length;
    if (this.count >= Math.ceil(this.retention.maxEntries * 1.25)) await this.compact();
  }

  private async compact(): Promise<void> {
    const kept = retained(await this.readAll(), this.retention);
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(temp, this.file);
    this.count = kept.length;
  }

  private async readAll(): Promise<AnswerLogEntry[]> {
    try {
      return parseLines(await readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Entries by answer id, within retention (what export joins ratings with). */
  async byId(): Promise<Map<string, AnswerLogEntry>> {
    return new Map((await this.entries()).map((e) => [e.id, e]));
  }

  /** Every entry retention keeps, oldest first (what the operator's dashboard counts). */
  async entries(): Promise<AnswerLogEntry[]> {
    return retained(await this.readAll(), this.retention);
  }

  /** How long entries are kept: the dashboard says so and shows no older ratings either. */
  get maxDays(): number {
    return this.retention.maxDays;
  }
}

/** The Node service's answer log under a local DATA_DIR; none for object storage or when retention is 0. */
export function openAnswerLog(config: { dataDir: string; answerLogMaxEntries: number; answerLogMaxDays: number }): JsonlAnswerLog | undefined {
  if (!feedbackDirFor(config.dataDir) || config.answerLogMaxEntries === 0 || config.answerLogMaxDays === 0) return undefined;
  return new JsonlAnswerLog(path.join(config.dataDir, 'answers'), { maxEntries: config.answerLogMaxEntries, maxDays: config.answerLogMaxDays });
}
