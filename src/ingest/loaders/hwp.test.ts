import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeHwp } from '../../../test/support/hwp-writer.js';
import { UserError } from '../../core/errors.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { parseInWorker } from '../parse-in-worker.js';
import { loadDocument } from './load-document.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/korean-documents');

async function refusal(file: string, bytes: Uint8Array): Promise<UserError> {
  const error = await loadDocument({ file, bytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('HWP 5.0 loader', () => {
  it('reads paragraphs and tables in order, the largest text near the top as the headline', async () => {
    const { bytes } = makeHwp([
      { text: '산업단지 대개조 추진 계획', pt: 20 },
      { text: '첫 문단입니다. 지원 대상은 노후 산업단지이다.' },
      {
        table: [
          ['구분', '내용'],
          ['지원 규모', '3조원'],
        ],
      },
      { text: '끝 문단입니다.' },
    ]);
    const doc = await loadDocument({ file: 'plan.hwp', bytes });
    expect(doc.title).toBe('산업단지 대개조 추진 계획');
    expect(doc.body).toBe('# 산업단지 대개조 추진 계획\n\n첫 문단입니다. 지원 대상은 노후 산업단지이다.\n\n지원 규모: 3조원\n\n끝 문단입니다.');
    const plain = await loadDocument({ file: 'plain.hwp', bytes: makeHwp([{ text: '압축하지 않은 본문' }], { compressed: false }).bytes });
    expect(plain.body).toBe('압축하지 않은 본문');
  });

  it('a press release metadata box gives the date and unit and is not indexed; a headline in a data table is not the title', async () => {
    const { bytes } = makeHwp([
      {
        table: [
          ['보도시점', '2024. 3. 5.(화) 12:00', '배포', '2024. 3. 4.(월)'],
          ['담당 부서', '산업입지정책과', '담당자', '홍길동 (044-203-0000)'],
        ],
      },
      { table: [['구분', '큰 글씨 셀']], pt: 24 },
      { text: '노후 산업단지 재생 사업 선정', pt: 18 },
      { text: '정부는 올해 재생 사업지구 다섯 곳을 선정했다.' },
    ]);
    const doc = await loadDocument({ file: 'release.hwp', bytes });
    expect(doc).toMatchObject({ title: '노후 산업단지 재생 사업 선정', publishedAt: '2024-03-04', issuer: '산업입지정책과', summary: '산업입지정책과' });
    for (const box of ['보도시점', '담당자', '044-203-0000']) expect(doc.body).not.toContain(box);
    expect(doc.body).toContain('정부는 올해 재생 사업지구 다섯 곳을 선정했다.');
    // The box as it states it, an entry a line, kept for the document's own statement: the times, then the unit with its official.
    expect(doc.releaseBox).toEqual([
      '보도시점: 2024. 3. 5.(화) 12:00, 배포: 2024. 3. 4.(월)',
      '담당 부서: 산업입지정책과, 담당자: 홍길동, 문의 전화번호 044-203-0000',
    ]);
  });

  it("a box's second unit opens a line of its own, and a row without a label continues the unit above", async () => {
    const { bytes } = makeHwp([
      {
        table: [
          ['담당 부서', '항만국', '책임자', '과장', '김항만', '(044-200-1111)'],
          ['(부산신항)', '항만개발과', '담당자', '사무관', '이부두', '(044-200-1122)'],
          ['담당 부서', '해운물류국', '책임자', '과장', '박해운', '(044-200-2211)'],
        ],
      },
      { text: '신항 부두 개장', pt: 18 },
      { text: '해양수산부는 신항 부두를 개장한다.' },
    ]);
    const doc = await loadDocument({ file: 'harbour.hwp', bytes });
    expect(doc.releaseBox).toEqual([
      '담당 부서: 항만국 (부산신항) 항만개발과, 책임자: 과장 김항만, 문의 전화번호 044-200-1111, 담당자: 사무관 이부두, 문의 전화번호 044-200-1122',
      '담당 부서: 해운물류국, 책임자: 과장 박해운, 문의 전화번호 044-200-2211',
    ]);
    // A form with 연락처 blanks to fill in (a proxy form in a call for proposals) is no release box.
    const form = makeHwp([
      { text: '행사 대행 용역 제안요청서', pt: 18 },
      { text: '본문입니다.' },
      {
        table: [
          ['성명', '', '연락처', ''],
          ['업체명', '', '연락처', '☎ : HP : 상기인을 대리인으로 위임합니다.'],
        ],
      },
    ]);
    expect((await loadDocument({ file: 'form.hwp', bytes: form.bytes })).releaseBox).toBeUndefined();
  });

  it('refuses distribution and password-protected documents with 422 and a reason', async () => {
    const distribution = await refusal('view.hwp', makeHwp([{ text: '이 문서는 배포용 문서입니다' }], { distribution: true }).bytes);
    expect([distribution.status, distribution.code]).toEqual([422, 'distribution_document']);
    expect(distribution.message).toMatch(/view\.hwp: is an HWP distribution document \(배포용 문서\)/);
    const locked = await refusal('locked.hwp', makeHwp([{ text: '비밀' }], { password: true }).bytes);
    expect([locked.status, locked.code]).toEqual([422, 'encrypted_hwp']);
  });

  it('refuses a cyclic sector chain, a stream that claims gigabytes and a zlib bomb', async () => {
    const cyclic = makeHwp([{ text: '본문' }]);
    const start = cyclic.starts.get('BodyText/Section0') as number;
    new DataView(cyclic.bytes.buffer).setUint32(cyclic.fatOffset + start * 4, start, true);
    const loop = await refusal('loop.hwp', cyclic.bytes);
    expect([loop.status, loop.code]).toEqual([422, 'corrupt_file']);
    expect(loop.message).toMatch(/loop\.hwp: .*chain (loops|is longer than its declared size)/);

    const huge = makeHwp([{ text: '본문' }]);
    new DataView(huge.bytes.buffer).setUint32((huge.entries.get('BodyText/Section0') as number) + 0x78, 0xfffffff0, true);
    const claims = await refusal('huge.hwp', huge.bytes);
    expect([claims.status, claims.code]).toEqual([422, 'corrupt_file']);
    expect(claims.message).toMatch(/huge\.hwp: .*declares \d+ bytes/);

    const bomb = makeHwp([], { rawSection: deflateSync(new Uint8Array(8 * 1024 * 1024)) });
    const burst = await refusal('bomb.hwp', bomb.bytes);
    expect([burst.status, burst.code]).toEqual([413, 'zip_bomb']);
    expect(burst.message).toMatch(/bomb\.hwp: rejected as a possible zlib bomb: stream BodyText\/Section0 inflates more than 200x/);
  });

  it('a hostile compound file and a zlib bomb are refused inside the parse worker within its budget', async () => {
    const budget = { timeoutMs: 20_000, memoryMb: 128 };
    const cyclic = makeHwp([{ text: '본문' }]);
    const start = cyclic.starts.get('BodyText/Section0') as number;
    new DataView(cyclic.bytes.buffer).setUint32(cyclic.fatOffset + start * 4, start, true);
    const bomb = makeHwp([], { rawSection: deflateSync(new Uint8Array(8 * 1024 * 1024)) });
    for (const [file, bytes, status] of [
      ['loop.hwp', cyclic.bytes, 422],
      ['bomb.hwp', bomb.bytes, 413],
    ] as const) {
      const error = await parseInWorker({ file, bytes, limits: DEFAULT_LIMITS, embedderId: 'test-embedder' }, budget).then(
        () => undefined,
        (e: unknown) => e as UserError,
      );
      expect(error?.status).toBe(status);
      expect(error?.message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `));
    }
  });
});

describe.skipIf(!existsSync(FIXTURES))('real Hancom files (../shared/fixtures/korean-documents)', () => {
  const load = (file: string) => loadDocument({ file, bytes: readFileSync(path.join(FIXTURES, file)) });

  it('a ministry press release in HWP 5.0: headline, release date, unit, body and tables', async () => {
    const doc = await load('msit-press-2018-09-03-nuri.hwp');
    expect(doc.title).toBe('우리가 독자 개발하여 최초 발사하는 한국형발사체, 국민이 정한 그 이름은 ｢누리｣');
    expect(doc.publishedAt).toBe('2018-09-03');
    expect(doc.issuer).toContain('거대공공연구정책과');
    for (const fact of [
      '1.5톤급 실용위성',
      '600km~800km',
      '2021년 발사를 목표로',
      '10,000건 이상',
      '구분: 총 길이 | 한국형발사체(누리호): 47.2 m | 시험발사체: 25.8 m',
    ])
      expect(doc.body).toContain(fact);
    // The metadata box (보도일시, 담당자 and phone numbers) is metadata, not text to quote.
    for (const box of ['보도일시', '담당과장', '02-2110-2430']) expect(doc.body).not.toContain(box);
  });

  it('a table sample: cells in row order', async () => {
    const doc = await load('table-sample.hwp');
    expect(doc.body).toContain('ABC 123 | DEF | GHI\nLMN | OPQ | STR\nUVM | 123 | 456');
  });

  it('HWPX press release and RFP: the headline, not a digit from a table cell or a stale package title', async () => {
    const press = await load('mcst-press-2024-01-02.hwpx');
    expect(press).toMatchObject({ title: '2024 파리 올림픽·패럴림픽 준비하는 우리 선수단 격려한다', publishedAt: '2024-01-02' });
    expect(press.issuer).toMatch(/^문화체육관광부/);
    expect(press.body).toContain('장미란 제2차관');
    for (const box of ['보도시점', '담당 부서', '044-203-3111']) expect(press.body).not.toContain(box);
    expect(press.releaseBox).toContain(
      '담당 부서: 체육협력관 (이천선수촌) 장애인체육과, 책임자: 과장 홍덕호, 문의 전화번호 044-203-3181, 담당자: 사무관 이기태, 문의 전화번호 044-203-3185',
    );
    const rfp = await load('gangbuk-rfp-2023-07.hwpx');
    expect(rfp).toMatchObject({ title: '『제2회 가을밤의 음악축제』 행사대행 용역 제안요청서', publishedAt: '2023-07-05' });
    expect(rfp.issuer).toMatch(/^강북구청/);
    expect(rfp.releaseBox).toBeUndefined();
    // A header of two rows over merged cells (신용평가등급 over three columns, 배점 over one) labels each row.
    expect(rfp.body).toContain('신용평가등급: BBB0 / A30 / BBB0 | 배점: 4.2');
    const standard = await load('public-data-standard-2023.hwpx');
    expect(standard.title).toMatch(/^공공데이터 제공 표준/);
    expect(standard.body).toContain('소관기관: 국토교통부');
  });

  it('the distribution document and the empty HWPX are refused with 422', async () => {
    const protectedDoc = await refusal('distribution-protected.hwp', readFileSync(path.join(FIXTURES, 'distribution-protected.hwp')));
    expect([protectedDoc.status, protectedDoc.code]).toEqual([422, 'distribution_document']);
    const empty = await refusal('no-text.hwpx', readFileSync(path.join(FIXTURES, 'no-text.hwpx')));
    expect([empty.status, empty.code]).toEqual([422, 'no_text']);
  });
});
