import { describe, expect, it } from 'vitest';
import { parseMultipart } from './multipart-parse.js';

/**
 * The upload parser reads the body itself (the platform's Blobs cost a 6 MB upload ~0.3 s of the
 * event loop), so it must read every body exactly as `Request.formData()` does: the same parts,
 * names, file names and bytes, and a refusal where the platform refuses.
 */

type Seen = { name: string; file?: string; bytes: string }[] | 'refused';

async function byPlatform(body: Uint8Array, boundary: string): Promise<Seen> {
  try {
    const form = await new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: new Uint8Array(body),
    }).formData();
    const seen: { name: string; file?: string; bytes: string }[] = [];
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, name) => {
      entries.push([name, value]);
    });
    for (const [name, value] of entries) {
      if (typeof value === 'string') seen.push({ name, bytes: Buffer.from(value).toString('hex') });
      else seen.push({ name, file: value.name, bytes: Buffer.from(await value.arrayBuffer()).toString('hex') });
    }
    return seen;
  } catch {
    return 'refused';
  }
}

function byOurs(body: Uint8Array, boundary: string): Seen {
  const parts = parseMultipart(body, boundary);
  if (!parts) return 'refused';
  return parts.map((p) =>
    'value' in p
      ? { name: p.name, bytes: Buffer.from(p.value).toString('hex') }
      : { name: p.name, file: p.filename, bytes: Buffer.from(p.bytes).toString('hex') },
  );
}

async function encoded(form: FormData): Promise<{ body: Uint8Array; boundary: string }> {
  const request = new Request('http://x/', { method: 'POST', body: form });
  const boundary = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1] ?? '';
  return { body: new Uint8Array(await request.arrayBuffer()), boundary };
}

const B = 'XyZ123';
const raw = (text: string) => ({ body: new Uint8Array(Buffer.from(text, 'utf8')), boundary: B });

describe('parseMultipart reads bodies as Request.formData() does', () => {
  const forms: [string, () => FormData][] = [
    [
      'files with Korean names, quotes and line breaks, and fields',
      () => {
        const form = new FormData();
        form.append('file', new File(['# 제목\n\n본문 한 줄.'], '한글 "보고서".md'));
        form.append('title', '제목 값 "따옴표"\r\n둘째 줄');
        form.append('file', new File([new Uint8Array([0, 13, 10, 45, 45, 255])], 'bin\nary.pdf'));
        form.append('lang', 'ko');
        return form;
      },
    ],
    [
      'an empty file, an empty field and a file without a name',
      () => {
        const form = new FormData();
        form.append('file', new File([], 'empty.md'));
        form.append('sourceUrl', '');
        form.append('file', new File(['no name'], ''));
        return form;
      },
    ],
    [
      'a file holding text that looks like the delimiter',
      () => {
        const form = new FormData();
        form.append('file', new File(['--not-the-boundary\r\n\r\nContent-Disposition: form-data; name="x"\r\n'], 'tricky.txt'));
        return form;
      },
    ],
  ];
  for (const [label, make] of forms) {
    it(label, async () => {
      const { body, boundary } = await encoded(make());
      const ours = byOurs(body, boundary);
      expect(ours).not.toBe('refused');
      expect(ours).toEqual(await byPlatform(body, boundary));
    });
  }

  const bodies: [string, { body: Uint8Array; boundary: string }][] = [
    [
      'curl-style parts with a preamble line and trailing line breaks',
      raw(
        `\r\n--${B}\r\nContent-Disposition: form-data; name="file"; filename="report"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${B}\r\nContent-Disposition: form-data; name="id"\r\n\r\nt.md\r\n--${B}--\r\n\r\n`,
      ),
    ],
    [
      'a base64 part',
      raw(`--${B}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--${B}--`),
    ],
    ['filename* spelled as the platform reads it', raw(`--${B}\r\nContent-Disposition: form-data; name="file"; filename*="b.md"\r\n\r\nx\r\n--${B}--`)],
    ['a truncated body', raw(`--${B}\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\nhalf of it`)],
    ['a part without a name', raw(`--${B}\r\nContent-Disposition: form-data; filename="a.md"\r\n\r\nx\r\n--${B}--`)],
    ['a part that is not form-data', raw(`--${B}\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--${B}--`)],
    ['line feeds without carriage returns', raw(`--${B}\nContent-Disposition: form-data; name="a"\n\nx\n--${B}--`)],
    ['a header name with a space inside', raw(`--${B}\r\nContent Disposition: form-data; name="a"\r\n\r\nx\r\n--${B}--`)],
    ['a body that does not start with the delimiter', raw(`garbage\r\n--${B}\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--${B}--`)],
    ['an unterminated quoted name', raw(`--${B}\r\nContent-Disposition: form-data; name="a\r\n\r\nx\r\n--${B}--`)],
  ];
  for (const [label, { body, boundary }] of bodies) {
    it(label, async () => {
      expect(byOurs(body, boundary)).toEqual(await byPlatform(body, boundary));
    });
  }
});
