/**
 * Korean forms and tables spread a short label over its column by spacing out its syllables
 * ("장    소", "과 업 명:", "회 사 명 |", 균등 분할 in HWP). Read as written, the label is a row of
 * one-syllable words no question word matches ("장소" is not in "장    소"), and a search indexes
 * syllables instead of the word. This joins such a label back into its word when it labels a value
 * ("과 업 명: …") or is spaced wider than prose; prose is left alone, since its words are rarely all
 * of one syllable. A spaced cell or line that labels nothing ("회 사 명 |", a cover's "강 북 구 청")
 * is left too: joined, the words of forms and covers matched questions their items answer
 * (measured in docs/answers.md, eighteenth session).
 */

const SYLLABLE = '[\\uAC00-\\uD7A3]';

/** The syllables of a whole field ("과 업 명", "강 북 구 청"), spaced by blanks of any width. */
const SPACED_FIELD = new RegExp(`^${SYLLABLE}(?:[ \\t\\u3000]+${SYLLABLE})+$`, 'u');

/** Syllables spaced wider than any prose ("일    시" inside a longer field). */
const WIDE_RUN = new RegExp(`(?<!${SYLLABLE})${SYLLABLE}(?:[ \\t\\u3000]{2,}${SYLLABLE})+(?!${SYLLABLE})`, 'gu');

/** What may open a field before its label: a bullet, an outline number ("가.", "1)", "①", "Ⅲ."). */
const MARKER = /^[ \t\u3000]*(?:[□■◆◇○●◎▪▫•·∙※*▶▷►⇨→\-–]|[ㅇo](?=[ \t])|\(?\d{1,2}[.)]|\(?[가-하][.)]|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}\.)?[ \t\u3000]*/u;

/** Where a field ends: a key-value colon, a table's cell bar, or brackets around the label. */
const FIELD_BREAK = /([:：|()（）「」『』[\]])/u;

/** The text with its letter-spaced labels joined ("가. 과 업 명: …" → "가. 과업명: …"). Idempotent. */
export function joinLetterSpacing(text: string): string {
  if (!/[\uAC00-\uD7A3][ \t\u3000]+[\uAC00-\uD7A3](?![\uAC00-\uD7A3])/u.test(text)) return text;
  return text.split('\n').map(joinLine).join('\n');
}

function joinLine(line: string): string {
  return line
    .split(FIELD_BREAK)
    .map((field, i, parts) => (i % 2 === 1 ? field : joinField(field, /^[:：]$/u.test(parts[i + 1] ?? ''))))
    .join('');
}

function joinField(field: string, label: boolean): string {
  const marker = field.match(MARKER)?.[0] ?? '';
  const rest = field.slice(marker.length);
  const body = rest.trimEnd();
  if (label && SPACED_FIELD.test(body)) return `${marker}${body.replace(/[ \t\u3000]+/gu, '')}${rest.slice(body.length)}`;
  return field.replace(WIDE_RUN, (run) => run.replace(/[ \t\u3000]+/gu, ''));
}
