/**
 * Korean 개조식 (memo style): a sentence of the documents becomes a bullet that ends in a noun
 * ("~ 개최", "~ 지정", "~ 예정", "~ 있음"). Only the ending is rewritten, by rules over the
 * sentence's last words: every figure, name and quotation before it stays verbatim. A sentence
 * no rule fits is kept whole, full stop included: a wrong ending would be worse than none.
 */

const HANGUL_BASE = 0xac00;
const JONG_COUNT = 28;
const JONG = { none: 0, nieun: 4, rieul: 8, rieulMieum: 10, mieum: 16 } as const;

function finalConsonant(syllable: string): number | undefined {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code <= 11171 ? code % JONG_COUNT : undefined;
}

function withFinal(syllable: string, jong: number): string {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return String.fromCharCode(HANGUL_BASE + code - (code % JONG_COUNT) + jong);
}

type Rule = [RegExp, (match: RegExpExecArray) => string | undefined];

// Each rule sees the sentence without its final full stop and rewrites its end.
const RULES: Rule[] = [
  // "…확정·고시할 예정이라고 밝혔다" -> "…확정·고시 예정"
  [/할 (예정|계획)(?:이라고 밝혔다|이었다|이다)$/, (m) => ` ${m[1]}`],
  // "…선정된 곳은 다음과 같다" -> "…선정된 곳:" (the list follows)
  [/(?:은|는) 다음과 같다$/, () => ':'],
  // "간담회를 개최했다" -> "간담회 개최"; "10곳을 지정한다" -> "10곳 지정"
  [/(?<=\S)(?:을|를) ([가-힣·]{2,})(?:했다|하였다|한다|하고 있다)$/, (m) => ` ${m[1]}`],
  [/(?<=[가-힣·])(?:했다|하였다|한다)$/, () => ''],
  // "지정됐다" -> "지정"; "…하게 된다" -> "…하게 됨"
  [/(?<=[가-힣·]{2})(?:됐다|되었다|된다)$/, () => ''],
  [/ (?:됐다|되었다|된다)$/, () => ' 됨'],
  [/있다$/, () => '있음'],
  [/하다$/, () => '함'],
  [/없다$/, () => '없음'],
  // Copula: "목표는 '…실현'이다" -> "목표는 '…실현'"
  [/(?<=\S)(?:이었다|이다)$/, () => ''],
  // Past tense of a native verb on a closed syllable: "담았다" -> "담음", "열었다" -> "엶"
  [
    /([가-힣])(?:았|었)다$/,
    (m) => {
      const stem = m[1] ?? '';
      const jong = finalConsonant(stem);
      if (jong === undefined || jong === JONG.none) return undefined;
      return jong === JONG.rieul ? withFinal(stem, JONG.rieulMieum) : `${stem}음`;
    },
  ],
  // Present tense on an open stem: "바꾼다" -> "바꿈"
  [
    /([가-힣])다$/,
    (m) => {
      const syllable = m[1] ?? '';
      return finalConsonant(syllable) === JONG.nieun ? withFinal(syllable, JONG.mieum) : undefined;
    },
  ],
];

/** One line (a sentence or a list item) in memo style, or unchanged when no rule applies. */
export function memoLine(line: string): string {
  const trimmed = line.trim();
  const body = trimmed.replace(/\.$/, '');
  if (body === trimmed && !/다$/.test(body)) return trimmed;
  for (const [pattern, rewrite] of RULES) {
    const match = pattern.exec(body);
    if (!match) continue;
    const ending = rewrite(match);
    if (ending === undefined) continue;
    return `${body.slice(0, match.index)}${ending}`.trimEnd();
  }
  return trimmed;
}

/** A bullet (possibly a lead-in plus list items, one per line) in memo style, line by line. */
export function memoBullet(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? memoLine(line) : line))
    .join('\n');
}
