import { cpSync } from 'node:fs';
import path from 'node:path';
import { askOnce } from '../answer/ask.js';
import { loadConfig } from '../core/config.js';
import type { AskResult } from '../core/types.js';
import { openRuntime } from '../node/runtime.js';

export interface HostileUploadsReport {
  name: string;
  questions: number;
  /** Questions whose answer changed once the uploads were in, with the source it came from. */
  changed: string[];
  uploads: string[];
}

/** Everything a reader is given, without the answer's id and timings. */
function answerKey(result: AskResult): string {
  const { answer, grounded, refusalReason, citations, seeAlso, lang, source } = result;
  return JSON.stringify({ answer, grounded, refusalReason, citations, seeAlso, lang, source });
}

/**
 * The uploads of issue 24 that moved official answers: a short memo repeating the words of a
 * question, a hundred sections stuffed with the words of the questions the documents answer, and
 * a long document about something else altogether.
 */
export function hostileUploads(answeredQuestions: readonly string[]): { name: string; text: string }[] {
  const words = [...new Set(answeredQuestions.flatMap((q) => q.split(/[\s?.,!]+/u)).filter((w) => w.length > 1))];
  const first = answeredQuestions[0] ?? '';
  return [
    { name: 'hostile-memo.md', text: `# 메모\n\n${first}\n${first} 다시 논의.\n${first} 자료는 추후 공유.\n` },
    {
      name: 'hostile-stuffed.md',
      text: ['# 공지', '', ...Array.from({ length: 100 }, (_, i) => `## 공지 ${i + 1}\n\n${[...words.slice(i % words.length), ...words].join(' ')}\n`)].join(
        '\n',
      ),
    },
    {
      name: 'hostile-unrelated.md',
      text: [
        '# 사내 동아리 운영 규정',
        '',
        ...Array.from(
          { length: 400 },
          (_, i) => `## 제${i + 1}조\n\n동아리 ${i + 1}반은 매월 둘째 주 금요일에 모여 바둑, 등산, 독서 가운데 하나를 정해 활동한다. 회비는 총무가 관리한다.\n`,
        ),
      ].join('\n'),
    },
  ];
}

/**
 * On a copy of the soak's index: every question answered before and after the hostile uploads
 * go in as ordinary uploads; the official answers must be identical (answer, citations, refusal).
 */
export async function hostileUploadsCycle(input: { dataDir: string; work: string; questions: readonly string[] }): Promise<HostileUploadsReport> {
  const dataDir = path.join(input.work, 'hostile-uploads-data');
  cpSync(input.dataDir, dataDir, { recursive: true });
  const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const before = new Map<string, AskResult>();
    for (const question of input.questions) before.set(question, await askOnce(runtime, { question, mode: 'extractive' }));
    const answered = input.questions.filter((q) => before.get(q)?.grounded);
    const uploads = hostileUploads(answered);
    for (const upload of uploads) await runtime.admin.upload({ files: [{ name: upload.name, bytes: new TextEncoder().encode(upload.text) }], meta: {} });
    const changed: string[] = [];
    for (const question of input.questions) {
      const after = await askOnce(runtime, { question, mode: 'extractive' });
      if (answerKey(after) !== answerKey(before.get(question) as AskResult)) changed.push(`"${question}" (now from ${after.source})`);
    }
    return { name: 'hostile uploads', questions: input.questions.length, changed, uploads: uploads.map((u) => u.name) };
  } finally {
    runtime.close();
  }
}
