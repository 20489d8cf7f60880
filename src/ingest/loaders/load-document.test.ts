import { describe, expect, it } from 'vitest';
import { makeDocx, makeEncryptedPdf, makeHtml, makeHwpx, makePdf, makeScannedPdf, makeZipBomb } from '../../../test/support/document-fixtures.js';
import { chunkDocument } from '../chunk.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { ParseError } from '../parse-document.js';
import { detectFormat, loadDocument } from './load-document.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function rejection(file: string, bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<ParseError> {
  try {
    await loadDocument({ file, bytes, limits });
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe('loadDocument: formats', () => {
  it('reads a PDF page by page, taking large lines as headings', async () => {
    const bytes = await makePdf(
      [
        { heading: 'Goal of the draft', paragraphs: ['The draft aims to realize future-oriented industrial clusters leading cutting-edge industries.'] },
        { heading: 'Three task areas', paragraphs: ['Secure industrial sites centred on cutting-edge and key industries of each region.'] },
        { paragraphs: ['Turn industrial complexes into youth-friendly spaces and hubs for AX and GX.'] },
      ],
      'Fifth plan summary',
    );
    const doc = await loadDocument({ file: 'summary.pdf', bytes });
    expect(doc).toMatchObject({ id: 'summary', title: 'Fifth plan summary', lang: 'en' });
    const passages = await chunkDocument(doc);
    expect(passages.map((p) => [p.page, p.sectionPath])).toEqual([
      [1, 'Goal of the draft'],
      [2, 'Three task areas'],
      [3, 'Three task areas'],
    ]);
    expect(passages[2]?.text).toBe('Turn industrial complexes into youth-friendly spaces and hubs for AX and GX.');
  });

  it('keeps a PDF table as rows of "cell | cell", apart from the prose around it', async () => {
    const bytes = await makePdf([
      {
        heading: 'Measures',
        paragraphs: ['The draft lists concrete measures.'],
        table: [
          ['Measure', 'Content'],
          ['Industrial land bank', 'introduce the system'],
          ['Culture-leading complexes', 'ten within three years'],
        ],
      },
    ]);
    const doc = await loadDocument({ file: 'table.pdf', bytes });
    expect(doc.body).toBe(
      '# Measures\n\nThe draft lists concrete measures.\n\nMeasure | Content\nIndustrial land bank | introduce the system\nCulture-leading complexes | ten within three years',
    );
  });

  it('reads DOCX headings as sections and tables as rows', async () => {
    const bytes = await makeDocx('산업집적 계획 요약', [
      { heading: '추진 방안', level: 1, paragraphs: ['산업용지은행제도를 도입한다.'] },
      {
        heading: '문화선도산단',
        level: 2,
        paragraphs: ['3년 내 문화선도산단 10곳을 지정한다.'],
        table: [
          ['구분', '내용'],
          ['문화선도산단', '3년 내 10곳 지정'],
        ],
      },
    ]);
    const doc = await loadDocument({ file: 'plan.docx', bytes, meta: { sourceUrl: 'https://example.go.kr/plan' } });
    expect(doc).toMatchObject({ title: '산업집적 계획 요약', lang: 'ko', sourceUrl: 'https://example.go.kr/plan' });
    expect(doc.body).toContain('## 문화선도산단');
    expect(doc.body).toContain('3년 내 문화선도산단 10곳을 지정한다.\n\n문화선도산단: 3년 내 10곳 지정');
    const passages = await chunkDocument(doc);
    expect(passages.find((p) => p.text.includes('10곳 지정'))?.sectionPath).toBe('추진 방안 > 문화선도산단');
  });

  it('reads HWPX sections in spine order with outline headings and tables', async () => {
    const bytes = makeHwpx('제5차 계획 요약', [
      [{ heading: '목표', level: 1 }, { text: '첨단산업을 선도하는 미래형 산업집적지 실현' }],
      [
        { heading: '추진 과제', level: 1 },
        { heading: '산업입지', level: 2 },
        { text: '지역별 첨단산업·주력산업 중심의 산업입지 확보' },
        {
          table: [
            ['과제', '내용'],
            ['산업용지은행', '제도 도입'],
          ],
        },
      ],
    ]);
    const doc = await loadDocument({ file: '계획.hwpx', bytes });
    expect(doc.title).toBe('제5차 계획 요약');
    expect(doc.body.indexOf('# 목표')).toBeLessThan(doc.body.indexOf('# 추진 과제'));
    expect(doc.body).toContain('산업입지 확보\n\n산업용지은행: 제도 도입');
    const passages = await chunkDocument(doc);
    expect(passages.find((p) => p.text.includes('산업입지 확보'))?.sectionPath).toBe('추진 과제 > 산업입지');
  });

  it('keeps only the article of an HTML page', async () => {
    const html = makeHtml({
      title: 'Cluster news',
      heading: 'Industrial land bank',
      sections: [
        {
          heading: 'Land bank',
          paragraphs: ['An industrial land bank system is to be introduced, according to the draft plan discussed on 21 January 2025. '.repeat(3)],
        },
      ],
    });
    const doc = await loadDocument({ file: 'news.html', bytes: utf8(html) });
    expect(doc.body).toContain('industrial land bank system');
    for (const chrome of ['Newsroom menu', 'Sidebar weather widget', 'Copyright footer', 'tracker']) expect(doc.body).not.toContain(chrome);
  });

  it('reads Markdown front matter and EUC-KR plain text', async () => {
    const md = await loadDocument({ file: 'a.md', bytes: utf8('---\nid: a-doc\ntitle: A\n---\n# A\n\nText.'), meta: { title: 'Given title' } });
    expect(md).toMatchObject({ id: 'a-doc', title: 'Given title' });
    const eucKr = new Uint8Array([0xbb, 0xea, 0xbe, 0xf7, 0xb4, 0xdc, 0xc1, 0xf6]); // "산업단지"
    expect((await loadDocument({ file: 'old.txt', bytes: eucKr })).body).toBe('산업단지');
  });
});

describe('loadDocument: bad input names the file and the reason', () => {
  it.each([
    ['empty.pdf', () => new Uint8Array(), 400, 'empty_file', /empty\.pdf: is empty/],
    ['notes.xyz', () => utf8('hello'), 415, 'unsupported_type', /notes\.xyz: unsupported file type "\.xyz"/],
    ['cut.hwp', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 422, 'corrupt_file', /cut\.hwp: is not a readable HWP file/],
    [
      'old.hwp',
      () => utf8('HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05'),
      415,
      'legacy_hwp',
      /old\.hwp: is an HWP 3\.0 file.*save it as HWP, HWPX or PDF/,
    ],
    ['notes.hwp', () => utf8('plain text named .hwp'), 422, 'corrupt_file', /notes\.hwp: is named \.hwp but is not an HWP 5\.0 file/],
    [
      'old.doc',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      415,
      'unsupported_type',
      /old\.doc: unsupported file type "\.doc"/,
    ],
    ['fake.pdf', () => utf8('just text'), 422, 'corrupt_file', /fake\.pdf: is named \.pdf but is not a PDF/],
    [
      'secret.docx',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      422,
      'encrypted_or_legacy',
      /secret\.docx: .*password-protected/,
    ],
  ] as const)('%s', async (file, bytes, status, code, message) => {
    const error = await rejection(file, bytes());
    expect([error.status, error.code]).toEqual([status, code]);
    expect(error.message).toMatch(message);
  });

  it('truncated PDF, DOCX and HWPX files', async () => {
    const pdf = await makePdf([{ paragraphs: ['Some text.'] }]);
    const docx = await makeDocx('T', [{ heading: 'H', level: 1, paragraphs: ['x'] }]);
    const hwpx = makeHwpx('T', [[{ text: 'x' }]]);
    for (const [file, bytes] of [
      ['cut.pdf', pdf],
      ['cut.docx', docx],
      ['cut.hwpx', hwpx],
    ] as const) {
      const error = await rejection(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      expect(error.code).toBe('corrupt_file');
      expect(error.message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: .*(damaged|truncated)`));
    }
  });

  it('encrypted and scanned PDFs', async () => {
    const encrypted = await rejection('locked.pdf', await makeEncryptedPdf());
    expect([encrypted.code, encrypted.message]).toEqual(['encrypted_pdf', expect.stringMatching(/^locked\.pdf: is an encrypted \(password-protected\) PDF/)]);
    const scanned = await rejection('scan.pdf', await makeScannedPdf(3));
    expect(scanned.code).toBe('no_text_layer');
    expect(scanned.message).toMatch(
      /^scan\.pdf: has no text layer \(3 pages of images, as in a scan\) and OCR (is not available: install|found no text on it)/,
    );
  });

  it('zip bombs and files over the size limit', async () => {
    const bomb = await rejection('bomb.hwpx', makeZipBomb());
    expect([bomb.status, bomb.code]).toEqual([413, 'zip_bomb']);
    const big = await rejection('big.txt', utf8('x'.repeat(2048)), { ...DEFAULT_LIMITS, maxFileBytes: 1024 });
    expect([big.status, big.code]).toEqual([413, 'file_too_large']);
    expect(big.message).toBe('big.txt: is 2 KB, over the 1 KB limit (MAX_UPLOAD_MB)');
  });

  it('detects the format from content when the name has no extension', async () => {
    expect(detectFormat('download', await makePdf([{ paragraphs: ['x'] }]))).toBe('pdf');
    expect(detectFormat('download', makeHwpx('T', [[{ text: 'x' }]]))).toBe('hwpx');
    expect(detectFormat('download', await makeDocx('T', []))).toBe('docx');
  });
});
