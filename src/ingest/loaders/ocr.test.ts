import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../../test/e2e/chromium.js';
import { makeScannedKoreanPdf } from '../../../test/support/scanned-pdf.js';
import type { UserError } from '../../core/errors.js';
import { loadDocument } from './load-document.js';
import { ocrAvailable } from './ocr.js';

const canOcr = await ocrAvailable();

describe.skipIf(!hasChromium)('scanned PDFs (image-only pages)', () => {
  it('without tesseract on the PATH, the refusal says how to enable OCR', async () => {
    const pdf = await makeScannedKoreanPdf([['스캔한 문서입니다.']]);
    const saved = process.env.PATH;
    // A PATH with nothing on it: no tesseract, no pdftoppm.
    process.env.PATH = path.join(path.sep, 'nonexistent-policy-qa-bin');
    try {
      const error = await loadDocument({ file: 'scan.pdf', bytes: pdf }).then(
        () => undefined,
        (e: unknown) => e as UserError,
      );
      expect([error?.status, error?.code]).toEqual([422, 'no_text_layer']);
      expect(error?.message).toMatch(
        /scan\.pdf: has no text layer \(1 page of images, as in a scan\) and OCR is not available: install .*apt-get install tesseract-ocr tesseract-ocr-kor poppler-utils/,
      );
    } finally {
      process.env.PATH = saved;
    }
  });

  it.skipIf(!canOcr)('reads Korean scans by OCR, page by page, under a section that says so', async () => {
    const pdf = await makeScannedKoreanPdf([
      ['스마트 그린 산업단지 지원 계획', '입주기업에는 에너지 설비 교체 비용의 절반을 지원한다.'],
      ['신청 기간은 3월 4일부터 4월 30일까지이다.'],
    ]);
    const lines: string[] = [];
    const doc = await loadDocument({ file: 'scan.pdf', bytes: pdf, onProgress: (line) => lines.push(line) });
    expect(lines).toEqual([
      expect.stringMatching(/^OCR scan\.pdf: page 1 \(1\/2\) read in \d+\.\d s$/),
      expect.stringMatching(/^OCR scan\.pdf: page 2 \(2\/2\) read in/),
    ]);
    expect(doc.title).toBe('스마트 그린 산업단지 지원 계획');
    expect(doc.body).toMatch(/^# Scanned page 1 \(OCR text\)\n\n/);
    expect(doc.body).toContain('에너지 설비 교체 비용의 절반을 지원한다');
    expect(doc.body).toContain('# Scanned page 2 (OCR text)');
    expect(doc.pages?.map((p) => p.page)).toEqual([1, 2]);
  });

  it.skipIf(!canOcr)('refuses a scan over the per-document OCR page budget before reading any page', async () => {
    const pdf = await makeScannedKoreanPdf([['첫 쪽'], ['둘째 쪽']]);
    const lines: string[] = [];
    const limits = { ...(await import('../limits.js')).DEFAULT_LIMITS, maxOcrPages: 1 };
    const error = await loadDocument({ file: 'long.pdf', bytes: pdf, limits, onProgress: (l) => lines.push(l) }).then(
      () => undefined,
      (e: unknown) => e as UserError,
    );
    expect([error?.status, error?.code]).toEqual([413, 'too_many_ocr_pages']);
    expect(lines).toEqual([]);
  });
});
