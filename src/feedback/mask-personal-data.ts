/**
 * Text from the public (feedback comments, questions, URL paths) is read and exported later by
 * officials: e-mail addresses, phone numbers and Korean resident registration numbers
 * (주민등록번호) are masked before such text is stored or logged. Each pattern is a fixed
 * sequence of bounded groups (no nested quantifiers), so matching stays linear in the text's length.
 */

/**
 * Look-alike characters people type or paste (full-width digits and letters, the many dashes,
 * odd spaces) mapped one character to one character onto ASCII, so "０１０－９８７６" or
 * "010‑9876" is found like "010-9876" and the match's offsets still point into the original.
 */
function foldLookAlikes(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e)
      codes[i] = code - 0xfee0; // full-width ASCII
    else if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000) codes[i] = 0x20;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63)
      codes[i] = 0x2d; // hyphens, dashes, minus
    else codes[i] = code;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

const LOOK_ALIKE = /[\uff01-\uff5e\u2010-\u2015\u2212\ufe58\ufe63\u00a0\u2000-\u200a\u202f\u3000]/;

/** Separator between digit groups: a hyphen, dot or nothing, with up to two spaces either side. */
const SEP = '[ \\t]{0,2}[-.]?[ \\t]{0,2}';

/** YYMMDD-GNNNNNN, with or without the hyphen; G is 1-8 (citizens and foreigners). */
const RESIDENT_NUMBER = new RegExp(`(?<!\\d)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])${SEP}[1-8]\\d{6}(?!\\d)`, 'g');

/**
 * Korean phone numbers: mobile (010-1234-5678), Seoul and area codes (02-123-4567, "(02) 123-4567",
 * 031-1234-5678), 070 and 050x numbers, with +82 instead of the leading 0.
 */
const PHONE = new RegExp(
  `(?<![\\d+])(?:\\+82${SEP}\\(?[ \\t]{0,2}|\\([ \\t]{0,2}0|0)(?:1[016789]|2|[3-6][1-5]|70|50\\d)(?:[ \\t]{0,2}\\))?${SEP}\\d{3,4}${SEP}\\d{4}(?!\\d)`,
  'g',
);

/** Starts only where a run of address characters starts, so a long run is tried once, not at every position. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

export const MASKS = { residentNumber: '[주민등록번호 삭제]', phone: '[전화번호 삭제]', email: '[이메일 삭제]' } as const;

const RULES: [RegExp, string][] = [
  [EMAIL, MASKS.email],
  [RESIDENT_NUMBER, MASKS.residentNumber],
  [PHONE, MASKS.phone],
];

export function maskPersonalData(text: string): string {
  // Matched on the folded text, replaced in both it and the original (folding keeps every offset,
  // and the masks fold to themselves), so the text is folded once.
  let out = text;
  let folded = foldLookAlikes(text);
  for (const [pattern, mask] of RULES) {
    let result = '';
    let resultFolded = '';
    let last = 0;
    for (const match of folded.matchAll(pattern)) {
      result += out.slice(last, match.index) + mask;
      resultFolded += folded.slice(last, match.index) + mask;
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    out = result + out.slice(last);
    folded = resultFolded + folded.slice(last);
  }
  return out;
}

/** True when the text holds something maskPersonalData would mask. */
export function holdsPersonalData(text: string): boolean {
  return maskPersonalData(text) !== text;
}
