import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Reads pages without a text layer (scans) by OCR: poppler's pdftoppm rasterises one page, then
 * tesseract reads it with its Korean and English models. Both are Debian packages, run as child
 * processes with a timeout each, so a page that hangs a tool costs that timeout, not the process.
 */

export const OCR_INSTALL_HINT =
  'install tesseract with Korean data and poppler (apt-get install tesseract-ocr tesseract-ocr-kor poppler-utils) to read scans by OCR';

const LANGUAGES = 'kor+eng';
// 300 dpi is what tesseract's models are trained for; lower loses the strokes of small Hangul.
const DPI = 300;
const RASTERISE_TIMEOUT_MS = 60_000;
const READ_TIMEOUT_MS = 120_000;
// Page segmentation: one block of text. Automatic segmentation (3) dropped whole lines of clean
// Korean scans in our tests; official documents are set in one column.
const PAGE_SEGMENTATION = '6';

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // One thread per tesseract: its OpenMP threads fight over the cores the server shares (measured
    // 5.3 s a page with them, 2.8-3.8 s without, on 2 busy cores).
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', env }, (error, stdout, stderr) => {
      if (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'not installed'
            : error.killed
              ? `timed out after ${timeoutMs / 1000} s`
              : stderr.trim().split('\n').at(-1) || error.message;
        reject(new Error(`${command}: ${reason}`));
      } else resolve(stdout);
    });
  });
}

const available = new Map<string, Promise<boolean>>();

/** Whether tesseract (with Korean data) and pdftoppm are installed; asked once per PATH. */
export function ocrAvailable(): Promise<boolean> {
  const key = process.env.PATH ?? '';
  let answer = available.get(key);
  if (!answer) {
    answer = Promise.all([run('tesseract', ['--list-langs'], 10_000), run('pdftoppm', ['-v'], 10_000)]).then(
      ([langs]) => /^kor$/m.test(langs),
      () => false,
    );
    available.set(key, answer);
  }
  return answer;
}

export interface OcrPage {
  page: number;
  text: string;
  ms: number;
}

/**
 * OCR of the given 1-based pages of a PDF, one page at a time (each rasterised, read, deleted),
 * reporting each page as it is done.
 */
export async function ocrPdfPages(input: { bytes: Uint8Array; pages: number[]; onPage?: (page: OcrPage, index: number) => void }): Promise<OcrPage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-qa-ocr-'));
  try {
    const pdf = path.join(dir, 'in.pdf');
    await writeFile(pdf, input.bytes);
    const results: OcrPage[] = [];
    for (const [index, page] of input.pages.entries()) {
      const started = performance.now();
      const prefix = path.join(dir, `p${page}`);
      await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(page), '-l', String(page), pdf, prefix], RASTERISE_TIMEOUT_MS);
      // pdftoppm pads the page number to the document's page count ("p3-03.png"): find what it wrote.
      const image = (await readdir(dir)).find((name) => name.startsWith(`p${page}-`) && name.endsWith('.png'));
      const text = image ? await run('tesseract', [path.join(dir, image), 'stdout', '-l', LANGUAGES, '--psm', PAGE_SEGMENTATION], READ_TIMEOUT_MS) : '';
      if (image) await rm(path.join(dir, image), { force: true });
      const done = { page, text, ms: performance.now() - started };
      results.push(done);
      input.onPage?.(done, index);
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Tesseract's output as paragraphs: lines joined, blank lines between paragraphs. */
export function ocrParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}
