import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrAvailable } from '../src/ingest/loaders/ocr.js';
import { hasChromium } from './e2e/chromium.js';
import { makeScannedKoreanPdf } from './support/scanned-pdf.js';

/**
 * Real Korean public documents (../shared/fixtures/korean-documents, Hancom files published by
 * ministries and a district office) through what operators run: the built service (`npm run
 * build`, then `node dist/cli/main.js serve`), its admin upload API and /api/ask. Each file with
 * text must be answerable with a citation that names its headline; the protected and empty files
 * must be refused with 422. A scanned Korean PDF is answered through OCR.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures/korean-documents');
const TOKEN = 'korean-documents-test-token';

interface Citation {
  passageId: string;
  title: string;
  sectionPath: string;
  page?: number;
  publishedAt?: string;
  quote: string;
}

let child: ChildProcess | undefined;
let base = '';
let dataDir = '';
let output = '';

beforeAll(async () => {
  if (!existsSync(FIXTURES)) return;
  await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-korean-documents-'));
  // No corpus: every answer must come from the uploaded files.
  const corpus = path.join(dataDir, 'corpus');
  mkdirSync(corpus);
  child = spawn(process.execPath, ['dist/cli/main.js', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'data'), CORPUS_DIR: corpus, ADMIN_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', onData);
    child?.once('exit', () => reject(new Error(`serve exited before it was ready:\n${output}`)));
  });
}, 600_000);

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function upload(name: string, bytes: Uint8Array): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  const response = await fetch(`${base}/api/admin/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function ask(question: string): Promise<{ answer: string; grounded: boolean; citations: Citation[]; source?: string }> {
  const response = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { answer: string; grounded: boolean; citations: Citation[]; source?: string };
}

// One question per document from the facts its README lists, and the headline on its first page.
const ANSWERABLE = [
  {
    file: 'msit-press-2018-09-03-nuri.hwp',
    title: '우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣',
    publishedAt: '2018-09-03',
    question: '한국형발사체는 몇 톤급 위성을 쏘아 올릴 수 있나?',
    fact: '1.5톤급 실용위성',
  },
  {
    file: 'mcst-press-2024-01-02.hwpx',
    title: '2024 파리 올림픽·패럴림픽 준비하는 우리 선수단 격려한다',
    publishedAt: '2024-01-02',
    question: '장미란 제2차관은 어느 선수촌을 방문하나?',
    fact: '진천 국가대표 선수촌',
  },
  {
    file: 'gangbuk-rfp-2023-07.hwpx',
    title: '『제2회 가을밤의 음악축제』 행사대행 용역 제안요청서',
    publishedAt: '2023-07-05',
    question: '가을밤의 음악축제 행사대행 용역의 소요예산은 얼마인가?',
    fact: '270,000,000원',
  },
  {
    file: 'public-data-standard-2023.hwpx',
    title: '공공데이터 제공 표준 (2023.5.18.)',
    publishedAt: '2023-05-18',
    question: '대중교통환승센터 데이터의 관련 법령은 무엇인가?',
    fact: '국가통합교통체계효율화법',
  },
  // A bare table with no headline: the document is named by its file, as the citation shows.
  { file: 'table-sample.hwp', title: 'table-sample.hwp', publishedAt: undefined, question: '표에서 DEF 옆 칸에는 무엇이 있나?', fact: 'GHI' },
];

const REFUSED = [
  { file: 'distribution-protected.hwp', code: 'distribution_document', message: /배포용 문서/ },
  { file: 'no-text.hwpx', code: 'no_text', message: /has no text/ },
];

describe.skipIf(!existsSync(FIXTURES))('Korean public documents through the built service', () => {
  it('covers every file in the fixtures folder', () => {
    const files = readdirSync(FIXTURES).filter((f) => f !== 'README.md');
    expect([...ANSWERABLE, ...REFUSED].map((d) => d.file).sort()).toEqual(files.sort());
  });

  it.each(REFUSED)('$file is refused with 422 and why', async ({ file, code, message }) => {
    const { status, body } = await upload(file, readFileSync(path.join(FIXTURES, file)));
    expect(status).toBe(422);
    const error = body.error as { code: string; message: string };
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each(ANSWERABLE)('$file: uploaded, then answered with a citation naming its headline', async ({ file, title, publishedAt, question, fact }) => {
    const { status, body } = await upload(file, readFileSync(path.join(FIXTURES, file)));
    expect(status).toBe(201);
    expect((body.documents as { title: string }[])[0]?.title).toBe(title);
    const result = await ask(question);
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain(fact);
    const citing = result.citations.filter((c) => c.quote.includes(fact));
    expect(citing.length).toBeGreaterThan(0);
    for (const citation of citing) {
      expect(citation.title).toBe(title);
      expect(citation.publishedAt).toBe(publishedAt);
    }
  });

  it("answers a question about an uploaded release itself from its metadata box's unit, without its phone numbers", async () => {
    // The release was uploaded above; its 담당 부서 sits in the contact box, which is never a passage.
    const result = await ask('선수단 격려 보도자료는 문화체육관광부의 어느 부서가 담당했나?');
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('체육국');
    expect(result.answer).not.toMatch(/\d{2,4}-\d{3,4}-\d{4}/);
    const citation = result.citations.find((c) => c.quote.includes('체육국'));
    expect(citation).toMatchObject({ title: '2024 파리 올림픽·패럴림픽 준비하는 우리 선수단 격려한다', sectionPath: '보도자료 정보' });
    // The cited statement opens like any passage (the widget fetches it by id).
    const opened = await fetch(`${base}/api/passages/${encodeURIComponent(citation?.passageId ?? '')}`);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as { passage: { text: string } }).passage.text).toContain('담당 부서: 체육국');
  });

  it("answers whom to contact from the release box's line for the part asked, and its times without any number", async () => {
    // The box gives each part of the visit its unit and officials; the line for Icheon answers, with its number.
    const contact = await ask('이천 장애인 선수촌 건으로 누구한테 연락하면 되나요?');
    expect(contact.grounded).toBe(true);
    expect(contact.answer).toContain('이기태');
    expect(contact.answer).toContain('044-203-3185');
    expect(contact.citations.find((c) => c.quote.includes('이기태'))).toMatchObject({ sectionPath: '보도자료 정보' });
    // The number comes first: the box's line leads the body sentences about the visit.
    expect(contact.answer.indexOf('044-203-3185')).toBeLessThan(contact.answer.indexOf('장미란'));
    const english = await ask('Who should I call about the Jincheon visit?');
    expect(english.grounded).toBe(true);
    expect(english.answer).toContain('044-203-3129');
    // A question on the release's times is answered from the same box, with no official's number.
    const embargo = await ask('선수단 격려 보도자료는 언제부터 보도할 수 있나요?');
    expect(embargo.grounded).toBe(true);
    expect(embargo.answer).toContain('08:00');
    expect(embargo.answer).not.toMatch(/\d{2,4}-\d{3,4}-\d{4}/);
  });

  it('reads the box of the release a question names a place of, whatever upload shares its everyday words', async () => {
    // "contact", "officer" and "phone number" fit the call for proposals' forms better; only the release names Icheon (이천).
    const result = await ask('Who is the contact officer for the Icheon part of the trip, and what is the phone number?');
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('044-203-3185');
    expect(result.citations.find((c) => c.quote.includes('이기태'))).toMatchObject({ sectionPath: '보도자료 정보' });
  });

  it('answers an English question about a Korean upload through the vocabulary public documents share', async () => {
    // The call for proposals was uploaded above; it is Korean only, and the question names its words in English.
    const result = await ask('What is the budget of the music festival event agency service?');
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('270,000,000원');
    expect(result.citations.find((c) => c.quote.includes('270,000,000원'))?.title).toBe('『제2회 가을밤의 음악축제』 행사대행 용역 제안요청서');
  });

  it('reads a romanised Korean name in an English question as the Korean word an upload uses', async () => {
    // The release names the vice minister and the village in Hangul only (장미란, 진천).
    const result = await ask('Which training village will Vice Minister Jang Mi-ran visit?');
    expect(result.grounded).toBe(true);
    expect(result.answer).toContain('진천');
    expect(result.citations.some((c) => c.title === '2024 파리 올림픽·패럴림픽 준비하는 우리 선수단 격려한다')).toBe(true);
  });

  it('answers an English question about a Korean upload through general words (audience, seats)', async () => {
    // Neither word is administrative: only the general English-Korean vocabulary gives 관람객 and 좌석.
    const result = await ask('How many audience seats are planned at the music festival?');
    expect(result.grounded).toBe(true);
    expect(result.source).toBe('upload');
    expect(result.answer).toContain('2,500명');
  });

  it('reads a name in its customary spelling (Yoo In-chon for 유인촌) as the Korean name an upload uses', async () => {
    const result = await ask('Which ministry is Yoo In-chon the minister of?');
    expect(result.grounded).toBe(true);
    expect(result.source).toBe('upload');
    expect(result.answer).toContain('문화체육관광부(장관 유인촌');
  });

  it('keeps a romanised name an upload holds as typed instead of mending it to the corpus word one letter away', async () => {
    // "Jincheon" is one letter from "Incheon", which the official documents name; mended, the
    // question was answered with Incheon's bio complex from the official corpus.
    const result = await ask('When is the Jincheon visit?');
    expect(result.grounded).toBe(true);
    expect(result.source).toBe('upload');
    expect(result.answer).toContain('1월 2일');
    expect(result.answer).not.toMatch(/Incheon|인천/);
  });

  it.skipIf(!hasChromium)('a scanned Korean PDF is answered through OCR, its citation saying so', async () => {
    const pdf = await makeScannedKoreanPdf([
      ['친환경 산업단지 전환 계획', '정부는 노후 산업단지 입주기업에 에너지 설비 교체 비용의 절반을 지원한다.'],
      ['신청은 산업단지공단 지역본부에서 받는다.'],
    ]);
    const { status, body } = await upload('scan.pdf', pdf);
    if (!(await ocrAvailable())) {
      expect(status).toBe(422);
      expect((body.error as { message: string }).message).toMatch(/apt-get install tesseract-ocr tesseract-ocr-kor poppler-utils/);
      return;
    }
    expect(status).toBe(201);
    expect(output).toMatch(/upload: OCR scan\.pdf: page 1 \(1\/2\) read in \d+\.\d s/);
    const result = await ask('노후 산업단지 입주기업은 어떤 비용을 지원받나?');
    expect(result.answer).toContain('에너지 설비 교체 비용');
    const citation = result.citations.find((c) => c.quote.includes('에너지 설비'));
    expect(citation).toMatchObject({ title: '친환경 산업단지 전환 계획', sectionPath: 'Scanned page 1 (OCR text)', page: 1 });
  });
});
