import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../limits.js';
import { ParseError } from '../parse-document.js';
import { unzipChecked } from './safe-unzip.js';

/** Rewrites an entry's declared uncompressed size in both the local header and the central directory. */
function lieAboutSize(zip: Uint8Array, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
  }
  return out;
}

describe('unzipChecked', () => {
  const keepAll = () => true;

  it('returns the entries it was asked to keep', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>가나다</a>'), 'b.bin': new Uint8Array([1, 2, 3]) });
    const parts = unzipChecked({ file: 'x.hwpx', bytes: zip, limits: DEFAULT_LIMITS, keep: (n) => n === 'a.xml' });
    expect(new TextDecoder().decode(parts.get('a.xml'))).toBe('<a>가나다</a>');
    expect(parts.has('b.bin')).toBe(false);
  });

  it('refuses an entry that inflates far beyond its compressed size', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(() => unzipChecked({ file: 'bomb.docx', bytes: zip, limits: DEFAULT_LIMITS, keep: keepAll })).toThrow(
      /bomb\.docx: rejected as a possible zip bomb: entry "big\.xml" inflates \d+x/,
    );
  });

  it('refuses an archive whose declared total is over the limit', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(2000)), 'b.xml': strToU8('y'.repeat(2000)) });
    const limits = { ...DEFAULT_LIMITS, maxUncompressedBytes: 3000 };
    expect(() => unzipChecked({ file: 'many.hwpx', bytes: zip, limits, keep: keepAll })).toThrow(/declares .* once unpacked/);
  });

  it('stops inflating an entry that produces more than its header declared', () => {
    const honest = zipSync({ 'section0.xml': strToU8('<p>'.repeat(200_000)) });
    const lying = lieAboutSize(honest, 1000);
    let error: unknown;
    try {
      unzipChecked({ file: 'liar.hwpx', bytes: lying, limits: DEFAULT_LIMITS, keep: keepAll });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).status).toBe(413);
    expect((error as Error).message).toMatch(/liar\.hwpx: .*inflates beyond its declared 1000 bytes/);
  });

  it('calls a truncated archive damaged', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(5000)) });
    expect(() => unzipChecked({ file: 'cut.docx', bytes: zip.subarray(0, zip.length - 30), limits: DEFAULT_LIMITS, keep: keepAll })).toThrow(
      /cut\.docx: is not a readable zip container: damaged or truncated/,
    );
  });
});
