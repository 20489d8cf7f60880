import { launchChromium } from '../e2e/chromium.js';

/**
 * What a scanner makes of a printed Korean page: Debian's Chromium (with fonts-noto-cjk) renders
 * the text, its screenshot (a JPEG) becomes the only thing on a PDF page. No text layer at all.
 */
const CSS_WIDTH = 900;
const CSS_HEIGHT = 640;
const SCALE = 2;
// The image is placed at 300 dpi, the resolution the OCR step rasterises at.
const POINTS_PER_PIXEL = 72 / 300;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export async function renderPageImages(pages: string[][]): Promise<Uint8Array[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: CSS_WIDTH, height: CSS_HEIGHT }, deviceScaleFactor: SCALE });
    const page = await context.newPage();
    const images: Uint8Array[] = [];
    for (const paragraphs of pages) {
      await page.setContent(
        `<html><body style="margin:48px;background:#fff;color:#000;font:26px/1.6 'Noto Sans CJK KR','Noto Sans CJK',sans-serif">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
      );
      images.push(new Uint8Array(await page.screenshot({ type: 'jpeg', quality: 92 })));
    }
    return images;
  } finally {
    await browser.close();
  }
}

/** A PDF whose every page is one JPEG image, as a scanner writes it. */
export function imageOnlyPdf(
  jpegs: Uint8Array[],
  pixels: { width: number; height: number } = { width: CSS_WIDTH * SCALE, height: CSS_HEIGHT * SCALE },
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string | Uint8Array[], dict?: string) => {
    offsets[id] = length;
    if (typeof body === 'string') push(`${id} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${id} 0 obj\n${dict}\nstream\n`);
      for (const b of body) push(b);
      push('\nendstream\nendobj\n');
    }
  };
  const width = pixels.width * POINTS_PER_PIXEL;
  const height = pixels.height * POINTS_PER_PIXEL;
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const pageIds = jpegs.map((_, i) => 3 + i * 3);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${jpegs.length} >>`);
  jpegs.forEach((jpeg, i) => {
    const [pageId, contentId, imageId] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    object(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    const content = new TextEncoder().encode(`q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`);
    object(contentId, [content], `<< /Length ${content.length} >>`);
    object(
      imageId,
      [jpeg],
      `<< /Type /XObject /Subtype /Image /Width ${pixels.width} /Height ${pixels.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`,
    );
  });
  const count = 3 + jpegs.length * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A scanned Korean document: the given pages of paragraphs as images only. */
export async function makeScannedKoreanPdf(pages: string[][]): Promise<Uint8Array> {
  return imageOnlyPdf(await renderPageImages(pages));
}
