/**
 * Units of measure Korean names in words and documents write with their SI or customary symbol as
 * often (국제단위계; 표준국어대사전 미터, 킬로그램, 톤): "몇 미터" is answered by "10m×8m".
 */
const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['킬로미터', 'km'],
  ['센티미터', 'cm'],
  ['밀리미터', 'mm'],
  ['제곱미터', '㎡|m²|m2'],
  ['미터', 'm'],
  ['킬로그램', 'kg'],
  ['그램', 'g'],
  ['톤', 't'],
  ['리터', 'L|ℓ'],
]);

/** The unit words, longest first, as a pattern to read after 몇 ("몇 제곱미터" before "몇 미터"). */
export const UNIT_WORDS = [...UNIT_SYMBOLS.keys()].join('|');

/** A counter as a pattern that also accepts its unit's symbol, the symbol not run into a word ("10m", not "10mg"). */
export function counterOrSymbol(counter: string): string {
  const symbol = UNIT_SYMBOLS.get(counter);
  return symbol ? `(?:${counter}|(?:${symbol})(?![A-Za-z]))` : counter;
}
