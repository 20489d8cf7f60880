import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../src/answer/messages.js';
import { type UploadFile, upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const TOKEN = 'official-answers-token-7c1d2e3f4a5b';

/**
 * Questions about the corpus, written for this test, in both languages, casual wording included:
 * twelve it answers and three it cannot (which no upload below answers either).
 */
const OFFICIAL_QUESTIONS = [
  '5차 산업집적활성화 기본계획은 무엇을 목표로 하나?',
  '용인 반도체 클러스터에는 어떤 기업이 들어가나요?',
  '기회발전특구에 입주하면 세금 혜택이 있나요?',
  '노후 산업단지 재생사업은 어떻게 추진되나요?',
  '산업집적법은 언제 이름이 바뀌었어?',
  '문화선도산단은 몇 곳을 지정할 계획이야?',
  '전국 산업단지 수는 몇 개야?',
  '산단공 본부가 있는 도시는?',
  'What is the aim of the fifth basic plan for industrial clusters?',
  'Within three years, the draft wants how many culture-leading complexes named?',
  'How long are corporate taxes cut for startups in opportunity development zones?',
  'Which ministry is in charge of industrial complex policy?',
  '4차 기본계획의 추진과제는 무엇이었나?',
  '제주도 감귤 수확량은?',
  'Who is the mayor of Busan?',
];

/** A four-line memo that only repeats the words of the plan's goal question. */
const MEMO =
  '# 회의 메모\n\n5차 산업집적활성화 기본계획 목표 관련 회의.\n5차 산업집적활성화 기본계획 목표를 다음 주에 다시 논의한다.\n5차 산업집적활성화 기본계획 목표 자료는 추후 공유.\n';

/**
 * A hundred sections stuffed with the words of these questions, in both languages, "혜택" (a word
 * the corpus never uses, so the official evidence cannot hold it) included. (An upload holding a
 * rare word that the official documents use, but not in the evidence they give for a question, is
 * another matter: it may answer that question, as an upload, saying so; see docs/trust.md.)
 */
const STUFFED = [
  '# 산업단지 기본계획 목표 세금 혜택 안내',
  '',
  ...Array.from(
    { length: 100 },
    (_, i) =>
      `## 기본계획 목표 ${i + 1}\n\n${'5차 산업집적활성화 기본계획 목표 용인 반도체 클러스터 기회발전특구 입주하면 세금 혜택 노후 산업단지 재생사업 문화선도산단 지정 산업집적법 '.repeat(6)}` +
      `${'fifth basic plan industrial clusters culture-leading complexes designated tax benefits opportunity development zones ministry '.repeat(3)}\n`,
  ),
].join('\n');

/** A long document on something else altogether. */
const UNRELATED = [
  '# 사내 동아리 운영 규정',
  '',
  ...Array.from(
    { length: 120 },
    (_, i) =>
      `## 제${i + 1}조\n\n동아리 ${i + 1}반은 매월 둘째 주 금요일에 모여 바둑, 등산, 독서 가운데 하나를 정해 활동한다. 회비는 한 달에 ${5 + (i % 7)}천 원이며 총무가 관리한다. 활동 기록은 분기마다 게시판에 올린다.\n`,
  ),
].join('\n');

/** An upload that answers what the corpus does not say. */
const NOTICE = {
  name: 'safety-week-notice.md',
  bytes: [
    '---',
    'title: 2026 산업단지 안전 점검 주간 안내',
    'lang: ko',
    '---',
    '# 2026 산업단지 안전 점검 주간 안내',
    '',
    '올해 산업단지 안전 점검 주간은 2026년 3월 9일부터 3월 13일까지다. 점검 주간에는 입주기업의 화학물질 저장시설과 소방 설비를 집중 점검한다.',
    '',
  ].join('\n'),
};

const NURI = path.resolve('../shared/fixtures/korean-documents/msit-press-2018-09-03-nuri.hwp');
const RFP = path.resolve('../shared/fixtures/korean-documents/gangbuk-rfp-2023-07.hwpx');

interface AskJson {
  answer: string;
  grounded: boolean;
  refusalReason?: string;
  source: string;
  citations: { docId: string; passageId: string; quote: string }[];
  seeAlso: unknown[];
  lang: string;
  retrieval: string;
}

async function askJson(corpus: CorpusRuntime, question: string): Promise<AskJson> {
  const response = await corpus.app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, mode: 'extractive' }),
  });
  expect(response.status, question).toBe(200);
  return (await response.json()) as AskJson;
}

