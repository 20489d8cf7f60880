import { normaliseText } from '../../text/normalise.js';

/**
 * How a table reads as text. Every row becomes one line that can be quoted on its own, so a row
 * must say what its cells are:
 * - a two-column table of short labels and values (항목 | 내용) becomes "label: value" lines, one
 *   statement per row, without its header row;
 * - a table under a header row labels every cell with its column ("구분: 문화 행사 | 시간: 15:00"),
 *   so a question naming a column finds the row, wherever the chunker cuts the table; a header of
 *   two rows, whose first row groups columns under merged cells ("신용평가등급" over three, "배점"
 *   over one), names each column by the second row under a group and by the first row alone;
 * - anything else (merged cells, layout tables) stays "cell | cell".
 */
export function tableText(rows: string[][], colSpans?: number[][]): string {
  const grouped = colSpans
    ? groupedHeaderLines(
        rows.map((row) => row.map(oneLine)),
        colSpans,
      )
    : undefined;
  if (grouped) return grouped.map(escapeHeadingMarks).join('\n');
  const cleaned = rows.map((row) => row.map(oneLine)).filter((row) => row.some((cell) => cell.length > 0));
  if (cleaned.length === 0) return '';
  const lines = keyValueLines(cleaned.map(trimTrailingEmpty)) ?? labelledLines(cleaned) ?? cleaned.map((row) => row.join(' | '));
  return lines.map(escapeHeadingMarks).join('\n');
}

function oneLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim();
}

// A line starting "# " would be read as a heading by the chunker; only heading blocks may do that.
export function escapeHeadingMarks(text: string): string {
  return text.replace(/^(#{1,6})(?=[ \t]|$)/gm, '\\$1');
}

function trimTrailingEmpty(row: string[]): string[] {
  let end = row.length;
  while (end > 1 && row[end - 1] === '') end--;
  return row.slice(0, end);
}

/** Letter-spaced labels ("구 분", "시 간") read as the words they are. */
function label(cell: string): string {
  return /^(?:\p{Script=Hangul} )+\p{Script=Hangul}$/u.test(cell) ? cell.replace(/ /g, '') : cell;
}

const MAX_LABEL_CHARS = 24;
// What a header row of a key-value table says: "the left column names, the right column says".
const VALUE_HEADER = /^(?:내용|값|설명|비고|세부\s?내용|주요\s?내용|content|contents|value|description|details?)$/iu;

function isLabel(cell: string): boolean {
  return cell.length > 0 && cell.length <= MAX_LABEL_CHARS && !/[.!?。]$/.test(cell);
}

/** "label: value" lines for a table of two columns whose left column holds short labels. */
function keyValueLines(rows: string[][]): string[] | undefined {
  if (rows.length < 2 || rows.some((row) => row.length !== 2)) return undefined;
  const [first] = rows as [string[]];
  const header = VALUE_HEADER.test(label(first[1] ?? '')) ? 1 : 0;
  const body = rows.slice(header);
  if (body.length === 0 || !body.every((row) => isLabel(row[0] ?? ''))) return undefined;
  return body.map(([key = '', value = '']) => (value ? `${label(key)}: ${value}` : label(key)));
}

/**
 * Rows labelled by a header row: only when the first row looks like column names (short, filled,
 * no figures) and every other row has exactly as many cells, so cells cannot be mislabelled.
 */
function labelledLines(rows: string[][]): string[] | undefined {
  const [header, ...body] = rows as [string[], ...string[][]];
  if (header.length < 3 || body.length === 0) return undefined;
  if (!header.every((cell) => isLabel(cell) && !/\d/.test(cell))) return undefined;
  if (body.some((row) => row.length !== header.length)) return undefined;
  const names = header.map(label);
  return body.map((row) =>
    row
      .map((cell, i) => (cell ? `${names[i]}: ${cell}` : ''))
      .filter(Boolean)
      .join(' | '),
  );
}

/**
 * A header of two rows under merged cells: the first row's cells name groups of columns
 * ("신용평가등급" over three, "배점" over one), the second names the columns inside a group wider
 * than one (회사채 | 기업어음 | 기업신용평가 등급), or, under a group of one column, states its value
 * ("6", the most it gives). Every row then reads group by group, a wide group's cells in the order
 * its second header row names them: "신용평가등급: BBB0 / A30 / BBB0 | 배점: 4.2", so the cell a
 * question names and the column it asks stand in one labelled line. Only when every other row has
 * one cell per column and the names are short labels without figures; otherwise undefined.
 */
function groupedHeaderLines(rows: string[][], colSpans: number[][]): string[] | undefined {
  const [groups, names, ...body] = rows;
  const [groupSpans, ...restSpans] = colSpans;
  if (!groups || !names || !groupSpans || body.length === 0 || groupSpans.length !== groups.length || groups.length < 2) return undefined;
  const width = names.length;
  if (groupSpans.reduce((sum, span) => sum + span, 0) !== width || !groupSpans.some((span) => span > 1)) return undefined;
  if (restSpans.length !== body.length + 1 || restSpans.some((spans) => spans.some((span) => span !== 1))) return undefined;
  if (body.some((row) => row.length !== width)) return undefined;
  const named = (cell: string) => isLabel(cell) && !/\d/.test(cell);
  const starts = groupSpans.map((_, g) => groupSpans.slice(0, g).reduce((sum, s) => sum + s, 0));
  if (!groups.every(named)) return undefined;
  if (!groupSpans.every((span, g) => span === 1 || names.slice(starts[g], (starts[g] as number) + span).every(named))) return undefined;
  const line = (row: string[]) =>
    groups
      .map((group, g) => {
        const cells = row.slice(starts[g], (starts[g] as number) + (groupSpans[g] as number));
        return cells.some(Boolean) ? `${label(group)}: ${cells.join(' / ')}` : '';
      })
      .filter(Boolean)
      .join(' | ');
  return [names, ...body].filter((row) => row.some((cell) => cell.length > 0)).map(line);
}
