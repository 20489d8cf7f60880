import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchQuestion {
  id: string;
  lang: string;
  question: string;
  /** Groups of alternatives; a passage holds the facts when it contains one alternative of every group. */
  keyFacts: string[][];
  answerable: boolean;
}

const INDEPENDENT = path.resolve('../shared/evals/independent.jsonl');

/** The independent set when it is present (it is the one that counts), else the repo's eval questions. */
export function loadBenchQuestions(): { source: string; questions: BenchQuestion[] } {
  const files = existsSync(INDEPENDENT)
    ? [INDEPENDENT]
    : readdirSync('evals/questions')
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join('evals/questions', f));
  const questions: BenchQuestion[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { id: string; lang: string; question: string; keyFacts?: string[][]; answerable?: boolean; type?: string };
      const keyFacts = item.keyFacts ?? [];
      const refusal = item.answerable === false || item.type === 'out-of-scope' || item.type === 'not-in-documents';
      questions.push({ id: item.id, lang: item.lang, question: item.question, keyFacts, answerable: !refusal && keyFacts.length > 0 });
    }
  }
  return { source: files.map((f) => path.relative(process.cwd(), f)).join(', '), questions };
}

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');

export function holdsFacts(text: string, keyFacts: string[][]): boolean {
  const haystack = fold(text);
  return keyFacts.every((group) => group.some((alt) => haystack.includes(fold(alt))));
}

/** Share of answerable questions with at least one passage among the top k that holds every fact. */
export function factRecall(questions: BenchQuestion[], topIds: Map<string, string[]>, textOf: (id: string) => string, k: number): number {
  const answerable = questions.filter((q) => q.answerable);
  const hits = answerable.filter((q) => (topIds.get(q.id) ?? []).slice(0, k).some((id) => holdsFacts(textOf(id), q.keyFacts)));
  return answerable.length === 0 ? 0 : hits.length / answerable.length;
}
