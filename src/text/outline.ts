/**
 * Outline markers of Korean (개조식) and English documents: the numbering and bullets a line starts
 * with. The sentence splitter keeps them out of quotes and never ends a sentence at one; the chunker
 * reads their nesting as section structure.
 */

/** A family of markers: items of one family are siblings, whatever their number. */
export type OutlineKind =
  | 'roman' // Ⅰ. / I. / II.
  | 'number' // 1.
  | 'hangul' // 가.
  | 'number-paren' // 1)
  | 'hangul-paren' // 가)
  | 'number-enclosed' // (1)
  | 'hangul-enclosed' // (가)
  | 'circled' // ① ➀
  | `bullet:${string}`; // □ ○ o - ⇨ ※ ...

export interface OutlineMarker {
  kind: OutlineKind;
  /** The marker and the spaces after it. */
  length: number;
}

// The plain syllables Korean outlines count with (가 나 다 ... 하); "다." ending a sentence is
// told apart by position: a marker only ever starts a line.
const HANGUL_ORDINAL = '[가나다라마바사아자차카타파하]';
const PATTERNS: [OutlineKind, RegExp][] = [
  ['roman', /^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.[ \t]+(?=\S)/u],
  // Up to three digits: "119) 대중교통환승센터"; a year ("2023. 7. 5.") is never a marker.
  ['number', /^\d{1,2}\.[ \t]+(?=\S)(?!\d{1,2}\.)/],
  ['hangul', new RegExp(String.raw`^${HANGUL_ORDINAL}\.[ \t]+(?=\S)`, 'u')],
  ['number-paren', /^\d{1,3}\)[ \t]*(?=\S)/],
  ['hangul-paren', new RegExp(String.raw`^${HANGUL_ORDINAL}\)[ \t]*(?=\S)`, 'u')],
  ['number-enclosed', /^[(（]\d{1,2}[)）][ \t]*(?=\S)/],
  ['hangul-enclosed', new RegExp(String.raw`^[(（]${HANGUL_ORDINAL}[)）][ \t]*(?=\S)`, 'u')],
  ['circled', /^[\u2460-\u2473\u2780-\u2789\u278a-\u2793][ \t]*(?=\S)/u],
];
// Bullets; "o" and "ㅇ" are the letters typed for ○ in plain-text government documents.
const BULLET = /^(?:[□■○●◦◎◇◆▪▫•·∙‧⇨⇒➡➔→▶▷►▲△▸※＊*-]|o(?=[ \t])|ㅇ(?=[ \t]))[ \t]*(?=\S)/u;

/** The outline marker a line starts with, if any. */
export function outlineMarker(line: string): OutlineMarker | undefined {
  // "1)" alone or "-" before a digit ("-5%") is content, not a marker; the patterns require text after.
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(line);
    if (match) return { kind, length: match[0].length };
  }
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  const symbol = bullet[0].trim();
  // A hyphen counts only when a space follows ("- item"), not in "-5%" or "--".
  if ((symbol === '-' || symbol === '*') && !/^[-*][ \t]/.test(line)) return undefined;
  return { kind: `bullet:${symbol === 'ㅇ' ? 'o' : symbol}`, length: bullet[0].length };
}

// Korean official documents number their levels in a fixed order (Ⅰ. > 1. > 가. > 1) > 가) > (1) >
// (가) > ①), and 개조식 bullets nest □ > ○ > - > ·. Arrows, notes and stars (⇨ ※ ▲ *) annotate the
// item above them: they are content, never headings.
const NUMBERED_RANK: Partial<Record<OutlineKind, number>> = {
  roman: 0,
  number: 1,
  hangul: 2,
  'number-paren': 3,
  'hangul-paren': 4,
  'number-enclosed': 5,
  'hangul-enclosed': 6,
  circled: 7,
};
const BULLET_RANKS: [RegExp, number][] = [
  [/^[□■]$/u, 8],
  [/^[○●◦◎o]$/u, 9],
  [/^-$/u, 10],
  [/^[·•∙‧▪]$/u, 11],
];
/** Rank of arrows, notes and stars: they annotate, never head. */
export const NOTE_RANK = 12;

/** The level of a marker in the official order, 0 for Ⅰ.; bullets below numbers; notes last. */
export function outlineRank(kind: OutlineKind): number {
  const numbered = NUMBERED_RANK[kind];
  if (numbered !== undefined) return numbered;
  const symbol = kind.slice('bullet:'.length);
  return BULLET_RANKS.find(([pattern]) => pattern.test(symbol))?.[1] ?? NOTE_RANK;
}

/**
 * The outline items a line sits under, nearest first: walking up from the line at `start`, each
 * earlier line with a marker of a shallower level ("1) 제안서 제출" above "가) 일 시: …"), without
 * its marker. 개조식 items are elliptical: "일 시: 2023. 7. 25." says whose date only through them.
 */
export function parentItems(text: string, start: number): string[] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const own = outlineMarker(text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? undefined : text.indexOf('\n', lineStart)));
  let rank = own ? outlineRank(own.kind) : Number.POSITIVE_INFINITY;
  if (rank === Number.POSITIVE_INFINITY) return [];
  const parents: string[] = [];
  const above = text.slice(0, lineStart).split('\n').reverse();
  for (const line of above) {
    if (rank === 0) break;
    const marker = outlineMarker(line);
    if (!marker) continue;
    const level = outlineRank(marker.kind);
    if (level >= rank || level >= NOTE_RANK) continue;
    parents.push(line.slice(marker.length).trim());
    rank = level;
  }
  return parents;
}

/** Outline levels that make a passage's section path (Ⅱ. 과업 세부내용 > 2. 행사장 조성); deeper headings stay in the text. */
export const SECTION_OUTLINE_DEPTH = 2;

/**
 * The outline items a section path names below its sections ("… > 4. 제안서평가 > 아. 배점표(총괄)"):
 * the chunker adds them to a passage cut from the middle of an item, whose heading line is above it.
 * They are what parentItems finds for a passage holding that line, without their markers.
 */
export function pathItems(sectionPath: string): string[] {
  const marked = sectionPath
    .split(' > ')
    .map((segment) => ({ segment, marker: outlineMarker(segment) }))
    .filter((m) => m.marker !== undefined);
  return marked.slice(SECTION_OUTLINE_DEPTH).map((m) => m.segment.slice(m.marker?.length ?? 0).trim());
}