/** Everything a reader gets, without the answer id and timings. */
function answerOf(json: AskJson): string {
  const { answer, grounded, refusalReason, source, citations, seeAlso, lang, retrieval } = json;
  return JSON.stringify({ answer, grounded, refusalReason, source, citations, seeAlso, lang, retrieval });
}

describe('ordinary uploads cannot move official answers', () => {
  let corpusOnly: CorpusRuntime;
  let withUploads: CorpusRuntime;
  beforeAll(async () => {
    corpusOnly = await openCorpusRuntime();
    withUploads = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } });
    const files: UploadFile[] = [
      { name: 'goal-memo.md', bytes: MEMO },
      { name: 'stuffed-notice.md', bytes: STUFFED },
      { name: 'club-rules.md', bytes: UNRELATED },
      NOTICE,
    ];
    for (const fixture of [NURI, RFP]) if (existsSync(fixture)) files.push({ name: path.basename(fixture), bytes: new Uint8Array(readFileSync(fixture)) });
    for (const file of files) expect((await upload(withUploads.app, { files: [file], token: TOKEN })).status, file.name).toBe(201);
  }, 180_000);
  afterAll(() => {
    corpusOnly?.close();
    withUploads?.close();
  });

  it('answers every official question byte for byte as the corpus alone does', async () => {
    let answered = 0;
    for (const question of OFFICIAL_QUESTIONS) {
      const alone = await askJson(corpusOnly, question);
      const beside = await askJson(withUploads, question);
      expect(answerOf(beside), question).toBe(answerOf(alone));
      expect(beside.source, question).toBe('official');
      if (alone.grounded) answered++;
    }
    // The list is mostly questions the corpus answers: identical refusals alone would prove little.
    expect(answered).toBeGreaterThanOrEqual(10);
  });

  it('counts the official documents alone: statistics equal the corpus-only index', async () => {
    const alone = await corpusOnly.runtime.store.termStats();
    const official = await withUploads.runtime.store.official().termStats();
    const all = await withUploads.runtime.store.termStats();
    expect(official.docCount).toBe(alone.docCount);
    expect(all.docCount).toBeGreaterThan(alone.docCount);
    for (const term of ['목표', '기본계획', '세금', 'plan', 'goal']) expect(official.df(term), term).toBe(alone.df(term));
  });

  it('answers from an upload what no official document says, and says so', async () => {
    const json = await askJson(withUploads, '산업단지 안전 점검 주간은 언제야?');
    expect(json.source).toBe('upload');
    expect(json.grounded).toBe(true);
    expect(json.answer.startsWith(MESSAGES.ko.uploadLead(['2026 산업단지 안전 점검 주간 안내']))).toBe(true);
    expect(json.answer).toContain('3월 9일');
    expect(json.citations.length).toBeGreaterThan(0);
    expect(json.citations.every((c) => c.docId === 'safety-week-notice')).toBe(true);
    // Without the upload the corpus has nothing to say on it.
    expect((await askJson(corpusOnly, '산업단지 안전 점검 주간은 언제야?')).source).toBe('official');
  });

  it.skipIf(!existsSync(NURI))('prefers the uploaded press release to an official passage that only shares words', async () => {
    const question = '한국형발사체 새 이름 뭐임?';
    const json = await askJson(withUploads, question);
    expect(json.source).toBe('upload');
    expect(json.answer).toContain('누리');
    expect(json.citations.every((c) => c.docId === 'msit-press-2018-09-03-nuri')).toBe(true);
  });

  it.skipIf(!existsSync(RFP))('asks the uploads when the official evidence, judged to answer, gives the answerer nothing to quote', async () => {
    // 행사 and 예산 are the official documents' words too; the festival is not. Their evidence is
    // judged to answer and quotes nothing: the request for proposals does.
    const question = '음악축제 행사 예산 얼마?';
    expect((await askJson(corpusOnly, question)).grounded).toBe(false);
    const json = await askJson(withUploads, question);
    expect(json.source).toBe('upload');
    expect(json.answer).toContain('270,000,000원');
    expect(json.citations.every((c) => c.docId === 'gangbuk-rfp-2023-07')).toBe(true);
  });
});
